/**
 * The options page end to end in real Chromium with the built extension:
 *  - Settings is one form with one Save and a saved/unsaved state; switching tabs keeps unsaved
 *    edits; leaving the page with them asks first (beforeunload).
 *  - A new template's id is made from its title.
 *  - A team pack in review mode: the diff shows the changed wording (old and new, changed words
 *    marked), and after "Apply update" the card says its true state.
 *  - The crisis radar's thresholds and procedure are saved from the form and used: three people
 *    (below the default five) under one post raise a wave whose banner shows the edited checklist
 *    and offers the default pack's holding statements; "Insert" puts one into X's composer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/library/pack/pack-schema';
import { renderXStatusPage } from '../pages/render';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import type { DemoThread } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { PANEL } from '../support/panel-shape';
import { SootheUi } from '../support/soothe-ui';
import { brandProfile } from '../support/profile';
import { makePack, template } from '../unit/library/fixtures';

const PACK_ID = 'com.example.review-en';
const v1: Pack = makePack({ id: PACK_ID, name: 'Reviewed replies' });
const v2: Pack = (() => {
  const p = makePack({ id: PACK_ID, name: 'Reviewed replies', version: '1.1.0' });
  p.templates[0]!.parts.fix = "I'll chase the courier today and give you a delivery date within 12 hours.";
  p.templates.push(template('returns.label', { category: 'returns', title: 'Return label' }));
  return p;
})();

let served: Pack = v1;
let server: Server;
let packUrl = '';
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.url !== '/packs/review-en.json') return void res.writeHead(404, cors).end();
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  packUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/packs/review-en.json`;
  browser = await launchWithExtension();
  page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const storage = (key: string) =>
  browser.worker.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get(k))[k];
  }, key);

/** The background's stored radar settings (IndexedDB "soothe", table settings, key radar.settings). */
const radarSettings = () =>
  browser.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('soothe');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<{ value?: { threadMinAuthors: number; procedure: string[] } } | undefined>((resolve) => {
      const req = db.transaction('settings').objectStore('settings').get('radar.settings');
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return row?.value ?? null;
  });

