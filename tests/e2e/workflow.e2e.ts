/**
 * The manager's day in real Chromium (issue 14): replies that are always whole, whatever the
 * settings hold; what the preview shows is exactly what goes into the site's editor.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { insertFirstReady, openPanel } from '../support/panel';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx);
});
afterAll(async () => browser?.close());

type WorkerChrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };

async function setProfile(patch: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(async (p) => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const key = 'soothe.profile';
    const stored = ((await chrome.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ [key]: { ...stored, ...p } });
  }, patch);
}

const editorText = (page: Page, i = 0) => page.evaluate((n) => window.__testEditors?.text(n) ?? '', i);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** What a broken reply looks like: a raw or labelled placeholder, a gap before punctuation, an empty bracket, a dangling end. */
const BROKEN = /\{\{|\}\}|‹|›|\s[,.;:!?]|\(\s*\)|[,:;—]\s*$|\bon\s+if\b/;

describe('replies that are always whole', () => {
  it('X, nothing in settings: every preview is whole, and Enter puts exactly the preview into the editor', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + X_THREADS[0]!.path);
    const panel = await openPanel(page);
    const previews = await panel.locator('[data-soothe-reply] .soothe-reply-body').allTextContents();
    expect(previews.length).toBeGreaterThan(0);
    for (const p of previews) expect(p, p).not.toMatch(BROKEN);
    // No DM link or signature set: the replies say what they lack, and still go in whole.
    expect(await panel.locator('[data-soothe-reply][data-missing*="DM link"]').count()).toBeGreaterThan(0);
    const preview = await insertFirstReady(page, panel);
    await expect.poll(async () => norm(await editorText(page))).toBe(norm(preview));
    await page.close();
  });

  it('X, with signature and DM link set: the short form carries both and leaves room for a sentence of your own', async () => {
    await setProfile({ signature: 'Alex, Care team', contact: { dmLink: 'https://x.com/messages/compose?recipient_id=42', messengerLink: '', phone: '', email: '' } });
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + X_THREADS[0]!.path);
    const panel = await openPanel(page);
    const preview = await insertFirstReady(page, panel);
    expect(preview).toContain('— Alex, Care team');
    expect(preview).toContain('https://x.com/messages/compose?recipient_id=42');
    await expect.poll(async () => norm(await editorText(page))).toBe(norm(preview));
    // The panel's own checklist counts X's weighted length; the reply leaves >= 70 of 280.
    const weighted = await page.evaluate((text) => {
      const urls = text.match(/https?:\/\/\S+/g) ?? [];
      return [...urls].reduce((n, u) => n - [...u].length + 23, [...text].length);
    }, await editorText(page));
    expect(280 - weighted).toBeGreaterThanOrEqual(70);
    await page.close();
    await setProfile({ signature: '', contact: { dmLink: '', messengerLink: '', phone: '', email: '' } });
  });

  it('a value of this case (ETA) is asked for; the form previews exactly what goes in, with and without it', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + X_THREADS[2]!.path); // Greek: no internet, when will the technician come?
    const panel = await openPanel(page);
    const asking = panel.locator('[data-soothe-reply][data-asks]').first();
    await asking.waitFor({ timeout: 5_000 });
    const listPreview = norm((await asking.locator('.soothe-reply-body').textContent())!);
    await asking.click();
    const form = panel.locator('[data-soothe="variables"]');
    const field = form.getByRole('textbox').first();
    await field.waitFor();
    const formPreview = form.locator('[data-soothe="form-preview"]');
    expect(norm((await formPreview.textContent())!)).toBe(listPreview); // without the value: its sentence is left out
    expect(listPreview).not.toMatch(BROKEN);
    await field.fill('αύριο 9–12');
    await expect.poll(async () => (await formPreview.textContent()) ?? '').toContain('αύριο 9–12');
    const final = norm((await formPreview.textContent())!);
    expect(final).not.toMatch(BROKEN);
    await page.keyboard.press('Enter');
    await expect.poll(async () => norm(await editorText(page))).toBe(final);
    await page.close();
  });
});
