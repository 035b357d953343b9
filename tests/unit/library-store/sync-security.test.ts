/**
 * Issue 13, items 5 and 9: pack sync keeps a redirect on the subscribed site, tries every subscription
 * even when one fails, and records a failed save on the pack's own subscription (its card).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLibraryState } from '../../../lib/library/store/store';
import { checkAllSubscriptions, checkSubscription, subscribe } from '../../../lib/library/sync/sync';
import { makePack } from '../library/fixtures';
import { fakeServer, type FakeServer } from './helpers';

const A = { url: 'https://packs.example.com/a.json', id: 'com.example.a' };
const B = { url: 'https://other.example.org/b.json', id: 'com.example.b' };

/** A fetch whose answer claims to come from `finalUrl`, as a followed redirect does. */
function redirectedTo(server: FakeServer, finalUrl: string): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await server.fetch(input, init);
    Object.defineProperty(response, 'url', { value: finalUrl });
    return response;
  }) as typeof fetch;
}

let server: FakeServer;
beforeEach(() => {
  fakeBrowser.reset();
  server = fakeServer();
});

describe('redirects', () => {
  it('a redirect to another site is refused, at subscribe and at a later check, and nothing changes', async () => {
    server.serve(makePack({ id: A.id }));
    const first = await subscribe(A.url, 'auto', { fetch: redirectedTo(server, 'https://evil.example.net/a.json') });
    expect(first).toMatchObject({ ok: false, error: expect.stringContaining('redirected to another site (https://evil.example.net)') });
    expect((await loadLibraryState()).packs[A.id]).toBeUndefined();

    expect(await subscribe(A.url, 'auto', { fetch: server.fetch })).toMatchObject({ ok: true });
    server.serve(makePack({ id: A.id, version: '1.1.0', changelog: [{ version: '1.1.0', changes: ['x'] }, { version: '1.0.0', changes: ['First version'] }] }));
    const check = await checkSubscription(A.id, { fetch: redirectedTo(server, 'https://evil.example.net/a.json') });
    expect(check).toMatchObject({ status: 'error', message: expect.stringContaining('reads a pack only from the site you subscribed to (https://packs.example.com)') });
    const entry = (await loadLibraryState()).packs[A.id]!;
    expect(entry.installed.pack.version).toBe('1.0.0');
    expect(entry.subscription?.lastError?.message).toContain('redirected to another site');
  });

  it('a redirect on the same site is followed', async () => {
    server.serve(makePack({ id: A.id }));
    expect(await subscribe(A.url, 'auto', { fetch: redirectedTo(server, 'https://packs.example.com/v2/a.json') })).toMatchObject({ ok: true, packId: A.id });
  });
});

describe('checking every subscription', () => {
  it('a pack whose new version cannot be saved gets the error on its card; the next subscription is still checked', async () => {
    const serverB = fakeServer();
    server.serve(makePack({ id: A.id }));
    serverB.serve(makePack({ id: B.id }));
    expect(await subscribe(A.url, 'auto', { fetch: server.fetch })).toMatchObject({ ok: true });
    expect(await subscribe(B.url, 'auto', { fetch: serverB.fetch })).toMatchObject({ ok: true });
    const next = (id: string) => makePack({ id, version: '2.0.0', changelog: [{ version: '2.0.0', changes: ['Big'] }, { version: '1.0.0', changes: ['First version'] }] });
    server.serve(next(A.id));
    serverB.serve(next(B.id));
    // storage.local refuses any write that would store A at 2.0.0 (as at its quota), and nothing else.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const library = items['soothe.library'] as { packs?: Record<string, { installed?: { pack?: { version?: string } } }> } | undefined;
      if (library?.packs?.[A.id]?.installed?.pack?.version === '2.0.0') throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const fetchBoth = (async (input: string | URL | Request, init?: RequestInit) => (String(input).startsWith('https://other.') ? serverB.fetch : server.fetch)(input, init)) as typeof fetch;
    const results = await checkAllSubscriptions({ fetch: fetchBoth });
    vi.restoreAllMocks();
    expect(results[A.id]).toMatchObject({ status: 'error', message: expect.stringContaining('could not be saved') });
    expect(results[B.id]).toMatchObject({ status: 'updated', to: '2.0.0' });
    const state = await loadLibraryState();
    expect(state.packs[A.id]!.installed.pack.version).toBe('1.0.0');
    expect(state.packs[A.id]!.subscription?.lastError?.message).toMatch(/could not be saved.*QUOTA_BYTES/);
    expect(state.packs[B.id]!.installed.pack.version).toBe('2.0.0');
  });
});