describe('options page', () => {
  it('settings: one Save, unsaved edits survive a tab switch, leaving asks first, Save stores them', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const name = page.getByLabel('Your name');
    await name.fill('Robin');
    const status = page.getByTestId('settings-status');
    expect(await status.textContent()).toBe('Unsaved changes');
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(1);
    await page.getByTestId('unsaved-settings').waitFor();

    await page.getByRole('tab', { name: /Library/ }).click();
    await page.getByRole('tab', { name: /Settings/ }).click();
    expect(await name.inputValue()).toBe('Robin');

    // Leaving with unsaved edits: the browser asks (the dialog is dismissed: the page stays).
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.dismiss())));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    expect(await name.inputValue()).toBe('Robin');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('All changes saved');
    expect(await storage('soothe.profile')).toMatchObject({ agentName: 'Robin' });
    await expect.poll(() => page.getByTestId('unsaved-settings').count()).toBe(0);
  });

  it('a new template gets its id from its title and is saved under it', async () => {
    await page.getByRole('tab', { name: /Library/ }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    const editor = page.getByTestId('item-editor');
    await editor.getByLabel('Title').fill('Parcel stuck at the depot');
    await editor.getByLabel('Category').selectOption('delivery');
    expect(await editor.getByLabel('Id').inputValue()).toBe('delivery.parcel-stuck-at-the-depot');
    await editor.getByLabel('Trigger phrases (one per line)').fill('stuck at the depot');
    await editor.getByLabel('Acknowledge and apologise').fill("I'm so sorry your parcel is stuck at the depot.");
    await editor.getByLabel('Fix or next step').fill("I'll ask the depot to send it out today and confirm by 5pm.");
    await editor.getByLabel('Take it private').fill('Send us a DM and I will follow it personally.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('item-delivery.parcel-stuck-at-the-depot').waitFor();
    const library = (await storage('soothe.library')) as { local: { templates: Array<{ id: string }> } };
    expect(library.local.templates.map((t) => t.id)).toContain('delivery.parcel-stuck-at-the-depot');
  });

  it('pack review: the diff shows the changed wording, and after Apply the card says its true state', async () => {
    await page.getByRole('tab', { name: 'Packs' }).click();
    await page.getByLabel('Pack address (https://…)').fill(packUrl);
    await page.getByLabel('New versions').selectOption('review');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    const card = page.getByTestId(`pack-${PACK_ID}`);
    await card.waitFor();
    served = v2;
    await card.getByRole('button', { name: 'Check now' }).click();
    const pending = card.getByTestId('pending-update');
    await pending.waitFor();
    expect(await card.getByTestId('pack-state').textContent()).toBe('Version 1.1.0 is waiting for your review.');
    const wording = pending.getByTestId('wording-delivery.late');
    expect(await wording.getByTestId('wording-before').textContent()).toContain('within 24 hours.');
    expect(await wording.getByTestId('wording-after').textContent()).toContain('within 12 hours.');
    expect(await wording.locator('del').allTextContents()).toEqual(['24']);
    expect(await wording.locator('ins').allTextContents()).toEqual(['12']);

    await pending.getByRole('button', { name: 'Apply update' }).click();
    await expect.poll(() => card.getByTestId('pack-version').textContent()).toBe('1.1.0');
    expect(await card.getByTestId('pending-update').count()).toBe(0);
    expect(await card.getByTestId('pack-state').textContent()).toBe('Updated from 1.0.0 to 1.1.0.');
    expect(await card.textContent()).not.toContain('waiting for your review');
    // Still true after a reload (it is the stored state, not the last button pressed).
    await page.reload();
    await page.getByRole('tab', { name: 'Packs' }).click();
    expect(await page.getByTestId(`pack-${PACK_ID}`).getByTestId('pack-state').textContent()).toBe('Updated from 1.0.0 to 1.1.0.');
  });

  it('crisis radar: thresholds and procedure saved from the form are what the banner uses; it offers holding statements to insert', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const form = page.getByTestId('radar-settings');
    const perPost = form.getByLabel('People complaining under one post');
    await perPost.fill('1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.textContent()).toContain('a whole number from 2 to 10000');
    expect(await page.getByTestId('settings-status').textContent()).toBe('Please correct the highlighted fields.');
    expect(await radarSettings()).toBeNull(); // nothing stored yet: the defaults are in use
    await perPost.fill('3');
    await form.getByRole('button', { name: 'Add a step' }).click();
    await form.getByLabel('Step 5', { exact: true }).fill('Call the duty manager');
    await form.getByRole('button', { name: 'Move up: Step 5' }).click();
    await form.getByRole('button', { name: 'Remove step: Step 1' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('All changes saved');
    const steps = ['Post a holding statement', 'Pin an update on the page', 'Call the duty manager', 'Pause scheduled posts'];
    expect(await radarSettings()).toMatchObject({ threadMinAuthors: 3, procedure: steps });

    // Three different people under one post: a wave only because the threshold is now 3.
    const BRAND = { handle: 'appsy', name: 'Appsy' };
    const texts = [
      'The app crashes on login since the update, I cannot pay my bills. Fix it now!',
      'Since the update the app crashes every time I log in. Terrible.',
      'App crashes on login again, this is unacceptable, I want a refund.',
    ];
    const thread: DemoThread = {
      path: '/appsy/status/1795000000000000300',
      lang: 'en',
      title: 'radar threshold',
      brand: BRAND,
      posts: [
        { id: '1795000000000000300', handle: BRAND.handle, name: BRAND.name, lang: 'en', minutesAgo: 30, text: 'Our new app version is out today!' },
        ...['ann_a', 'bob_b', 'cid_c'].map((handle, i) => ({ id: `17950000000000003${10 + i}`, handle, name: handle, lang: 'en' as const, minutesAgo: 10 - i, text: texts[i]! })),
      ],
    };
    const profile = { ...(await storage('soothe.profile') as object), ...brandProfile(thread, 'X'), contact: { dmLink: 'https://x.com/messages/compose?recipient_id=1', messengerLink: '', phone: '', email: '' } };
    await browser.worker.evaluate((p) => (globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }).chrome.storage.local.set({ 'soothe.profile': p }), profile);
    await serveTestSites(browser.ctx, { [thread.path]: renderXStatusPage(thread) });
    const x = await browser.ctx.newPage();
    await x.setViewportSize({ width: 1280, height: 1600 });
    await x.goto(X_ORIGIN + thread.path);
    // The panel of the post's reply box (the post is the brand's own: no suggestions to wait for).
    const ui = await SootheUi.of(x);
    await ui.locator(PANEL.openButton).first().click();
    const panel = ui.panel();
    const banner = panel.locator('[data-testid="crisis-banner"]');
    // The radar runs shortly after the complaints are seen; the banner reads waves when the tab is focused again.
    await expect
      .poll(async () => {
        if ((await banner.count()) === 0) await x.evaluate(() => window.dispatchEvent(new Event('focus')));
        return banner.count();
      }, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const wave = banner.locator('[data-wave-kind="thread"]');
    await expect.poll(() => wave.locator('[data-testid="wave-count"]').textContent()).toMatch(/3 complaints from 3 people since/);
    expect(await wave.locator('.soothe-wave-procedure label').allTextContents()).toEqual(steps.map((s) => ` ${s}`));

    // Holding statements from the default English pack, rendered with the user's values.
    await wave.locator('[data-testid="holding-open"]').click();
    const offers = wave.locator('[data-testid="holding-offer"]');
    expect(await offers.count()).toBe(2);
    expect(await offers.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(['holding.service-disruption', 'holding.delivery-delays']);
    const first = (await offers.first().locator('[data-testid="holding-text"]').textContent())!;
    expect(first).toContain('Alex, Appsy Care');
    expect(first).not.toMatch(/\{\{|\}\}/);
    await offers.first().locator('[data-testid="holding-insert"]').click();
    const composer = x.getByTestId('tweetTextarea_0');
    await expect.poll(() => composer.evaluate((el) => (el as HTMLTextAreaElement).value ?? el.textContent)).toContain(first.slice(0, 40));
  }, 120_000);
});
