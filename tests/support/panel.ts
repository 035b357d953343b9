/** Driving Soothe's in-page panel like a user, for the end-to-end tests (through ./soothe-ui.ts: the UI is in a closed shadow root). */
import type { Locator, Page } from 'playwright-core';
import { SootheUi, type UiLocator } from './soothe-ui';

/**
 * Open the panel from the Soothe button (of the composer `editor`, when given: the button sits
 * inside the editor's box) and wait for its suggestions.
 */
export async function openPanel(page: Page, editor?: Locator): Promise<UiLocator> {
  const ui = await SootheUi.of(page);
  const buttons = ui.locator('[data-soothe="open-panel"]');
  await buttons.first().waitFor();
  let button = buttons.first();
  if (editor) {
    const box = (await editor.boundingBox())!;
    for (let i = 0, n = await buttons.count(); i < n; i++) {
      const r = (await buttons.nth(i).boundingBox())!;
      if (r.x >= box.x && r.x <= box.x + box.width && r.y >= box.y - r.height && r.y <= box.y + box.height) button = buttons.nth(i);
    }
  }
  await button.click();
  const panel = ui.panel();
  await panel.locator('[data-soothe-reply]').first().waitFor();
  // Keyboard-first: the first suggestion takes focus once rendered; keys pressed before that would
  // go to whatever had focus (the Soothe button), so wait for it as a user would see it.
  await panel.locator('[data-soothe-reply]:focus').waitFor();
  return panel;
}

/** Index and preview of the first suggestion that inserts without asking for values (no data-asks). */
export async function firstReady(panel: UiLocator): Promise<{ index: number; preview: string }> {
  const previews = await panel.locator('[data-soothe-reply] .soothe-reply-body').allTextContents();
  const missing = await panel.locator('[data-soothe-reply]').evaluateAll((els) => els.map((el) => el.hasAttribute('data-asks')));
  const index = missing.findIndex((m) => !m);
  if (index < 0) throw new Error(`every suggestion needs extra values: ${previews.join(' | ')}`);
  return { index, preview: previews[index]! };
}

/** Keyboard only: arrows to the first ready suggestion, Enter to insert it. Returns its text. */
export async function insertFirstReady(page: Page, panel: UiLocator): Promise<string> {
  const { index, preview } = await firstReady(panel);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await panel.locator('[data-soothe-reply]').nth(index).matching(':focus').waitFor();
  await page.keyboard.press('Enter');
  return preview;
}
