/**
 * Editor insertion, per editor and per strategy, in real Chromium against the real editors (draft-js
 * as on X, lexical as on Facebook, a React-controlled textarea as in X's narrow layout). Asserts the
 * editors' own state: multi-line text and emoji kept, the text written once, the draft kept, undo.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

const LAB = '/insert-lab/status/1';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Insertion lab</title></head><body>
<section id="draft"><div data-mount="draft-composer" data-layout="inline"></div></section>
<section id="lexical"><form><div data-mount="lexical-composer" data-label="Write a comment…"></div></form></section>
<section id="narrow"><div data-mount="draft-composer" data-layout="narrow"></div></section>
<script src="/__soothe_test__/draft-composer.js"></script>
<script src="/__soothe_test__/lexical-composer.js"></script>
<script src="/__soothe_test__/insert-harness.js"></script>
</body></html>`;

const EDITORS = {
  draft: { selector: '#draft [data-testid="tweetTextarea_0"]' },
  narrow: { selector: '#narrow textarea' },
  lexical: { selector: '#lexical [data-lexical-editor="true"]' },
} as const;
type Editor = keyof typeof EDITORS;

const REPLY = 'I’m so sorry 😞 that your order is late.\nWe’ll ship a replacement today 👍\nPlease DM us your details.';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveTestSites(browser.ctx, { [LAB]: PAGE });
});
afterAll(async () => browser?.close());

async function lab(): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(X_ORIGIN + LAB);
  await page.waitForFunction(() => window.__testEditors?.count() === 3 && typeof window.__sootheInsert === 'function');
  return page;
}

const stateText = (page: Page, editor: Editor) => page.evaluate((sel) => window.__testEditors!.textOf(sel), EDITORS[editor].selector);
const insert = (page: Page, editor: Editor, text: string, only?: string[]) =>
  page.evaluate(([sel, t, o]) => window.__sootheInsert(sel as string, t as string, o as string[] | undefined), [EDITORS[editor].selector, text, only] as const);

describe.each(Object.keys(EDITORS) as Editor[])('%s editor', (editor) => {
  it('takes a multi-line reply with emoji, once, into its own state', async () => {
    const page = await lab();
    const result = await insert(page, editor, REPLY);
    expect(result.ok).toBe(true);
    expect(await stateText(page, editor)).toBe(REPLY);
    await page.close();
  });

  it('inserts at the caret and keeps the draft around it', async () => {
    const page = await lab();
    await page.locator(EDITORS[editor].selector).click();
    await page.keyboard.type('Hi Ann, thanks.');
    for (let i = 0; i < ' thanks.'.length; i++) await page.keyboard.press('ArrowLeft');
    await insert(page, editor, ' sorry about the wait,');
    await expect.poll(() => stateText(page, editor)).toBe('Hi Ann, sorry about the wait, thanks.');
    await page.close();
  });

  it('lets the editor\u2019s own undo take the insertion back', async () => {
    const page = await lab();
    await page.locator(EDITORS[editor].selector).click();
    await page.keyboard.type('Draft ');
    await page.waitForTimeout(400); // past Lexical's history merge window
    await insert(page, editor, 'inserted reply');
    await expect.poll(() => stateText(page, editor)).toBe('Draft inserted reply');
    await page.locator(EDITORS[editor].selector).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => stateText(page, editor)).toBe('Draft ');
    await page.close();
  });
});

describe('strategies one by one', () => {
  // Which strategy lands in which editor: documents why the order is textarea, paste, execCommand, beforeinput.
  // 'dom-only': the text shows in the page but the editor's state never takes it — a send would go
  // out empty. execCommand into an empty Draft.js editor does this; it is why paste comes first,
  // and why the panel also checks that the site's Reply button came on (lib/content/case/session.ts).
  const expected: Record<Editor, Record<string, 'works' | 'dom-only'>> = {
    draft: { paste: 'works', execCommand: 'dom-only' },
    lexical: { paste: 'works', execCommand: 'works', beforeinput: 'works' },
    narrow: { execCommand: 'works', textarea: 'works' },
  };
  for (const editor of Object.keys(EDITORS) as Editor[]) {
    for (const [strategy, outcome] of Object.entries(expected[editor])) {
      it(`${strategy} in ${editor}: ${outcome}, never written twice`, async () => {
        const page = await lab();
        const result = await insert(page, editor, 'One line only', [strategy]);
        expect(result.ok).toBe(true);
        if (outcome === 'works') await expect.poll(() => stateText(page, editor)).toBe('One line only');
        else {
          await page.waitForTimeout(300);
          expect(await stateText(page, editor)).toBe('');
        }
        await page.close();
      });
    }
  }
});
