/**
 * Correcting triage in the panel, end to end in real Chromium with the built extension: on an X
 * status page the manager opens the category menu by keyboard, picks another category, the first
 * suggestion becomes one of that category (read from the default packs, not hard-coded), the reply
 * goes in and out, the log holds the correction once with the insertion under the chosen category,
 * and the popup says the category was corrected.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { correctCategory, correctionProblems, insertFirstReady, openPanel } from '../support/panel';
import { PANEL } from '../support/panel-shape';
import { actAsBrand } from '../support/profile';
import { saveScreenshot } from '../support/screenshots';

let browser: ExtensionBrowser | null = null;
afterAll(async () => {
  await browser?.close();
  if (browser?.profileDir) await rm(browser.profileDir, { recursive: true, force: true });
});

describe('correcting triage in the panel', () => {
  it('a category chosen by keyboard re-ranks the suggestions, is logged with the reply, and counted in the popup', async () => {
    browser = await launchWithExtension();
    await serveTestSites(browser.ctx);
    const thread = X_THREADS[0]!; // Marta's late parcel
    const focal = thread.posts[0]!;
    await actAsBrand(browser.worker, thread, 'X');
    const page = await browser.ctx.newPage();
    await page.goto(X_ORIGIN + thread.path);

    const panel = await openPanel(page);
    const seen = await correctCategory(page, panel, thread.lang);
    expect(correctionProblems(seen)).toEqual([]);
    const { guessed, chosen } = seen;
    expect(await panel.locator('[data-soothe="undo-correction"]').count()).toBe(1);
    await saveScreenshot('correction.png', (path) => page.screenshot({ path }));

    // Keyboard-first still: the re-ranked list has focus, Enter inserts, the site sends.
    await panel.locator(`${PANEL.suggestion}:focus`).waitFor();
    const insertedId = await panel.locator(PANEL.suggestion).first().getAttribute('data-soothe-reply');
    await insertFirstReady(page, panel);
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(async () => (await readEvents(browser!.worker)).some((e) => e.type === 'reply_sent' && e.postId === focal.id), { timeout: 10_000 }).toBe(true);

    const events = await readEvents(browser.worker);
    const corrections = events.filter((e) => e.type === 'triage_corrected');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ postId: focal.id, correction: { from: { complaint: true, category: guessed }, to: { complaint: true, category: chosen } } });
    const inserted = events.find((e) => e.type === 'template_inserted' && e.postId === focal.id)!;
    expect(inserted.context?.category).toBe(chosen);
    expect(insertedId).toBeTruthy();

    // The popup counts it among the manager's answered complaints.
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const line = popup.getByTestId('category-corrected');
    await line.waitFor({ timeout: 10_000 });
    expect(await line.getAttribute('data-corrected')).toBe('1');
    expect((await line.textContent())?.trim()).toBe(`Category corrected in 1 of ${(await popup.getByTestId('answered').textContent())?.trim()} answered complaints`);
    expect((await popup.getByTestId('answered').textContent())?.trim()).toBe('1');
  });
});
