/**
 * Follow-up reminders (reply rule 6: follow up privately a few days after solving). Pure: the
 * background asks which cases are due and raises the notifications; `followup_due` / `followup_done`
 * events record that it did, so a reminder is raised once.
 */
import type { SootheDB } from './db';
import type { Case } from './events';

const DAY = 24 * 60 * 60 * 1000;

/** When the follow-up of a case resolved at `resolvedAt` is due. */
export function followUpDueAt(resolvedAt: number, followUpDays: number): number {
  return resolvedAt + followUpDays * DAY;
}

export interface DueFollowUp {
  key: string;
  platform: Case['platform'];
  postId: string;
  url: string | null;
  resolvedAt: number;
  dueAt: number;
}

/**
 * Resolved cases whose follow-up time has come and for which no reminder was raised yet
 * (no `followup_due`) and the follow-up was not already done. Oldest first.
 */
export function dueFollowUps(cases: Iterable<Case>, now: number, followUpDays: number): DueFollowUp[] {
  const due: DueFollowUp[] = [];
  for (const c of cases) {
    if (c.resolvedAt === undefined || c.followUpDueAt !== undefined || c.followUpDoneAt !== undefined) continue;
    const dueAt = followUpDueAt(c.resolvedAt, followUpDays);
    if (dueAt <= now) due.push({ key: c.key, platform: c.platform, postId: c.postId, url: c.url ?? null, resolvedAt: c.resolvedAt, dueAt });
  }
  return due.sort((a, b) => a.dueAt - b.dueAt);
}

/** The next time a reminder will be due (for scheduling an alarm), or null when none is pending. */
export function nextFollowUpAt(cases: Iterable<Case>, followUpDays: number): number | null {
  let next: number | null = null;
  for (const c of cases) {
    if (c.resolvedAt === undefined || c.followUpDueAt !== undefined || c.followUpDoneAt !== undefined) continue;
    const dueAt = followUpDueAt(c.resolvedAt, followUpDays);
    if (next === null || dueAt < next) next = dueAt;
  }
  return next;
}

/** Resolved cases due for a follow-up, read through the `resolvedAt` index (for the background's alarm). */
export async function findDueFollowUps(db: SootheDB, now: number, followUpDays: number): Promise<DueFollowUp[]> {
  const resolvedBy = now - followUpDays * DAY;
  return dueFollowUps(await db.cases.where('resolvedAt').belowOrEqual(resolvedBy).toArray(), now, followUpDays);
}
