/**
 * Issue 13, end to end in real Chromium with the built extension: nobody but the user steers Soothe.
 * - From the content script's own (isolated) world on an x.com page, every privileged message is
 *   sent to the background and refused; the log and settings are unchanged afterwards.
 * - Hostile log imports, library files and a pack subscription that redirects to another site go
 *   through the options page: each is refused (or, for a log import, only the bad rows are), and the
 *   log, library and settings are unchanged; the popup still shows its numbers.
 * (The page-vs-panel half of the issue — closed shadow root, untrusted events — lives with the panel.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_ORIGIN, serveTestSites } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { actAsBrand } from '../support/profile';
import { makePack } from '../unit/library/fixtures';

let browser: ExtensionBrowser;
let server: Server;
let base = '';

beforeAll(async () => {
  const pack = JSON.stringify(makePack({ id: 'com.example.moved', name: 'Moved pack' }));
  server = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*' };
    const port = (server.address() as AddressInfo).port;
    // The subscribed address on 127.0.0.1 redirects to another origin (localhost), which serves a valid pack.
    if (req.url === '/packs/moved.json') return void res.writeHead(302, { ...cors, Location: `http://localhost:${port}/packs/real.json` }).end();
    if (req.url === '/packs/real.json') return void res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(pack);
    res.writeHead(404, cors).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Everything a hostile sender could want to change: the log's tables and the extension's storage.local. */
async function snapshot(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const tables = await new Promise<Record<string, unknown[]>>((resolve, reject) => {
      const open = indexedDB.open('soothe');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = ['events', 'cases', 'settings'].filter((n) => db.objectStoreNames.contains(n));
        const out: Record<string, unknown[]> = {};
        if (names.length === 0) return resolve(out);
        const tx = db.transaction(names);
        for (const n of names) {
          const req = tx.objectStore(n).getAll();
          req.onsuccess = () => (out[n] = req.result);
        }
        tx.oncomplete = () => (db.close(), resolve(out));
        tx.onerror = () => reject(tx.error);
      };
    });
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return JSON.stringify({ tables, storage: await api.storage.local.get(null) });
  });
}

/** The content script's isolated world in `page`, through DevTools (the page's own scripts cannot reach it). */
async function contentWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  let found: (typeof contexts)[number] | undefined;
  await expect
    .poll(() => (found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)) !== undefined, { timeout: 15_000 })
    .toBe(true);
  return { cdp, contextId: found!.id };
}

async function sendFromContent(world: { cdp: CDPSession; contextId: number }, type: string, payload: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  const expression = `chrome.runtime.sendMessage(${JSON.stringify({ soothe: 1, type, payload })})`;
  const r = (await world.cdp.send('Runtime.evaluate', { expression, contextId: world.contextId, awaitPromise: true, returnByValue: true })) as {
    result: { value?: { ok: boolean; error?: string; value?: unknown } };
    exceptionDetails?: { text: string };
  };
  if (r.exceptionDetails) throw new Error(`content world threw: ${r.exceptionDetails.text}`);
  return r.result.value!;
}

describe('a content script world cannot use privileged messages', () => {
  it('every privileged message is refused from x.com, and the log and settings are unchanged', async () => {
    const x = X_THREADS[0]!;
    await actAsBrand(browser.worker, x, 'X'); // only complaints to the configured brand are logged as seen
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + x.path);
    // Let the page log what was seen, so there is a log to steal or delete.
    await expect.poll(async () => (await readEvents(browser.worker)).filter((e) => e.type === 'seen').length, { timeout: 20_000 }).toBeGreaterThan(0);
    const world = await contentWorld(page, browser.extensionId);

    // The channel works for what the panel needs (so the refusals below are the policy, not a dead channel).
    const allowed = await sendFromContent(world, 'rules:check', { text: 'Sorry! We will fix it today, DM us.', lang: 'en', platform: 'x' });
    expect(allowed.ok).toBe(true);

    const before = await snapshot(browser.worker);
    const now = Date.now();
    const privileged: Array<[string, unknown]> = [
      ['log:export', { format: 'json' }],
      ['log:export', { format: 'csv', table: 'cases' }],
      ['log:export', { format: 'csv', table: 'events' }],
      ['log:import', { json: JSON.stringify({ format: 'soothe-log', version: 1, cases: [], events: [{ id: 'evil', type: 'reply_sent', at: now, platform: 'x', postId: 'evil' }] }) }],
      ['log:deleteAll', {}],
      ['log:setRetention', { days: 1 }],
      ['log:updateSettings', { patch: { hashAuthors: true, retentionDays: 1, responseRateTarget: 0.01 } }],
      ['stats:period', { period: '30d' }],
      ['stats:summary', {}],
      ['log:insertion', { platform: 'x', postId: 'evil', templateId: 't', url: 'https://x.com/evil' }],
    ];
    for (const [type, payload] of privileged) {
      const reply = await sendFromContent(world, type, payload);
      expect(reply, type).toEqual({ ok: false, error: `Soothe refused "${type}": only Soothe's own pages (popup, options) may send it.` });
    }
    // The read-only settings message ignores a smuggled patch.
    expect(await sendFromContent(world, 'log:settings', { patch: { retentionDays: 1 } })).toMatchObject({ ok: true, value: { retentionDays: null } });
    expect(await snapshot(browser.worker)).toBe(before);

    // The same export from the options page (an extension page) is answered: the policy tells them apart.
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const fromOptions = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { content: string } }> } } }).chrome.runtime.sendMessage({ soothe: 1, type: 'log:export', payload: { format: 'json' } }),
    );
    expect(fromOptions.ok).toBe(true);
    expect(JSON.parse(fromOptions.value!.content).events.length).toBeGreaterThan(0);
    await options.close();
    await world.cdp.detach();
    await page.close();
  });
});

