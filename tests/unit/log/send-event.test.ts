import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/messaging/handlers';
import { route as routeFrom, type Handlers } from '@/lib/messaging/router';
import type { LogEventInput } from '@/lib/log/events';
import { sendEventReliably } from '@/lib/log/send-event';
import { freshDb, T0 } from './helpers';

// These tests speak as one of Soothe's own pages; the sender policy has its own tests (messaging/policy.test.ts).
const route = (h: Partial<Handlers>, m: unknown) => routeFrom(h, m, 'extension');

const noSleep = () => Promise.resolve();

describe('sendEventReliably', () => {
  it('retries with the same id when the worker died after storing, so the event is stored once', async () => {
    const db = freshDb();
    const handlers = createHandlers(db);
    const seenIds: string[] = [];
    let calls = 0;
    // First attempt reaches the database, but the answer is lost (worker killed before replying).
    const send = vi.fn(async (e: LogEventInput) => {
      seenIds.push(e.id);
      const reply = await route(handlers, { soothe: 1, type: 'log:event', payload: e });
      if (++calls === 1) throw new Error('No answer from the Soothe background for "log:event"');
      if (!reply?.ok) throw new Error(reply?.ok === false ? reply.error : 'no reply');
      return reply.value as { status: 'recorded' | 'duplicate' };
    });
    const r = await sendEventReliably(send, { type: 'reply_sent', at: T0, platform: 'x', postId: '1', replyId: 'r' }, { sleep: noSleep });
    expect(r.status).toBe('duplicate');
    expect(new Set(seenIds).size).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  it('does not retry a refused write, and gives up after the last attempt', async () => {
    const refused = vi.fn(async () => {
      throw new Error('Soothe could not save to its log: disk full');
    });
    await expect(sendEventReliably(refused, { type: 'seen', at: T0, platform: 'x', postId: '1' }, { sleep: noSleep })).rejects.toThrow(/disk full/);
    expect(refused).toHaveBeenCalledTimes(1);
    const gone = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(sendEventReliably(gone, { type: 'seen', at: T0, platform: 'x', postId: '1' }, { attempts: 3, sleep: noSleep })).rejects.toThrow(/Receiving end/);
    expect(gone).toHaveBeenCalledTimes(3);
  });
});
