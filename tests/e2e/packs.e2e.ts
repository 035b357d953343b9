/**
 * Team packs end to end, in real Chromium with the built extension: a local HTTP server on
 * 127.0.0.1 serves v1, then v2, then a broken v3 of a pack (with ETags and
 * "Access-Control-Allow-Origin: *", as raw files on Git hosts are served, so no host permission
 * prompt is needed). In the options page the user subscribes, edits a pack template, checks for
 * updates: the extension moves to v2, keeps the edit, shows the conflict, and keeps v2 when v3 is broken.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/library/pack/pack-schema';
import { makePack, template } from '../unit/library/fixtures';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

const PACK_ID = 'com.example.team-en';

const v1: Pack = makePack({ id: PACK_ID, name: 'Team replies (English)' });
const v2: Pack = (() => {
  const p = makePack({ id: PACK_ID, name: 'Team replies (English)', version: '1.1.0' });
  p.templates[0]!.parts.fix = "I've asked the courier for an update and will send you a delivery date within 12 hours.";
  p.templates[1]!.title = 'Charged twice for one order';
  p.templates.push(template('returns.label', { category: 'returns', title: 'Return label' }));
  p.changelog.unshift({ version: '1.1.0', date: '2026-11-20', changes: ['Faster delivery promise', 'Return label template'] });
  return p;
})();
// Broken: markup in a template's text (and otherwise a perfectly good newer version).
const v3: Pack = (() => {
  const p = JSON.parse(JSON.stringify(v2)) as Pack;
  p.version = '1.2.0';
  p.templates[0]!.parts.fix = 'We will fix it <img src=x onerror="alert(1)">';
  return p;
})();

let served: Pack = v1;
const seen: IncomingHttpHeaders[] = [];
let server: Server;
let packUrl = '';
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Accept',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET' }).end();
      return;
    }
    if (req.url !== '/packs/team-en.json') {
      res.writeHead(404, cors).end('not found');
      return;
    }
    seen.push(req.headers);
    const body = JSON.stringify(served, null, 2);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...cors, ETag: etag }).end();
      return;
    }
    res.writeHead(200, { ...cors, ETag: etag, 'Content-Type': 'application/json', 'Cache-Control': 'max-age=300' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  packUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/packs/team-en.json`;
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function storedEntry(): Promise<{ version: string; overrides: string[]; conflicts: string[]; error?: string }> {
  return browser.worker.evaluate(async (id) => {
    // Runs in the extension's service worker, where `chrome` exists (not typed in this Node file).
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    const stored = (await api.storage.local.get('soothe.library'))['soothe.library'] as {
      packs: Record<string, { installed: { pack: { version: string }; overrides: { templates: Record<string, unknown> }; conflicts: Array<{ id: string }> }; subscription?: { lastError?: { message: string } } }>;
    };
    const e = stored.packs[id]!;
    return {
      version: e.installed.pack.version,
      overrides: Object.keys(e.installed.overrides.templates),
      conflicts: e.installed.conflicts.map((c) => c.id),
      error: e.subscription?.lastError?.message,
    };
  }, PACK_ID);
}

const MY_PRIVATE = 'Send us a DM and I will personally track your parcel down today.';

describe('team pack subscription in the options page', () => {
  let page: Page;

  it('subscribes by address and shows v1', async () => {
    page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('tab', { name: 'Packs' }).click();
    await page.getByLabel('Pack address (https://…)').fill(packUrl);
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect.poll(() => page.getByTestId('subscribe-status').textContent()).toContain('Subscribed to “Team replies (English)” 1.0.0');
    const card = page.getByTestId(`pack-${PACK_ID}`);
    expect(await card.getByTestId('pack-version').textContent()).toBe('1.0.0');
    expect(await card.textContent()).toContain(packUrl);
  });

  it('a check with nothing new is a conditional request answered 304', async () => {
    const card = page.getByTestId(`pack-${PACK_ID}`);
    const before = seen.length;
    await card.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => card.getByTestId('check-result').textContent()).toBe('No new version.');
    expect(seen.length).toBe(before + 1);
    expect(seen.at(-1)!['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
  });

  it('edits a pack template in the library, with the rule check and preview live', async () => {
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption(PACK_ID);
    await page.getByTestId('item-delivery.late').getByRole('button', { name: /^Edit/ }).click();
    const editor = page.getByTestId('item-editor');
    await editor.waitFor();
    // The preview fills variables with sample values; the checklist finds the three parts.
    const preview = editor.locator('[data-testid$="-body-preview"]');
    await expect.poll(() => preview.textContent()).toContain('Sam');
    const findings = editor.locator('[data-testid$="-body-findings"]');
    await expect.poll(() => findings.textContent()).toContain('Follows the reply rules.');
    // A blaming draft is flagged live, with the span.
    const privateField = editor.getByLabel('Take it private');
    await privateField.fill('This is your fault for giving the wrong address.');
    await expect.poll(() => findings.locator('[data-rule="blame"]').count()).toBeGreaterThan(0);
    await privateField.fill(MY_PRIVATE);
    await expect.poll(() => findings.locator('[data-rule="blame"]').count()).toBe(0);
    // Blame no lexicon entry names is read by the blame model, loaded in the built extension's page.
    await privateField.fill('The confirmation screen showed the dates you picked before you paid.');
    await expect.poll(() => findings.locator('[data-rule="blame"]').count()).toBeGreaterThan(0);
    await privateField.fill(MY_PRIVATE);
    await expect.poll(() => findings.locator('[data-rule="blame"]').count()).toBe(0);
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    expect(await page.getByTestId('item-delivery.late').textContent()).toContain('Edited by you');
    expect((await storedEntry()).overrides).toEqual(['delivery.late']);
  });

  it('moves to v2 on "Check now", keeps the edit and shows the conflict', async () => {
    served = v2;
    await page.getByRole('tab', { name: 'Packs' }).click();
    const card = page.getByTestId(`pack-${PACK_ID}`);
    await card.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => card.getByTestId('check-result').textContent()).toBe('Updated from 1.0.0 to 1.1.0.');
    expect(await card.getByTestId('pack-version').textContent()).toBe('1.1.0');
    const conflict = card.getByTestId('conflict-delivery.late');
    expect(await conflict.getByTestId('conflict-mine').textContent()).toContain(MY_PRIVATE);
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toContain('within 12 hours');
    expect(await conflict.getByRole('button', { name: 'Keep mine' }).isVisible()).toBe(true);
    expect(await conflict.getByRole('button', { name: 'Take theirs' }).isVisible()).toBe(true);
    // What changed: the added template and the changed ones.
    await card.locator('details.last-update summary').click();
    expect(await card.getByTestId('diff-added').textContent()).toContain('returns.label');
    expect(await card.getByTestId('diff-changed').textContent()).toContain('billing.twice');
    const stored = await storedEntry();
    expect(stored).toMatchObject({ version: '1.1.0', overrides: ['delivery.late'], conflicts: ['delivery.late'] });
  });

  it('refuses broken v3 with an error and keeps v2', async () => {
    served = v3;
    const card = page.getByTestId(`pack-${PACK_ID}`);
    await card.getByRole('button', { name: 'Check now' }).click();
    const error = card.getByTestId('sync-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('The new version was refused');
    expect(await error.textContent()).toContain('Version 1.1.0 stays in use');
    expect(await card.getByTestId('pack-version').textContent()).toBe('1.1.0');
    expect(await card.getByTestId('conflict-delivery.late').isVisible()).toBe(true);
    const stored = await storedEntry();
    expect(stored).toMatchObject({ version: '1.1.0', overrides: ['delivery.late'], conflicts: ['delivery.late'] });
    expect(stored.error).toContain('refused');
  });

  it('keeps mine: the conflict is settled and the edit stays', async () => {
    const card = page.getByTestId(`pack-${PACK_ID}`);
    await card.getByTestId('conflict-delivery.late').getByRole('button', { name: 'Keep mine' }).click();
    await card.getByTestId('conflict-delivery.late').waitFor({ state: 'detached' });
    expect(await storedEntry()).toMatchObject({ version: '1.1.0', overrides: ['delivery.late'], conflicts: [] });
  });
});