describe('hostile files and packs through the options page', () => {
  let options: Page;

  async function openTab(name: string) {
    await options.getByRole('tab', { name }).click();
  }

  it('a log import with bad rows: the bad rows are refused by row and field, the good one goes in, the popup still works', async () => {
    options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await openTab('Import & export');
    const before = (await readEvents(browser.worker)).length;
    const now = Date.now();
    const file = {
      format: 'soothe-log', version: 1, schema: 3, exportedAt: new Date(now).toISOString(),
      cases: [{ key: 'x:junk', platform: 'x', postId: 'junk', firstSeenAt: now, lastEventAt: 1e300, status: 'open', templateIds: [{ a: 1 }], category: { a: 1 } }],
      events: [
        { id: 'good-1', type: 'seen', at: now - 60_000, platform: 'x', postId: 'good', context: { category: 'billing', url: 'https://x.com/u/status/good' } },
        { id: 'bad-1', type: 'template_inserted', at: now - 60_000, platform: 'x', postId: 'good', templateId: { a: 1 } },
        { id: 'bad-2', type: 'seen', at: 1e300, platform: 'x', postId: 'far' },
        { id: 'bad-3', type: 'seen', at: now, platform: 'x', postId: 'cat', context: { category: { toString: 'x' } } },
      ],
    };
    await options.locator('#log-import').setInputFiles({ name: 'hostile-log.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const status = options.getByTestId('log-data-status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('4 rows were refused');
    const text = (await status.textContent())!;
    expect(text).toContain('cases[0] ("x:junk"): "category" must be one of delivery');
    expect(text).toContain('events[1] ("bad-1"): "templateId" must be a string');
    expect(text).toMatch(/events\[2\] \("bad-2"\): "at" must not be later than/);
    expect(text).toContain('events[3] ("bad-3"): "context.category" must be one of');
    const after = await readEvents(browser.worker);
    expect(after.length).toBe(before + 1);
    expect(after.filter((e) => ['good-1', 'bad-1', 'bad-2', 'bad-3'].includes((e as { id?: string }).id ?? ''))).toHaveLength(1);

    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByTestId('seen').waitFor({ timeout: 10_000 });
    expect(Number((await popup.getByTestId('seen').textContent())?.trim())).toBeGreaterThan(0);
    await popup.close();
  });

  it('a log export that is not UTF-8 is refused, changing nothing', async () => {
    const before = await snapshot(browser.worker);
    const latin1 = Buffer.from('{"format":"soothe-log","version":1,"cases":[],"events":[{"id":"caf\xe9","type":"seen","at":1,"platform":"x","postId":"1"}]}', 'latin1');
    await options.locator('#log-import').setInputFiles({ name: 'latin1-log.json', mimeType: 'application/json', buffer: latin1 });
    await expect.poll(() => options.getByTestId('log-data-status').textContent(), { timeout: 10_000 }).toContain('latin1-log.json is not UTF-8 text');
    expect(await snapshot(browser.worker)).toBe(before);
  });

  it('library files that are not UTF-8 or carry markup are refused; the library is unchanged', async () => {
    const before = await snapshot(browser.worker);
    const pack = makePack({ id: 'com.example.hostile', name: 'Hostile' });
    const latin2 = Buffer.from(JSON.stringify(pack).replace('"Hostile"', '"Zaż\u00f3łć"'), 'latin1');
    await options.locator('#import-file').setInputFiles({ name: 'latin2-pack.json', mimeType: 'application/json', buffer: latin2 });
    await expect.poll(() => options.getByTestId('import-status').textContent(), { timeout: 10_000 }).toContain('latin2-pack.json is not UTF-8 text');
    const markup = makePack({ id: 'com.example.hostile', name: 'Hostile' });
    markup.templates[0]!.parts.fix = 'We will fix it <img src=x onerror="alert(1)">';
    await options.locator('#import-file').setInputFiles({ name: 'markup-pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(markup)) });
    await expect.poll(() => options.getByTestId('import-status').textContent(), { timeout: 10_000 }).toContain('markup-pack.json');
    expect(await snapshot(browser.worker)).toBe(before);
  });

  it('a pack address that redirects to another site is refused at subscribe; nothing is installed', async () => {
    const before = await snapshot(browser.worker);
    await openTab('Packs');
    await options.getByLabel('Pack address (https://…)').fill(`${base}/packs/moved.json`);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect.poll(() => options.getByTestId('subscribe-status').textContent(), { timeout: 15_000 }).toContain('redirected to another site (http://localhost:');
    expect(await options.getByTestId('pack-com.example.moved').count()).toBe(0);
    expect(await snapshot(browser.worker)).toBe(before);
  });
});
