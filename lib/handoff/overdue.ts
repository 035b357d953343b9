/**
 * Handed-off cases past the reply time agreed with the team they went to. A case stays listed until
 * it is resolved: a hand-off is not an answer, and the customer's clock keeps running.
 */
import type { SootheDB } from '../log/db';
import type { Case } from '../log/events';
import { readableCase } from '../log/schema';
import type { Platform } from '../sites/types';

export interface OverdueHandOff {
  key: string;
  platform: Platform;
  postId: string;
  url: string | null;
  department: string;
  handedOffAt: number;
  dueAt: number;
  /** How far past the agreed time (ms). */
  overdueMs: number;
  /** From the post's timestamp (or first seen) to now: the customer's clock. */
  waitingMs: number;
  category: string | null;
  severity: string | null;
}

export function overdueHandOffs(cases: Iterable<Case>, now: number): OverdueHandOff[] {
  const out: OverdueHandOff[] = [];
  for (const c of cases) {
    if (!c.handedOff || c.handedOffAt === undefined || c.handOffDueAt === undefined) continue;
    if (c.resolvedAt !== undefined || c.isComplaint === false || now <= c.handOffDueAt) continue;
    out.push({
      key: c.key,
      platform: c.platform,
      postId: c.postId,
      url: c.url ?? null,
      department: c.handedOffTo ?? '',
      handedOffAt: c.handedOffAt,
      dueAt: c.handOffDueAt,
      overdueMs: now - c.handOffDueAt,
      waitingMs: Math.max(0, now - (c.postedAt ?? c.firstSeenAt)),
      category: c.category ?? null,
      severity: c.severity ?? null,
    });
  }
  // Longest overdue first.
  return out.sort((a, b) => b.overdueMs - a.overdueMs || a.key.localeCompare(b.key));
}

/** Hand-offs older than this are not looked at: a case overdue for months is a matter for the stats export. */
export const HANDOFF_LOOKBACK_MS = 90 * 24 * 3_600_000;

/** Reads the cases of recent hand-offs through the events' [type+at] index (no scan of every case). */
export async function loadOverdueHandOffs(db: SootheDB, now: number, limit = 20): Promise<{ items: OverdueHandOff[]; total: number }> {
  const events = await db.events.where('[type+at]').between(['handed_off', now - HANDOFF_LOOKBACK_MS], ['handed_off', now], true, true).toArray();
  const keys = [...new Set(events.map((e) => e.caseKey).filter((k): k is string => k !== null))];
  const cases = (await db.cases.bulkGet(keys)).map((c) => (c === undefined ? null : readableCase(c))).filter((c): c is Case => c !== null);
  const all = overdueHandOffs(cases, now);
  return { items: all.slice(0, limit), total: all.length };
}
