/**
 * Driving Soothe's in-page panel like a user in Firefox (puppeteer over WebDriver BiDi): the
 * counterpart of ./panel.ts, on the same panel shape (./panel-shape.ts). The panel lives in an
 * open shadow root; `>>>` selectors reach into it.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { PANEL, readySuggestion } from './panel-shape';

const deep = (selector: string) => `>>> ${selector}`;

/**
 * The first element matching `selector` anywhere, shadow roots included, once there is one.
 * Polled: puppeteer's waitForSelector re-checks on mutations of the document only, so a change
 * inside a shadow root can go unseen until something else in the page moves.
 */
export async function waitForDeep(page: Page, selector: string, { timeout = 30_000 } = {}): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await page.$(deep(selector));
    if (found) return found;
    if (Date.now() > end) throw new Error(`no ${selector} on ${page.url()} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Open the panel from the Soothe button (of the composer matching `editor`, when given: the
 * button sits inside the editor's box) and wait for its suggestions, the first one focused.
 */
export async function openPanel(page: Page, editor?: string): Promise<ElementHandle<Element>> {
  await waitForDeep(page, PANEL.openButton);
  const buttons = await page.$$(deep(PANEL.openButton));
  let button = buttons[0]!;
  if (editor) {
    const box = (await (await page.waitForSelector(editor))!.boundingBox())!;
    for (const b of buttons) {
      const r = (await b.boundingBox())!;
      if (r.x >= box.x && r.x <= box.x + box.width && r.y >= box.y - r.height && r.y <= box.y + box.height) button = b;
    }
  }
  await button.click();
  const panel = await waitForDeep(page, PANEL.dialog);
  // Keyboard-first: keys pressed before the first suggestion has focus would go to the button.
  await waitForDeep(page, `${PANEL.suggestion}:focus`);
  return panel;
}

/** Keyboard only: arrows to the first ready suggestion, Enter to insert it. Returns its text. */
export async function insertFirstReady(page: Page, panel: ElementHandle<Element>): Promise<string> {
  const previews = await panel.$$eval(PANEL.suggestionBody, (els) => els.map((e) => e.textContent ?? ''));
  const { index, preview } = readySuggestion(previews);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const target = (await panel.$$(PANEL.suggestion))[index]!;
  await page.waitForFunction((el) => el.matches(':focus'), {}, target);
  await page.keyboard.press('Enter');
  return preview;
}
