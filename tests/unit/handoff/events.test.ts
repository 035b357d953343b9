/** The handed_off event in the log: not a reply, the latest hand-off counts, validated, overdue computed. */
import { describe, expect, it } from 'vitest';
import { applyEvent, mergeCases } from '@/lib/log/case-merge';
import { caseKeyOf, defaultDedupeKey, type Case, type LogEvent, type LogEventInput } from '@/lib/log/events';
import { computeStats } from '@/lib/log/metrics';
import { recordEvent } from '@/lib/log/record';
import { caseEvent } from '@/lib/log/case-event';
import { loadOverdueHandOffs, overdueHandOffs } from '@/lib/handoff/overdue';
import type { Department } from '@/lib/handoff/departments';
import { freshDb, HOUR, MIN, T0 } from '../log/helpers';

const billing: Department = { id: 'billing', name: 'Billing', email: '', agreedMs: 4 * HOUR };
const legal: Department = { id: 'legal', name: 'Legal', email: '', agreedMs: 24 * HOUR };
const PLATFORM = 'web:reviews.example' as const;

function stored(e: LogEventInput): LogEvent {
  return { ...e, caseKey: caseKeyOf(e.platform, e.postId), dedupeKey: e.dedupeKey ?? defaultDedupeKey(e) };
}
const opened = (at: number, postId = 'sel-1'): LogEventInput => ({ id: `o-${postId}-${at}`, type: 'opened', at, platform: PLATFORM, postId, context: { url: 'https://reviews.example/r/1', postedAt: T0 - HOUR } });
const handed = (at: number, d: Department, postId = 'sel-1'): LogEventInput => caseEvent('handed_off', { platform: PLATFORM, postId, context: {} }, at, { department: d, id: `h-${postId}-${at}` });

function fold(events: LogEventInput[]): Case {
  let c: Case | undefined;
  for (const e of events) c = applyEvent(c, stored(e));
  return c!;
}

describe('handed_off in a case', () => {
  it('marks the hand-off with its due time and is not a reply', () => {
    const c = fold([opened(T0), handed(T0 + 10 * MIN, billing)]);
    expect(c).toMatchObject({ handedOff: true, handedOffTo: 'Billing', handedOffAt: T0 + 10 * MIN, handOffDueAt: T0 + 10 * MIN + 4 * HOUR, status: 'open' });
    expect(c.firstReplyAt).toBeUndefined();
  });

  it('takes the latest hand-off whatever order the events arrive in', () => {
    const a = handed(T0 + 10 * MIN, billing);
    const b = handed(T0 + 30 * MIN, legal);
    for (const order of [[a, b], [b, a]]) {
      const c = fold([opened(T0), ...order]);
      expect(c).toMatchObject({ handedOffTo: 'Legal', handedOffAt: T0 + 30 * MIN, handOffDueAt: T0 + 30 * MIN + 24 * HOUR });
    }
  });

  it('merging two records of a case keeps the later hand-off whole', () => {
    const one = fold([opened(T0), handed(T0 + 10 * MIN, billing)]);
    const two = fold([opened(T0), handed(T0 + 30 * MIN, legal)]);
    for (const m of [mergeCases(one, two), mergeCases(two, one)]) {
      expect(m).toMatchObject({ handedOffTo: 'Legal', handedOffAt: T0 + 30 * MIN, handOffDueAt: T0 + 30 * MIN + 24 * HOUR });
    }
  });

  it('keeps counting the case as seen and unanswered in the stats', () => {
    const c = fold([opened(T0), handed(T0 + 10 * MIN, billing)]);
    const s = computeStats([c], [], { period: 'today', now: T0 + HOUR, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [30 * MIN] });
    expect(s.seen).toBe(1);
    expect(s.answered).toBe(0);
    expect(s.responseRate).toBe(0);
    expect(s.byPlatform.map((b) => b.key)).toEqual([PLATFORM]);
  });

  it('is refused by the log without a department or a positive agreed time', async () => {
    const db = freshDb();
    await expect(recordEvent(db, { ...handed(T0, billing), handOff: { department: ' ', agreedMs: HOUR } })).rejects.toThrow(/department/);
    await expect(recordEvent(db, { ...handed(T0, billing), handOff: { department: 'Billing', agreedMs: 0 } })).rejects.toThrow(/agreed/);
    await expect(recordEvent(db, { ...handed(T0, billing), handOff: undefined })).rejects.toThrow(/department/);
    expect((await recordEvent(db, handed(T0, billing))).status).toBe('recorded');
  });

  it('accepts pages reached on request as platforms, and nothing else', async () => {
    const db = freshDb();
    expect((await recordEvent(db, opened(T0))).status).toBe('recorded');
    await expect(recordEvent(db, { ...opened(T0), id: 'bad', platform: 'web:' as never })).rejects.toThrow(/platform/);
    await expect(recordEvent(db, { ...opened(T0), id: 'bad2', platform: 'instagram' as never })).rejects.toThrow(/platform/);
  });
});

describe('overdue hand-offs', () => {
  const due = T0 + 10 * MIN + 4 * HOUR;
  const c = fold([opened(T0), handed(T0 + 10 * MIN, billing)]);

  it('lists a hand-off only once its agreed time has passed', () => {
    expect(overdueHandOffs([c], due)).toEqual([]);
    const [row] = overdueHandOffs([c], due + 5 * MIN);
    expect(row).toMatchObject({ key: `${PLATFORM}:sel-1`, department: 'Billing', dueAt: due, overdueMs: 5 * MIN, url: 'https://reviews.example/r/1' });
    // The customer's clock runs from the post's own time.
    expect(row!.waitingMs).toBe(due + 5 * MIN - (T0 - HOUR));
  });

  it('drops resolved cases and ones triage said are not complaints; longest overdue first', () => {
    const resolved = fold([opened(T0, 'sel-2'), handed(T0, billing, 'sel-2'), { id: 'r', type: 'resolved', at: T0 + HOUR, platform: PLATFORM, postId: 'sel-2' }]);
    const notComplaint = { ...fold([opened(T0, 'sel-3'), handed(T0, billing, 'sel-3')]), isComplaint: false };
    const older = fold([opened(T0, 'sel-4'), handed(T0 - HOUR, billing, 'sel-4')]);
    const rows = overdueHandOffs([c, resolved, notComplaint, older], T0 + 10 * HOUR);
    expect(rows.map((r) => r.postId)).toEqual(['sel-4', 'sel-1']);
  });

  it('reads them from the database through the hand-off events', async () => {
    const db = freshDb();
    await recordEvent(db, opened(T0));
    await recordEvent(db, handed(T0 + 10 * MIN, billing));
    await recordEvent(db, opened(T0, 'sel-9')); // not handed off: never listed
    expect(await loadOverdueHandOffs(db, due - MIN)).toEqual({ items: [], total: 0 });
    const r = await loadOverdueHandOffs(db, due + MIN);
    expect(r.total).toBe(1);
    expect(r.items[0]).toMatchObject({ postId: 'sel-1', department: 'Billing', overdueMs: MIN });
  });
});
