import { describe, expect, it, vi } from 'vitest';
import { followUpClicked, NOTIFICATION_PREFIX, raiseDueFollowUps } from '../../../lib/background/follow-ups';
import { openDatabase } from '../../../lib/log/db';
import { recordEvent } from '../../../lib/log/record';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9);

async function resolvedCase() {
  const db = openDatabase(`followups-${Math.random()}`);
  const base = { platform: 'x' as const, postId: '42', context: { url: 'https://x.com/a/status/42', postedAt: T0 - 3_600_000 } };
  await recordEvent(db, { ...base, id: 's', type: 'seen', at: T0 });
  await recordEvent(db, { ...base, id: 'r', type: 'reply_sent', at: T0 + 60_000 });
  await recordEvent(db, { ...base, id: 'd', type: 'resolved', at: T0 + DAY });
  return db;
}

describe('follow-up reminders', () => {
  it('raises nothing before the follow-up delay (3 days by default) has passed', async () => {
    const db = await resolvedCase();
    const notify = vi.fn(async () => {});
    expect(await raiseDueFollowUps(db, notify, T0 + 3 * DAY)).toBe(0);
    expect(notify).not.toHaveBeenCalled();
  });

  it('raises a due reminder once, even when the alarm fires again', async () => {
    const db = await resolvedCase();
    const notify = vi.fn(async () => {});
    await raiseDueFollowUps(db, notify, T0 + 4 * DAY + 1);
    await raiseDueFollowUps(db, notify, T0 + 4 * DAY + 2);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(`${NOTIFICATION_PREFIX}x:42`, expect.objectContaining({ postId: '42', url: 'https://x.com/a/status/42' }));
  });

  it('clicking the reminder opens the thread and marks the follow-up done', async () => {
    const db = await resolvedCase();
    await raiseDueFollowUps(db, async () => {}, T0 + 5 * DAY);
    expect(await followUpClicked(db, `${NOTIFICATION_PREFIX}x:42`, T0 + 5 * DAY + 10)).toBe('https://x.com/a/status/42');
    expect((await db.cases.get('x:42'))?.followUpDoneAt).toBe(T0 + 5 * DAY + 10);
    expect(await followUpClicked(db, 'someone-else:1')).toBeNull();
  });
});
