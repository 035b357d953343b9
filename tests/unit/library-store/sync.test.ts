import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLibrary, loadLibraryState, mutateLibrary } from '../../../lib/library/store/store';
import { LOCAL_PACK_ID, rollbackPack, saveItem, setSyncMode } from '../../../lib/library/store/store-state';
import { applyPending, checkSubscription, dismissPending, subscribe } from '../../../lib/library/sync/sync';
import { withIntegrity } from '../../../lib/library/pack/pack-integrity';
import { clone, makePack, template } from '../library/fixtures';
import { fakeServer, type FakeServer } from './helpers';

const URL_ = 'https://packs.example.com/support-en.json';
const ID = 'com.example.support-en';

function v2() {
  const p = makePack({ version: '1.1.0' });
  p.templates[0]!.parts.fix = "I'll chase the courier now and give you a new delivery date by tonight.";
  p.templates.push(template('returns.label', { category: 'returns', title: 'Return label' }));
  p.changelog.unshift({ version: '1.1.0', changes: ['Faster promise', 'Return label'] });
  return p;
}

let server: FakeServer;
beforeEach(() => {
  fakeBrowser.reset();
  server = fakeServer();
});

async function subscribed(mode: 'auto' | 'review' = 'auto') {
  server.serve(makePack());
  const r = await subscribe(URL_, mode, { fetch: server.fetch });
  expect(r).toMatchObject({ ok: true, packId: ID, version: '1.0.0' });
}

const installed = async () => (await loadLibraryState()).packs[ID]!;

describe('subscribe', () => {
  it('installs the pack from the address; its templates join the effective library', async () => {
    await subscribed();
    const entry = await installed();
    expect(entry.source).toBe('url');
    expect(entry.subscription).toMatchObject({ url: URL_, mode: 'auto', etag: '"v1"' });
    const lib = await loadLibrary();
    expect(lib.templates.filter((t) => t.packId === ID).map((t) => t.id)).toEqual(['delivery.late', 'billing.twice']);
    // The shipped default packs are there too.
    expect(lib.templates.some((t) => t.packId === 'app.soothe.starter-pl')).toBe(true);
  });

  it('refuses plain http (except localhost), bad packs and network errors with a message, installing nothing', async () => {
    expect(await subscribe('http://packs.example.com/p.json', 'auto', { fetch: server.fetch })).toMatchObject({ ok: false, error: expect.stringContaining('https://') });
    server.serve('{"schemaVersion": 1,');
    const bad = await subscribe(URL_, 'auto', { fetch: server.fetch });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    server.failNext(new TypeError('Failed to fetch'));
    const net = await subscribe(URL_, 'auto', { fetch: server.fetch });
    expect(net).toMatchObject({ ok: false, network: true, origin: 'https://packs.example.com' });
    if (!net.ok) expect(net.error).toContain('Access-Control-Allow-Origin');
    expect((await loadLibraryState()).packs[ID]).toBeUndefined();
  });

  it('allows http://127.0.0.1 for local testing', async () => {
    server.serve(makePack());
    expect(await subscribe('http://127.0.0.1:8123/p.json', 'auto', { fetch: server.fetch })).toMatchObject({ ok: true });
  });
});

