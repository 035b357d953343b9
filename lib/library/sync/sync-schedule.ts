/**
 * The background's side of pack sync: one repeating alarm that checks every subscription. The
 * listener is added synchronously when the service worker starts (an alarm that wakes the worker
 * is only delivered to listeners added in its first turn).
 */
import { browser } from 'wxt/browser';
import { loadProfile, watchProfile } from '../../settings/profile';
import { checkAllSubscriptions, type SyncDeps } from './sync';

export const PACK_SYNC_ALARM = 'soothe-pack-sync';

/** (Re)create the alarm unless one with the same period exists (so a restart does not postpone the next check). */
export async function schedulePackSync(periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(PACK_SYNC_ALARM);
  if (existing && existing.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(PACK_SYNC_ALARM, { delayInMinutes: 1, periodInMinutes });
}

/** Call once from the background's main function. */
export function startPackSync(deps: SyncDeps = {}): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PACK_SYNC_ALARM) return;
    // Failures are recorded on each subscription; nothing to throw here.
    void checkAllSubscriptions(deps).catch((err) => console.warn('Soothe: pack sync failed', err));
  });
  void loadProfile().then((p) => schedulePackSync(p.packCheckMinutes));
  watchProfile((p) => void schedulePackSync(p.packCheckMinutes));
}
