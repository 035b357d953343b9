/**
 * Living on a single-page app: navigation without a page load closes the panel for the old post,
 * composers that leave or arrive are followed, and nothing Soothe does throws into the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { openPanel } from '../support/panel';
import { SootheUi } from '../support/soothe-ui';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx);
});
afterAll(async () => browser?.close());

describe('single-page navigation', () => {
  it('closes the panel on navigation and follows composers leaving and arriving', async () => {
    const page = await browser.ctx.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(X_ORIGIN + X_THREADS[0]!.path);
    const panel = await openPanel(page);
    const ui = await SootheUi.of(page);

    // X navigates with pushState: the panel for the old post goes away.
    await page.evaluate((path) => history.pushState({}, '', path), X_THREADS[1]!.path);
    await expect.poll(() => panel.isVisible(), { timeout: 5_000 }).toBe(false);

    // The old composer leaves the DOM: its button goes with it.
    await page.evaluate(() => document.querySelector('.composer')?.closest('[data-testid="cellInnerDiv"]')?.remove());
    await expect.poll(() => ui.locator('[data-soothe="open-panel"]').count()).toBe(0);

    // A new composer arrives (X renders the next thread's reply box): it gets a button.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0" style="min-height:40px;border:1px solid #ccc"></div><button data-testid="tweetButtonInline" disabled>Reply</button>';
      document.querySelector('[aria-label="Timeline: Conversation"]')!.prepend(box);
    });
    await expect.poll(() => ui.locator('[data-soothe="open-panel"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