describe('checking for a new version', () => {
  it('sends the validators back and treats 304 as unchanged', async () => {
    await subscribed();
    const result = await checkSubscription(ID, { fetch: server.fetch });
    expect(result).toEqual({ status: 'unchanged' });
    expect(server.requests.at(-1)).toMatchObject({ 'if-none-match': '"v1"' });
    expect((await installed()).installed.pack.version).toBe('1.0.0');
    expect((await installed()).subscription!.lastChecked).toBeTypeOf('number');
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    server.serve(makePack(), { ETag: '', 'Last-Modified': 'Tue, 10 Nov 2026 10:00:00 GMT' });
    await subscribe(URL_, 'auto', { fetch: server.fetch });
    await checkSubscription(ID, { fetch: server.fetch });
    expect(server.requests.at(-1)).toMatchObject({ 'if-modified-since': 'Tue, 10 Nov 2026 10:00:00 GMT' });
    expect(server.requests.at(-1)!['if-none-match']).toBeUndefined();
  });

  it('auto mode applies a new version, keeps the user\u2019s edit and surfaces the conflict', async () => {
    await subscribed();
    // The user edits the template the next version changes, and one it does not change.
    const mine = clone(makePack().templates[0]!);
    mine.parts.private = 'Send us a DM with your order number and I will look into it myself.';
    const other = clone(makePack().templates[1]!);
    other.title = 'Double charge';
    await mutateLibrary((s, now) => {
      const a = saveItem(s, ID, 'template', mine, now);
      if (!a.ok) throw new Error(a.errors.join());
      const b = saveItem(a.state, ID, 'template', other, now);
      if (!b.ok) throw new Error(b.errors.join());
      return b.state;
    });

    server.serve(v2());
    const result = await checkSubscription(ID, { fetch: server.fetch });
    expect(result).toEqual({ status: 'updated', from: '1.0.0', to: '1.1.0', conflicts: 1 });
    const entry = await installed();
    expect(entry.installed.pack.version).toBe('1.1.0');
    expect(entry.installed.conflicts).toHaveLength(1);
    expect(entry.installed.conflicts[0]).toMatchObject({ kind: 'template', id: 'delivery.late', mine, theirs: v2().templates[0] });
    // Until the user chooses, their text is what gets suggested; the untouched edit simply stays.
    const lib = await loadLibrary();
    const byId = (id: string) => lib.templates.find((t) => t.packId === ID && t.id === id);
    expect(byId('delivery.late')!.parts.private).toBe(mine.parts.private);
    expect(byId('billing.twice')!.title).toBe('Double charge');
    expect(byId('returns.label')).toBeDefined();
    expect(entry.subscription!.lastUpdate).toMatchObject({ from: '1.0.0', to: '1.1.0', conflicts: 1 });
  });

  it.each([
    ['bad JSON', () => '{"schemaVersion": 1, "id": ', 'not valid JSON'],
    ['a schema error', () => ({ ...v2(), templates: [{ ...v2().templates[0]!, category: 'weather' }] }), 'category'],
    ['a wrong integrity hash', () => ({ ...withIntegrity(v2()), name: 'Changed after hashing' }), 'integrity mismatch'],
    ['an older version', () => makePack({ version: '0.9.0', changelog: [] }), 'older than the installed version'],
    ['HTML in text', () => { const p = v2(); p.templates[0]!.parts.fix = 'Click <a href="https://x.example">here</a>'; return p; }, 'templates[0] (id "delivery.late").parts.fix'],
    ['an oversize document', () => JSON.stringify({ ...v2(), description: 'x'.repeat(900) }) + ' '.repeat(2 * 1024 * 1024), 'too large'],
  ])('%s is refused with a clear error and the installed pack stays as it was', async (_name, make, expected) => {
    await subscribed();
    const before = await installed();
    server.serve(make() as never);
    const result = await checkSubscription(ID, { fetch: server.fetch });
    expect(result.status).toBe('error');
    const after = await installed();
    expect(after.installed).toEqual(before.installed);
    expect(after.subscription!.lastError!.message).toContain('stays in use');
    expect(after.subscription!.lastError!.details.join('\n')).toContain(expected);
    // The refused document's ETag is not kept, so the next check reports it again rather than a quiet 304.
    expect(after.subscription!.etag).toBe('"v1"');
    expect((await checkSubscription(ID, { fetch: server.fetch })).status).toBe('error');
  });

  it('an oversize body is refused from Content-Length without reading it', async () => {
    await subscribed();
    server.serve(v2(), { 'Content-Length': String(3 * 1024 * 1024) });
    const result = await checkSubscription(ID, { fetch: server.fetch, maxBytes: 2 * 1024 * 1024 });
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('too large') });
  });

  it('a network error is recorded and the next good check clears it', async () => {
    await subscribed();
    server.failNext(new TypeError('Failed to fetch'));
    server.failNext(new TypeError('Failed to fetch'));
    // Both the conditional attempt and the plain retry fail: one error.
    const r = await checkSubscription(ID, { fetch: server.fetch });
    expect(r.status).toBe('error');
    expect((await installed()).subscription!.lastError).toBeDefined();
    await checkSubscription(ID, { fetch: server.fetch });
    expect((await installed()).subscription!.lastError).toBeUndefined();
  });

  it('falls back to a plain GET when the conditional request is refused (no preflight allowed)', async () => {
    await subscribed();
    server.failNext(new TypeError('Failed to fetch'));
    const r = await checkSubscription(ID, { fetch: server.fetch });
    expect(r).toEqual({ status: 'unchanged' });
    expect(server.requests.at(-1)!['if-none-match']).toBeUndefined();
  });

  it('review mode keeps the new version waiting with its diff until applied', async () => {
    await subscribed('review');
    server.serve(v2());
    expect(await checkSubscription(ID, { fetch: server.fetch })).toEqual({ status: 'pending', version: '1.1.0' });
    let entry = await installed();
    expect(entry.installed.pack.version).toBe('1.0.0');
    expect(entry.subscription!.pending!.pack.version).toBe('1.1.0');
    expect(await applyPending(ID)).toEqual({ ok: true });
    entry = await installed();
    expect(entry.installed.pack.version).toBe('1.1.0');
    expect(entry.subscription!.pending).toBeUndefined();
  });

  it('"not now" holds that version back; a newer one is offered again', async () => {
    await subscribed('review');
    server.serve(v2());
    await checkSubscription(ID, { fetch: server.fetch });
    await dismissPending(ID);
    server.serve(v2()); // same content, new ETag
    expect(await checkSubscription(ID, { fetch: server.fetch })).toEqual({ status: 'held-back', version: '1.1.0' });
    const v3 = { ...v2(), version: '1.2.0' };
    server.serve(v3);
    expect(await checkSubscription(ID, { fetch: server.fetch })).toEqual({ status: 'pending', version: '1.2.0' });
  });

  it('rollback returns to the previous version, keeps the user\u2019s edit and does not re-apply the version left', async () => {
    await subscribed();
    server.serve(v2());
    await checkSubscription(ID, { fetch: server.fetch });
    const mine = clone(v2().templates[1]!);
    mine.title = 'My title';
    await mutateLibrary((s, now) => {
      const r = saveItem(s, ID, 'template', mine, now);
      if (!r.ok) throw new Error(r.errors.join());
      return r.state;
    });
    await mutateLibrary((s, now) => {
      const r = rollbackPack(s, ID, now);
      if (!r.ok) throw new Error(r.errors.join());
      return r.state;
    });
    let entry = await installed();
    expect(entry.installed.pack.version).toBe('1.0.0');
    expect(entry.installed.overrides.templates['billing.twice']!.mine.title).toBe('My title');
    server.serve(v2());
    expect(await checkSubscription(ID, { fetch: server.fetch })).toEqual({ status: 'held-back', version: '1.1.0' });
    entry = await installed();
    expect(entry.installed.pack.version).toBe('1.0.0');
    // Switching to review mode changes nothing about that.
    await mutateLibrary((s) => setSyncMode(s, ID, 'review'));
    expect((await installed()).subscription!.mode).toBe('review');
  });

  it('refuses an address that now serves a different pack', async () => {
    await subscribed();
    server.serve(makePack({ id: 'com.other.pack', version: '2.0.0' }));
    const r = await checkSubscription(ID, { fetch: server.fetch });
    expect(r).toMatchObject({ status: 'error', message: expect.stringContaining('com.other.pack') });
    expect((await installed()).installed.pack.id).toBe(ID);
  });
});

describe('the user\u2019s own pack', () => {
  it('is never a subscription target', async () => {
    server.serve(makePack({ id: LOCAL_PACK_ID }));
    expect(await subscribe(URL_, 'auto', { fetch: server.fetch })).toMatchObject({ ok: false, error: expect.stringContaining('reserved') });
  });
});
