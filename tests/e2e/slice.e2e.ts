/**
 * The foundation slice in real Chromium with the built extension: on an x.com status page and a
 * facebook.com post (served locally at their real addresses, with the real draft-js and lexical
 * editors), the Soothe button opens the panel, a reply chosen by keyboard lands in the editor's
 * own state, the site's submit control becomes enabled, and the popup counts the insertion
 * (stored in the extension's IndexedDB by the background).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_REPLIES } from '../../lib/library/builtin-replies';
import { FACEBOOK_MATCHES, X_MATCHES } from '../../lib/sites/matches';
import { FB_ORIGIN, serveTestSites, X_ORIGIN } from '../pages/serve';
import { FACEBOOK_POSTS, X_THREADS } from '../pages/threads';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx, {
    // A hostile page: styles that would wreck any UI they could reach.
    '/hostile/status/1790000000000000099': readFileSync(join(__dirname, 'fixtures', 'hostile-x.html'), 'utf8'),
  });
});

afterAll(async () => {
  await browser?.close();
});

const editorText = (page: Page, i = 0) => page.evaluate((n) => window.__testEditors?.text(n) ?? '', i);

async function popupCount(): Promise<string> {
  const popup = await browser.ctx.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const count = popup.getByTestId('insertions').or(popup.getByTestId('empty'));
  await count.waitFor({ timeout: 10_000 });
  const text = (await popup.getByTestId('empty').count()) ? '0' : await count.textContent();
  await popup.close();
  return text ?? '';
}

describe('manifest', () => {
  it('asks for no more than it needs', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches).sort();
    expect(matches).toEqual([...X_MATCHES, ...FACEBOOK_MATCHES].sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });
});

describe('X status page (draft-js)', () => {
  it('inserts a chosen reply into the real editor and enables Reply', async () => {
    const thread = X_THREADS[0]!;
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + thread.path);
    const replyButton = page.getByTestId('tweetButtonInline');
    await expect.poll(() => replyButton.isDisabled()).toBe(true);

    await page.locator('[data-soothe="open-panel"]').click();
    const panel = page.getByRole('dialog', { name: 'Soothe replies' });
    await panel.waitFor();
    expect(await panel.locator('[data-soothe="lang"]').textContent()).toBe('English');
    expect(await panel.locator('[data-soothe="post-text"]').textContent()).toContain('in transit');

    // Keyboard only: the first reply has focus; move down one and insert it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = BUILTIN_REPLIES.filter((r) => r.lang === 'en')[1]!;

    await expect.poll(() => editorText(page)).toBe(chosen.body);
    await expect.poll(() => replyButton.isEnabled()).toBe(true);
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await popupCount()).toBe('1');
    await page.close();
  });

  it('keeps the user\u2019s draft, inserts at the caret, and undo takes the insertion back', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + X_THREADS[0]!.path);
    const editor = page.getByTestId('tweetTextarea_0');
    await editor.click();
    await page.keyboard.type('Hi Marta, ');
    await expect.poll(() => editorText(page)).toBe('Hi Marta, ');

    await page.locator('[data-soothe="open-panel"]').click();
    await page.getByRole('dialog', { name: 'Soothe replies' }).waitFor();
    await page.keyboard.press('Enter');
    const first = BUILTIN_REPLIES.filter((r) => r.lang === 'en')[0]!;
    await expect.poll(() => editorText(page)).toBe('Hi Marta, ' + first.body);

    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('Hi Marta, ');
    await page.close();
  });

  it('offers replies in the post\u2019s language', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + X_THREADS[2]!.path); // Greek thread
    await page.locator('[data-soothe="open-panel"]').click();
    const panel = page.getByRole('dialog', { name: 'Soothe replies' });
    expect(await panel.locator('[data-soothe="lang"]').textContent()).toBe('Ελληνικά');
    const firstId = await panel.locator('[data-soothe-reply]').first().getAttribute('data-soothe-reply');
    expect(firstId).toMatch(/^builtin\.el\./);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    // Focus goes back to the composer.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.close();
  });

  it('keeps site CSS out of the panel and its own CSS out of the site', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + '/hostile/status/1790000000000000099');
    const button = page.locator('[data-soothe="open-panel"]');
    await button.waitFor();
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const panel = page.getByRole('dialog', { name: 'Soothe replies' });
    await panel.waitFor();
    const panelFont = await panel.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(panelFont).not.toContain('Comic');
    // The page's own element named like ours is untouched by Soothe's styles.
    const sitePosition = await page.locator('#site-soothe-panel').evaluate((el) => getComputedStyle(el).position);
    expect(sitePosition).toBe('static');
    await page.close();
  });
});

describe('Facebook post (lexical)', () => {
  it('inserts a chosen reply into the comment box and enables submit', async () => {
    const thread = FACEBOOK_POSTS[1]!; // Polish post
    const page = await browser.ctx.newPage();
    await page.goto(FB_ORIGIN + thread.path);
    const before = Number(await popupCount());
    const submit = page.getByRole('button', { name: 'Comment' });
    await expect.poll(() => submit.getAttribute('aria-disabled')).toBe('true');

    await page.locator('[data-soothe="open-panel"]').click();
    const panel = page.getByRole('dialog', { name: 'Soothe replies' });
    await panel.waitFor();
    expect(await panel.locator('[data-soothe="lang"]').textContent()).toBe('Polski');
    await page.keyboard.press('Enter');
    const chosen = BUILTIN_REPLIES.filter((r) => r.lang === 'pl')[0]!;

    await expect.poll(() => editorText(page)).toBe(chosen.body);
    await expect.poll(() => submit.getAttribute('aria-disabled')).toBe('false');
    expect(Number(await popupCount())).toBe(before + 1);

    // Undo goes through Lexical's own history.
    await page.locator('[data-lexical-editor="true"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('');
    await page.close();
  });
});
