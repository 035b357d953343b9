/**
 * Driving Soothe's in-page panel like a user, for the end-to-end tests (Playwright, in Chromium).
 * What the panel looks like to a test — its selectors and which suggestion is ready — is in
 * ./panel-shape.ts, shared with the Firefox driver (./firefox-panel.ts).
 */
import type { Locator, Page } from 'playwright-core';
import { PANEL, readySuggestion } from './panel-shape';

/**
 * Open the panel from the Soothe button (of the composer `editor`, when given: the button sits
 * inside the editor's box) and wait for its suggestions.
 */
export async function openPanel(page: Page, editor?: Locator): Promise<Locator> {
  const buttons = page.locator(PANEL.openButton);
  let button = buttons.first();
  if (editor) {
    const box = (await editor.boundingBox())!;
    for (const b of await buttons.all()) {
      const r = (await b.boundingBox())!;
      if (r.x >= box.x && r.x <= box.x + box.width && r.y >= box.y - r.height && r.y <= box.y + box.height) button = b;
    }
  }
  await button.click();
  const panel = page.getByRole('dialog', { name: PANEL.name });
  await panel.locator(PANEL.suggestion).first().waitFor();
  // Keyboard-first: the first suggestion takes focus once rendered; keys pressed before that would
  // go to whatever had focus (the Soothe button), so wait for it as a user would see it.
  await panel.locator(`${PANEL.suggestion}:focus`).waitFor();
  return panel;
}

/** Index and preview of the first suggestion that needs no extra values (no ‹label› in its preview). */
export async function firstReady(panel: Locator): Promise<{ index: number; preview: string }> {
  return readySuggestion(await panel.locator(PANEL.suggestionBody).allTextContents());
}

/** Keyboard only: arrows to the first ready suggestion, Enter to insert it. Returns its text. */
export async function insertFirstReady(page: Page, panel: Locator): Promise<string> {
  const { index, preview } = await firstReady(panel);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await panel.locator(PANEL.suggestion).nth(index).and(panel.locator(':focus')).waitFor();
  await page.keyboard.press('Enter');
  return preview;
}
