/**
 * The page Soothe runs on is hostile (#13): in real Chromium with the built extension, a script of the
 * page tries to read Soothe's panel and to operate it with synthetic clicks and keys; none of it works,
 * while the user's real input does. And when the extension is reloaded under an open page, the old
 * content script removes its UI and stops; the page's next script takes over cleanly.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { firstReady, insertFirstReady, openPanel } from '../support/panel';
import { SootheUi } from '../support/soothe-ui';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx);
});
afterAll(async () => browser?.close());

const editorText = (page: Page, i = 0) => page.evaluate((n) => window.__testEditors?.text(n) ?? '', i);

/** Runs in the page's own world before its scripts: keeps every shadow root anyone attaches from this world. */
function stealShadowRoots() {
  const w = window as unknown as { __stolen: ShadowRoot[] };
  w.__stolen = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attach.call(this, init);
    w.__stolen.push(root);
    return root;
  };
}

/** The page's script: everything it can learn about Soothe's UI. */
const snoop = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('soothe-ui');
    return {
      host: !!host,
      shadowRoot: host ? host.shadowRoot !== null : null,
      stolen: (window as unknown as { __stolen: ShadowRoot[] }).__stolen.length,
      sootheElements: document.querySelectorAll('[data-soothe], [data-soothe-reply], [role="dialog"]').length,
      text: document.documentElement.innerText + (host?.textContent ?? ''),
    };
  });

/** The page's script: synthetic clicks and keys at a point of Soothe's UI (it can only reach the host). */
const forge = (page: Page, at: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y) as HTMLElement | null;
    const hit = target?.localName ?? null;
    target?.click();
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'] as const) target?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
    for (const key of ['ArrowDown', 'Enter', ' ']) {
      for (const el of [document.activeElement, target, document.body]) el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
    return hit;
  }, at);

describe('a hostile page', () => {
  it('can neither read nor operate the panel; the user still can', async () => {
    const page = await browser.ctx.newPage();
    await page.addInitScript(stealShadowRoots);
    await page.goto(X_ORIGIN + X_THREADS[0]!.path);
    const ui = await SootheUi.of(page);
    const button = ui.locator('[data-soothe="open-panel"]');
    await button.waitFor();

    // Reading: the host is there, its root is closed, and the page's own attachShadow never saw it.
    const before = await snoop(page);
    expect(before).toMatchObject({ host: true, shadowRoot: false, stolen: 0, sootheElements: 0 });

    // Synthetic clicks on the Soothe button: the page can only reach the host, and nothing opens.
    const b = (await button.boundingBox())!;
    expect(await forge(page, { x: b.x + b.width / 2, y: b.y + b.height / 2 })).toBe('soothe-ui');
    await new Promise((r) => setTimeout(r, 800));
    expect(await ui.panel().count()).toBe(0);

    // The user opens it (real input). The page cannot read what it shows...
    const panel = await openPanel(page);
    const { preview } = await firstReady(panel);
    const title = (await panel.locator('[data-soothe-reply] .soothe-reply-title').first().textContent())!.trim();
    const during = await snoop(page);
    expect(during.shadowRoot).toBe(false);
    expect(during.sootheElements).toBe(0);
    expect(during.text).not.toContain(title);
    expect(during.text).not.toContain(preview.slice(0, 40));

    // ...nor press anything in it: forged clicks on a suggestion and forged Enter insert nothing.
    const first = (await panel.locator('[data-soothe-reply]').first().boundingBox())!;
    expect(await forge(page, { x: first.x + first.width / 2, y: first.y + first.height / 2 })).toBe('soothe-ui');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await editorText(page)).toBe('');
    expect((await readEvents(browser.worker)).filter((e) => e.type === 'template_inserted')).toHaveLength(0);
    // The user's own keys still work.
    const inserted = await insertFirstReady(page, panel);
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toBe(inserted);
    await expect.poll(async () => (await readEvents(browser.worker)).filter((e) => e.type === 'template_inserted').length).toBe(1);

    // The panel has no way to change teams or their addresses: those live in the options page.
    await panel.locator('[data-soothe="handoff-open"]').click();
    await new Promise((r) => setTimeout(r, 500));
    expect(await panel.locator('[data-soothe="handoff"]').count()).toBe(1);
    expect(await panel.locator('[data-soothe="departments"], [data-soothe="department-email"], input[type="email"]').count()).toBe(0);
    await page.close();
  });
});

describe('an extension reloaded under an open page', () => {
  it('the old script removes its UI and stops; the next one takes over cleanly', async () => {
    // Its own browser, with DevTools' Extensions domain: the stand-in for an update (unload, load the new build).
    const own = await launchWithExtension({ loadThroughDevtools: true });
    await serveTestSites(own.ctx);
    const page = await own.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(X_ORIGIN + X_THREADS[1]!.path);
    const ui = await SootheUi.of(page);
    await ui.locator('[data-soothe="open-panel"]').waitFor();
    expect(await page.locator('soothe-ui').count()).toBe(1);

    // An update of the extension: the old version goes away under the page, whose content script is orphaned.
    await own.devtools!.send('Extensions.uninstall', { id: own.extensionId });
    await expect.poll(() => page.locator('soothe-ui').count(), { timeout: 10_000 }).toBe(0);
    // It stopped observing too: a new reply box gets no button from the orphan.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0" style="min-height:40px;border:1px solid #ccc"></div><button data-testid="tweetButtonInline" disabled>Reply</button>';
      document.body.prepend(box);
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.locator('soothe-ui').count()).toBe(0);

    // The new version arrives; the page's next load runs its script: one UI, and it works.
    const { id } = await own.devtools!.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    expect(id).toBe(own.extensionId);
    await page.reload();
    const fresh = await SootheUi.of(page);
    await fresh.locator('[data-soothe="open-panel"]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('soothe-ui').count()).toBe(1);
    const panel = await openPanel(page);
    expect(await panel.locator('[data-soothe="lang"]').textContent()).toBe('Polski');
    expect(errors).toEqual([]);
    await own.close();
  });
});
