import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// sendMessage is typed as resolving to void by the fake; the real one resolves to the listener's answer.
const answer = (value: unknown) => value as unknown as void;
import { MessagingError, send } from '../../../lib/messaging/client';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('send', () => {
  it('wraps the request in an envelope and unwraps the value', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer({ ok: true, value: { insertions: 3 } }));
    const value = await send('stats:summary', {});
    expect(spy).toHaveBeenCalledWith({ soothe: 1, type: 'stats:summary', payload: {} });
    expect(value).toEqual({ insertions: 3 });
  });

  it('raises the background\u2019s error message', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer({ ok: false, error: 'QuotaExceededError' }));
    await expect(send('stats:summary', {})).rejects.toThrow(new MessagingError('QuotaExceededError'));
  });

  it('says so when nothing answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(send('stats:summary', {})).rejects.toThrow(/No answer from the Soothe background/);
  });
});
