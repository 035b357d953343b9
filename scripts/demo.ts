/**
 * `npm run demo`: the built extension in Chromium on local copies of X and Facebook complaint
 * threads (English, Polish, Greek), served at their real addresses.
 * With a display: opens a browser window with every thread in a tab, for you to try.
 * Without one (or with --headless): walks through each thread like a user, saves screenshots
 * under demo-output/ and prints what the extension did.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FB_ORIGIN, serveTestSites, X_ORIGIN } from '../tests/pages/serve';
import { FACEBOOK_POSTS, X_THREADS, type DemoThread } from '../tests/pages/threads';
import { launchWithExtension } from '../tests/support/browser';
import { firstReady, insertFirstReady, openPanel } from '../tests/support/panel';
import { SootheUi } from '../tests/support/soothe-ui';
import { actAsBrand } from '../tests/support/profile';
import { PROJECT_ROOT } from './support/shared-data';

const OUT = join(PROJECT_ROOT, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const pages = [
  // On X, the inline reply box under the complaint; on Facebook, the reply box under the first
  // complaint comment (opened with its Reply button), as a community manager would answer it.
  ...X_THREADS.map((t) => ({ site: 'X', url: X_ORIGIN + t.path, thread: t, editor: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]' })),
  ...FACEBOOK_POSTS.map((t) => ({ site: 'Facebook', url: FB_ORIGIN + t.path, thread: t, editor: '.replies [data-lexical-editor="true"]', submit: '.replies form [role="button"]' })),
];

const slug = (t: DemoThread, site: string) => `${site.toLowerCase()}-${t.lang}`;

async function submitEnabled(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true');
}

async function walkThrough(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const browser = await launchWithExtension({ headless: true });
  await serveTestSites(browser.ctx);
  console.log(`Soothe ${browser.extensionId} loaded in headless Chromium. Screenshots go to demo-output/.\n`);
  let failures = 0;
  for (const { site, url, thread, editor, submit } of pages) {
    const page = await browser.ctx.newPage();
    const name = slug(thread, site);
    try {
      await actAsBrand(browser.worker, thread, site);
      await page.goto(url);
      if (site === 'Facebook') await page.locator('.comment-wrap').first().getByRole('button', { name: 'Reply' }).click();
      const box = page.locator(editor);
      await box.waitFor({ timeout: 10_000 });
      await (await SootheUi.of(page)).locator('[data-soothe="open-panel"]').first().waitFor({ timeout: 10_000 });
      const before = await submitEnabled(page, submit);
      const panel = await openPanel(page, box);
      const chips = (await panel.locator('[data-soothe="triage"] .soothe-chip').allTextContents()).join(' · ');
      const clock = (await panel.locator('[data-soothe="clock"] > span').allTextContents()).join(' · ');
      const queue = await panel.locator('[data-soothe="queue"] summary').textContent();
      const { index } = await firstReady(panel);
      const title = (await panel.locator('[data-soothe-reply] .soothe-reply-title').nth(index).textContent())?.trim();
      await page.screenshot({ path: join(OUT, `${name}-1-panel.png`) });
      await insertFirstReady(page, panel); // by keyboard: arrows and Enter
      await page.waitForFunction((sel) => (window.__testEditors?.textOf(sel) ?? '').trim().length > 0, editor, { timeout: 5_000 });
      await panel.locator('[data-check="apology"]').waitFor();
      const checklist = (await panel.locator('[data-check]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-ok') === 'true' ? '✓' : '✗'} ${e.getAttribute('data-check')}`))).join(', ');
      const inserted = await page.evaluate((sel) => window.__testEditors?.textOf(sel) ?? '', editor);
      const after = await submitEnabled(page, submit);
      await page.screenshot({ path: join(OUT, `${name}-2-inserted.png`) });
      console.log(`${site.padEnd(8)} ${thread.title}`);
      console.log(`  triage: ${chips}; ${clock}`);
      console.log(`  ${queue}`);
      console.log(`  inserted "${title}" (${inserted.length} characters) into the site's own editor`);
      console.log(`  checklist of the draft: ${checklist}`);
      console.log(`  the site's ${site === 'X' ? 'Reply' : 'reply'} button: ${before ? 'enabled' : 'disabled'} before, ${after ? 'enabled' : 'DISABLED'} after\n`);
      if (!after) failures++;
    } catch (err) {
      failures++;
      await page.screenshot({ path: join(OUT, `${name}-error.png`) }).catch(() => {});
      console.log(`${site.padEnd(8)} ${thread.title}\n  FAILED: ${(err as Error).message.split('\n')[0]}\n`);
    }
    await page.close();
  }
  const popup = await browser.ctx.newPage();
  await popup.setViewportSize({ width: 340, height: 420 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const count = await popup.getByTestId('insertions').textContent({ timeout: 10_000 }).catch(() => null);
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`Popup: ${count ?? '?'} replies inserted, read back from the extension's IndexedDB.`);
  console.log(`Screenshots: ${OUT}`);
  await browser.close();
  if (failures || count !== String(pages.length)) process.exitCode = 1;
}

async function interactive(): Promise<void> {
  const browser = await launchWithExtension({ headless: false });
  await serveTestSites(browser.ctx);
  for (const { url } of pages) await (await browser.ctx.newPage()).goto(url);
  await (await browser.ctx.newPage()).goto(`chrome-extension://${browser.extensionId}/popup.html`);
  console.log('Chromium is open with Soothe on local copies of X and Facebook threads (one tab each).');
  console.log('Click the green S beside a reply box. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => browser.ctx.on('close', () => resolve()));
  await browser.close();
}

await (headless ? walkThrough() : interactive());
