/**
 * Sent detection in real Chromium: a reply is logged once when the site really sends it (button or
 * the site's key), with the post it answers — and not when the send fails. Covers X's inline,
 * modal and narrow (textarea) composers and Facebook's comment box.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FB_ORIGIN, serveTestSites, X_ORIGIN } from '../pages/serve';
import { FACEBOOK_POSTS, X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { insertFirstReady, openPanel } from '../support/panel';
import { SootheUi } from '../support/soothe-ui';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx);
});
afterAll(async () => browser?.close());

const sentFor = async (postId: string) =>
  (await readEvents(browser.worker)).filter((e) => e.type === 'reply_sent' && e.postId === postId);

async function insertFirstSuggestion(page: Page) {
  await insertFirstReady(page, await openPanel(page));
  await page.waitForFunction(() => (window.__testEditors?.text(0) ?? '').length > 0);
}

describe('reply sent detection', () => {
  it('X inline: logs one reply_sent with the answered post, its time and the new reply id', async () => {
    const thread = X_THREADS[0]!;
    const focal = thread.posts[0]!;
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + thread.path);
    await insertFirstSuggestion(page);
    const reply = page.getByTestId('tweetButtonInline');
    await reply.click();
    await reply.click({ force: true }).catch(() => {}); // an impatient double click
    await expect.poll(() => sentFor(focal.id), { timeout: 10_000 }).toHaveLength(1);
    const [event] = await sentFor(focal.id);
    expect(event!.platform).toBe('x');
    expect(event!.replyId).toMatch(/^\d+$/);
    // The clock starts at the post's own timestamp (rendered minutesAgo before page load).
    const age = Date.now() - event!.context!.postedAt!;
    expect(age).toBeGreaterThan((focal.minutesAgo - 1) * 60_000);
    expect(age).toBeLessThan((focal.minutesAgo + 5) * 60_000);
    await page.close();
  });

  it('X: a failed send is not logged, and the draft stays', async () => {
    const thread = X_THREADS[1]!;
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + thread.path);
    await insertFirstSuggestion(page);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-mount="draft-composer"]')!.dataset.failSend = 'true';
    });
    await page.getByTestId('tweetButtonInline').click();
    await page.getByRole('alert').filter({ hasText: 'went wrong' }).waitFor();
    await page.waitForTimeout(1_000); // longer than the detector's check interval
    expect(await sentFor(thread.posts[0]!.id)).toHaveLength(0);
    expect(await page.evaluate(() => window.__testEditors!.text(0))).not.toBe('');
    await page.close();
  });

  it('X reply modal: Ctrl+Enter sends, the modal closes, the reply is logged', async () => {
    const thread = X_THREADS[2]!;
    const page = await browser.ctx.newPage();
    await page.goto(`${X_ORIGIN}${thread.path}?layout=modal`);
    await insertFirstSuggestion(page);
    await page.getByTestId('tweetTextarea_0').focus();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('dialog', { name: 'Reply' }).waitFor({ state: 'detached' });
    await expect.poll(() => sentFor(thread.posts[0]!.id), { timeout: 10_000 }).toHaveLength(1);
    await page.close();
  });

  it('X narrow layout: the plain textarea takes the reply, Reply enables, send is logged', async () => {
    const thread = X_THREADS[0]!;
    const page = await browser.ctx.newPage();
    await page.goto(`${X_ORIGIN}${thread.path}?layout=narrow`);
    const button = page.getByTestId('tweetButton');
    expect(await button.isDisabled()).toBe(true);
    const before = (await sentFor(thread.posts[0]!.id)).length;
    await insertFirstSuggestion(page);
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await page.getByTestId('tweetTextarea_0').inputValue()).toContain("I'm really sorry");
    await button.click();
    await expect.poll(async () => (await sentFor(thread.posts[0]!.id)).length, { timeout: 10_000 }).toBe(before + 1);
    await page.close();
  });

  it('Facebook: Enter in the comment box sends; logged with the new comment id', async () => {
    const thread = FACEBOOK_POSTS[0]!;
    const page = await browser.ctx.newPage();
    await page.goto(FB_ORIGIN + thread.path);
    await insertFirstSuggestion(page);
    await page.locator('[data-lexical-editor="true"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sentFor(thread.posts[0]!.id), { timeout: 10_000 }).toHaveLength(1);
    const [event] = await sentFor(thread.posts[0]!.id);
    expect(event!.platform).toBe('facebook');
    expect(event!.replyId).toMatch(/^\d+$/);
    await page.close();
  });
});

describe('Facebook reply boxes', () => {
  it('a reply box opened under a comment answers that comment, and its send is logged for it', async () => {
    const thread = FACEBOOK_POSTS[0]!;
    const anna = thread.posts[1]!;
    const page = await browser.ctx.newPage();
    await page.goto(FB_ORIGIN + thread.path);
    await page.locator('.comment-wrap').first().getByRole('button', { name: 'Reply' }).click();
    // The new composer gets its own Soothe button (found by the page watcher, not at load).
    const ui = await SootheUi.of(page);
    await expect.poll(() => ui.locator('[data-soothe="open-panel"]').count()).toBe(2);
    const panel = await openPanel(page, page.getByRole('textbox', { name: 'Write a reply…' }));
    expect(await panel.locator('[data-soothe="post-text"]').textContent()).toContain('ice packs');
    expect(await panel.locator('[data-soothe="complaint"]').textContent()).toBe('Complaint');
    await insertFirstReady(page, panel);
    // Editors register in mount order: the main comment box first, the reply box second.
    await page.waitForFunction(() => (window.__testEditors?.text(1) ?? '').length > 0);
    expect(await page.evaluate(() => window.__testEditors!.text(0))).toBe(''); // the main box is untouched
    await page.getByRole('textbox', { name: 'Write a reply…' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sentFor(anna.id), { timeout: 10_000 }).toHaveLength(1);
    await page.close();
  });
});
