/**
 * Driving Soothe's in-page panel like a user in Firefox (puppeteer over WebDriver BiDi): the same
 * driver as ./panel.ts, with the closed shadow root reached over BiDi (./soothe-ui.bidi.ts).
 */
import type { Page } from 'puppeteer-core';
import { openPanelIn } from './panel';
import { firefoxSootheUi } from './soothe-ui.bidi';
import type { UiLocator } from './soothe-ui';

export { insertFirstReady } from './panel';

/**
 * Open the panel from the Soothe button (of the composer matching `editor`, when given: the
 * button sits inside the editor's box) and wait for its suggestions, the first one focused.
 */
export async function openPanel(page: Page, editor?: string): Promise<UiLocator> {
  const box = editor ? await (await page.waitForSelector(editor))!.boundingBox() : null;
  return openPanelIn(firefoxSootheUi(page), box);
}
