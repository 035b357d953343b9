/** Background wiring for follow-up reminders and retention (browser APIs only; logic in follow-ups.ts). */
import { browser } from 'wxt/browser';
import type { SootheDB } from '../log/db';
import { applyRetentionFromSettings, FOLLOW_UP_ALARM, followUpClicked, raiseDueFollowUps, RETENTION_ALARM } from './follow-ups';

const PLATFORM_NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook' };

export function startMaintenance(db: SootheDB): void {
  browser.alarms.create(FOLLOW_UP_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    const work =
      alarm.name === FOLLOW_UP_ALARM
        ? raiseDueFollowUps(db, async (id, due) => {
            await browser.notifications.create(id, {
              type: 'basic',
              iconUrl: browser.runtime.getURL('/icon/128.png'),
              title: 'Soothe: time to follow up',
              message: `A complaint you resolved on ${PLATFORM_NAMES[due.platform] ?? due.platform} is due a private follow-up. Click to open the thread.`,
            });
          })
        : alarm.name === RETENTION_ALARM
          ? applyRetentionFromSettings(db)
          : null;
    work?.catch((err) => console.warn(`[Soothe] ${alarm.name} failed`, err));
  });
  browser.notifications.onClicked.addListener((id) => {
    followUpClicked(db, id).then(
      (url) => {
        if (url) void browser.tabs.create({ url });
      },
      (err) => console.warn('[Soothe] follow-up click failed', err),
    );
  });
}
