import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLibraryState, mutateLibrary, watchLibrary } from '../../../lib/library/store/store';
import { setSyncMode } from '../../../lib/library/store/store-state';
import { checkSubscription, subscribe } from '../../../lib/library/sync/sync';
import { PACK_SYNC_ALARM, startPackSync } from '../../../lib/library/sync/sync-schedule';
import { DEFAULT_PROFILE, saveProfile } from '../../../lib/settings/profile';
import { makePack } from '../library/fixtures';
import { fakeServer } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('scheduled sync', () => {
  it('creates a repeating alarm from the profile, follows profile changes, and checks every subscription when it fires', async () => {
    const server = fakeServer();
    server.serve(makePack());
    await subscribe('https://packs.example.com/en.json', 'auto', { fetch: server.fetch });
    startPackSync({ fetch: server.fetch });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(PACK_SYNC_ALARM))?.periodInMinutes).toBe(60));
    await saveProfile({ ...DEFAULT_PROFILE, packCheckMinutes: 180 });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(PACK_SYNC_ALARM))?.periodInMinutes).toBe(180));

    server.serve(makePack({ version: '1.1.0' }));
    // Only the fields the handler reads; the Alarm type also lists browser-specific ones.
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_SYNC_ALARM, scheduledTime: Date.now() } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    await vi.waitFor(async () => expect((await loadLibraryState()).packs['com.example.support-en']!.installed.pack.version).toBe('1.1.0'));
  });
});

describe('watchLibrary', () => {
  it('tells the ranker only when the effective library changed', async () => {
    const server = fakeServer();
    server.serve(makePack());
    const calls: number[] = [];
    const stop = watchLibrary((lib) => calls.push(lib.templates.length));
    await subscribe('https://packs.example.com/en.json', 'auto', { fetch: server.fetch });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await mutateLibrary((s) => setSyncMode(s, 'com.example.support-en', 'review'));
    const p = makePack({ version: '1.1.0' });
    p.templates.pop();
    server.serve(p);
    await mutateLibrary((s) => setSyncMode(s, 'com.example.support-en', 'auto'));
    await checkSubscription('com.example.support-en', { fetch: server.fetch });
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toBe(calls[0]! - 1);
    stop();
  });
});
