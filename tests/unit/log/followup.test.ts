import { describe, expect, it } from 'vitest';
import type { Case } from '@/lib/log/events';
import { dueFollowUps, findDueFollowUps, followUpDueAt, nextFollowUpAt } from '@/lib/log/followup';
import { recordEvents } from '@/lib/log/record';
import { DAY, ev, freshDb, T0 } from './helpers';

const base = (key: string, f: Partial<Case>): Case => ({ key, platform: 'x', postId: key, firstSeenAt: T0, status: 'resolved', templateIds: [], lastEventAt: T0, ...f });

describe('follow-up reminders', () => {
  const cases = [
    base('a', { resolvedAt: T0 - 4 * DAY, url: 'https://x.com/s/a' }),
    base('b', { resolvedAt: T0 - 2 * DAY }),
    base('c', { resolvedAt: T0 - 5 * DAY, followUpDueAt: T0 - 2 * DAY }), // reminder already raised
    base('d', { resolvedAt: T0 - 9 * DAY, followUpDoneAt: T0 - 8 * DAY }), // already followed up
    base('e', { status: 'open' }),
  ];

  it('is due a configurable number of days after resolving', () => {
    expect(followUpDueAt(T0, 3)).toBe(T0 + 3 * DAY);
  });

  it('lists resolved cases whose follow-up has come and was not raised or done yet', () => {
    expect(dueFollowUps(cases, T0, 3)).toEqual([{ key: 'a', platform: 'x', postId: 'a', url: 'https://x.com/s/a', resolvedAt: T0 - 4 * DAY, dueAt: T0 - DAY }]);
    expect(dueFollowUps(cases, T0, 2).map((d) => d.key)).toEqual(['a', 'b']);
  });

  it('tells when the next one is due', () => {
    expect(nextFollowUpAt(cases, 3)).toBe(T0 - DAY);
    expect(nextFollowUpAt([cases[4]!], 3)).toBeNull();
  });
});

describe('findDueFollowUps', () => {
  it('reads resolved cases from the database', async () => {
    const db = freshDb();
    await recordEvents(db, [ev('resolved', T0 - 4 * DAY, 'a'), ev('resolved', T0 - DAY, 'b'), ev('seen', T0 - 9 * DAY, 'c')]);
    expect((await findDueFollowUps(db, T0, 3)).map((d) => d.key)).toEqual(['x:a']);
    await recordEvents(db, [ev('followup_due', T0, 'a')]);
    expect(await findDueFollowUps(db, T0, 3)).toEqual([]);
  });
});
