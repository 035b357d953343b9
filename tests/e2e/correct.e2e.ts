/**
 * Correcting triage in the panel, end to end in real Chromium with the built extension: on an X
 * status page the manager opens the category menu by keyboard, picks another category, the first
 * suggestion becomes one of that category (read from the default packs, not hard-coded), the reply
 * goes in and out, the log holds the correction once with the insertion under the chosen category,
 * and the popup says the category was corrected.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPacks } from '../../lib/library/store/library';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { chooseCategoryByKeyboard, insertFirstReady, openPanel } from '../support/panel';
import { PANEL, templateCategories } from '../support/panel-shape';
import { actAsBrand } from '../support/profile';

let browser: ExtensionBrowser | null = null;
afterAll(async () => {
  await browser?.close();
  if (browser?.profileDir) await rm(browser.profileDir, { recursive: true, force: true });
});

const categoryOf = templateCategories(defaultPacks());

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
    const chip = panel.locator(PANEL.category);
    const guessed = (await chip.getAttribute('data-category'))!;
    const first = panel.locator(PANEL.suggestion).first();
    // Before: the first suggestion is of triage's category.
    expect(categoryOf(await first.getAttribute('data-pack'), await first.getAttribute('data-soothe-reply'))).toBe(guessed);

    // Another real category the English pack has templates for (the menu lists triage's pick and runner-ups first).
    const packCategories = new Set<string>(defaultPacks().find((p) => p.languages.includes(thread.lang))!.templates.map((t) => t.category));
    const { options, chosen } = await chooseCategoryByKeyboard(page, panel, (list) => list.find((c) => c !== guessed && packCategories.has(c))!);
    expect(options).toHaveLength(7);
    expect(options[0]).toBe(guessed);
    expect(options).not.toContain('other');

    // The suggestions follow: the first one is now of the chosen category, and the chip says it was edited.
    await expect.poll(async () => categoryOf(await first.getAttribute('data-pack'), await first.getAttribute('data-soothe-reply')), { timeout: 10_000 }).toBe(chosen);
    expect(await chip.getAttribute('data-category')).toBe(chosen);
    expect(await chip.getAttribute('data-edited')).toBe('true');
    expect(await panel.locator('[data-soothe="undo-correction"]').count()).toBe(1);

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
