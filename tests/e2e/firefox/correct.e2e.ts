/**
 * Correcting triage in the panel, in real Firefox ESR with the Firefox build (puppeteer over
 * WebDriver BiDi): the same journey as tests/e2e/correct.e2e.ts — the category menu by keyboard,
 * the first suggestion of the chosen category (from the default packs), the reply inserted and
 * sent, the correction in the log once, and the popup's "category corrected" line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_ORIGIN } from '../../pages/serve';
import { X_THREADS } from '../../pages/threads';
import { readEventsInFirefox, type StoredEvent } from '../../support/extension-db';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../support/firefox';
import { correctCategory, correctionProblems, insertFirstReady } from '../../support/panel';
import { openPanel } from '../../support/firefox-panel';
import { PANEL } from '../../support/panel-shape';
import { actAsBrandInFirefox } from '../../support/profile';

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => firefox?.close());

const events = (): Promise<StoredEvent[]> => readEventsInFirefox(firefox);

describe('Firefox: correcting triage in the panel', () => {
  it('a category chosen by keyboard re-ranks the suggestions, is logged with the reply, and counted in the popup', async () => {
    const thread = X_THREADS[0]!;
    const focal = thread.posts[0]!;
    await actAsBrandInFirefox(firefox, thread, 'X');
    const page = await firefox.openSite(X_ORIGIN + thread.path);

    const panel = await openPanel(page);
    const seen = await correctCategory(page, panel, thread.lang);
    expect(correctionProblems(seen)).toEqual([]);
    const { guessed, chosen } = seen;

    await panel.locator(`${PANEL.suggestion}:focus`).waitFor();
    await insertFirstReady(page, panel);
    const reply = (await page.waitForSelector('[data-testid="tweetButtonInline"]'))!;
    await expect.poll(() => reply.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await reply.click();
    await expect.poll(async () => (await events()).some((e) => e.type === 'reply_sent' && e.postId === focal.id), { timeout: 15_000 }).toBe(true);

    const log = await events();
    const corrections = log.filter((e) => e.type === 'triage_corrected');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ postId: focal.id, correction: { from: { complaint: true, category: guessed }, to: { complaint: true, category: chosen } } });
    expect(log.find((e) => e.type === 'template_inserted' && e.postId === focal.id)!.context?.category).toBe(chosen);

    const popup = await firefox.openExtensionPage('popup.html');
    try {
      const shown = await popup.waitFor(() => {
        const line = document.querySelector('[data-testid="category-corrected"]');
        const answered = document.querySelector('[data-testid="answered"]')?.textContent?.trim();
        return line && answered ? { text: line.textContent?.trim() ?? '', corrected: line.getAttribute('data-corrected'), answered } : null;
      });
      expect(shown).toEqual({ text: 'Category corrected in 1 of 1 answered complaints', corrected: '1', answered: '1' });
    } finally {
      await popup.close();
    }
    await page.close();
  });
});
