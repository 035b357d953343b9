/**
 * Follow-up reminders (reply rule 6) and log retention, run by the background on alarms.
 * A reminder is recorded as a `followup_due` event before it is shown, so it is raised once even
 * if the service worker restarts; clicking it opens the thread and records `followup_done`.
 */
import { applyRetentionFromSettings } from '../log/export';
import type { SootheDB } from '../log/db';
import { findDueFollowUps, type DueFollowUp } from '../log/followup';
import { recordEvent } from '../log/record';
import { getSettings } from '../log/settings';

export const FOLLOW_UP_ALARM = 'soothe-follow-ups';
export const RETENTION_ALARM = 'soothe-retention';
export const NOTIFICATION_PREFIX = 'soothe-follow-up:';

export type Notify = (id: string, due: DueFollowUp) => Promise<void>;

export async function raiseDueFollowUps(db: SootheDB, notify: Notify, now = Date.now()): Promise<number> {
  const { followUpDays } = await getSettings(db);
  const due = await findDueFollowUps(db, now, followUpDays);
  for (const d of due) {
    const { status } = await recordEvent(db, { id: `followup-due:${d.key}`, type: 'followup_due', at: now, platform: d.platform, postId: d.postId });
    if (status === 'recorded') await notify(`${NOTIFICATION_PREFIX}${d.key}`, d);
  }
  return due.length;
}

/** The user acted on the reminder: the thread to open, and the follow-up marked done. */
export async function followUpClicked(db: SootheDB, notificationId: string, now = Date.now()): Promise<string | null> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const c = await db.cases.get(notificationId.slice(NOTIFICATION_PREFIX.length));
  if (!c) return null;
  await recordEvent(db, { id: `followup-done:${c.key}`, type: 'followup_done', at: now, platform: c.platform, postId: c.postId });
  return c.url ?? null;
}

export { applyRetentionFromSettings };
