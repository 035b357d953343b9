/** Driving Soothe's in-page panel like a user, for the end-to-end tests. */
import type { Locator, Page } from 'playwright-core';

/** Open the panel from the Soothe button and wait for its suggestions. */
export async function openPanel(page: Page, nth = 0): Promise<Locator> {
  await page.locator('[data-soothe="open-panel"]').nth(nth).click();
  const panel = page.getByRole('dialog', { name: 'Soothe replies' });
  await panel.locator('[data-soothe-reply]').first().waitFor();
  return panel;
}

/** Index and preview of the first suggestion that needs no extra values (no ‹label› in its preview). */
export async function firstReady(panel: Locator): Promise<{ index: number; preview: string }> {
  const previews = await panel.locator('[data-soothe-reply] .soothe-reply-body').allTextContents();
  const index = previews.findIndex((p) => !p.includes('‹'));
  if (index < 0) throw new Error(`every suggestion needs extra values: ${previews.join(' | ')}`);
  return { index, preview: previews[index]! };
}

/** Keyboard only: arrows to the first ready suggestion, Enter to insert it. Returns its text. */
export async function insertFirstReady(page: Page, panel: Locator): Promise<string> {
  const { index, preview } = await firstReady(panel);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  return preview;
}
