/**
 * `npm run demo`: the built extension in Chromium on local copies of X and Facebook complaint
 * threads (English, Polish, Greek), served at their real addresses.
 * With a display: opens a browser window with every thread in a tab, for you to try.
 * Without one (or with --headless): tells the story like a user — sets Soothe up through the
 * welcome page that opened on install, answers a complaint on each thread (English, Polish, Greek)
 * with the panel's fill-in form and the site's own Reply button, and ends on the popup with the real
 * numbers — saving screenshots under demo-output/ and printing what happened. `--docs` also writes
 * the README's screenshots (docs/screenshots/panel.png, popup.png) from this build.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FB_ORIGIN, serveTestSites, X_ORIGIN } from '../tests/pages/serve';
import { FACEBOOK_POSTS, X_THREADS, type DemoThread } from '../tests/pages/threads';
import { launchWithExtension } from '../tests/support/browser';
import { readEvents } from '../tests/support/extension-db';
import { SootheUi } from '../tests/support/soothe-ui';
import { draftWithPanel, setUpThroughWelcome, welcomeTabOpenedOnInstall } from './demo-story';
import { PROJECT_ROOT } from './support/shared-data';

/** Waits until no new `seen` event has been logged for 1.5 s (at most 8 s). */
async function seenSettled(worker: Parameters<typeof readEvents>[0]): Promise<void> {
  const count = async () => (await readEvents(worker)).filter((e) => e.type === 'seen').length;
  const deadline = Date.now() + 8_000;
  let last = await count();
  let stableSince = Date.now();
  while (Date.now() < deadline && Date.now() - stableSince < 1_500) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await count();
    if (now !== last) (last = now), (stableSince = Date.now());
  }
}

const OUT = join(PROJECT_ROOT, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
/** `npm run demo -- --docs`: also write the README's screenshots of the panel and the popup from this build. */
const DOCS = process.argv.includes('--docs');
const DOCS_SHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');

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
  const browser = await launchWithExtension({ headless: true, welcome: 'keep' });
  await serveTestSites(browser.ctx);
  console.log(`Soothe ${browser.extensionId} loaded in headless Chromium. Screenshots go to demo-output/.\n`);

  // 1. Installing opened the welcome page: that is where Soothe is set up (never by writing storage).
  const welcome = await welcomeTabOpenedOnInstall(browser.ctx);
  if (!welcome) throw new Error('Installing Soothe opened no welcome page.');
  await welcome.setViewportSize({ width: 1000, height: 1300 });
  await welcome.locator('#w-brand').waitFor({ timeout: 10_000 });
  await welcome.screenshot({ path: join(OUT, 'welcome.png'), fullPage: true });
  console.log('Welcome page opened on install: brand, you, private channels, languages, targets, one Save.\n');

  // 2. Answer a complaint per thread: set up as its brand's manager, fill-in form, the site's own Reply button.
  let failures = 0;
  let sent = 0;
  for (const { site, url, thread, editor, submit } of pages) {
    const page = await browser.ctx.newPage();
    const name = slug(thread, site);
    try {
      await setUpThroughWelcome(welcome, browser.extensionId, thread, site as 'X' | 'Facebook');
      await page.goto(url);
      if (site === 'Facebook') await page.locator('.comment-wrap').first().getByRole('button', { name: 'Reply' }).click();
      const box = page.locator(editor);
      await box.waitFor({ timeout: 10_000 });
      await (await SootheUi.of(page)).locator('[data-soothe="open-panel"]').first().waitFor({ timeout: 10_000 });
      const readEditor = () => page.evaluate((sel) => window.__testEditors?.textOf(sel) ?? '', editor);
      const sentBefore = (await readEvents(browser.worker)).filter((e) => e.type === 'reply_sent').length;
      const { panel, title, usedForm, text, checklist } = await draftWithPanel(page, box, thread.lang, readEditor);
      const chips = (await panel.locator('[data-soothe="triage"] .soothe-chip').allTextContents()).join(' · ');
      const queue = await panel.locator('[data-soothe="queue"] summary').textContent();
      const enabled = await submitEnabled(page, submit);
      await page.screenshot({ path: join(OUT, `${name}-1-drafted.png`) });
      if (DOCS && name === 'x-en') await page.screenshot({ path: join(DOCS_SHOTS, 'panel.png') }); // the README's panel
      // A real click on the site's own Reply button: the site sends, Soothe notices and logs it.
      await page.locator(submit).first().click();
      await panel.locator('[data-soothe="sent"]').waitFor({ timeout: 10_000 });
      const confirmation = (await panel.locator('[data-soothe="sent"]').textContent())?.trim().replace(/\.(?=\S)/g, '. ');
      const logged = (await readEvents(browser.worker)).filter((e) => e.type === 'reply_sent').length > sentBefore;
      await page.screenshot({ path: join(OUT, `${name}-2-sent.png`) });
      console.log(`${site.padEnd(8)} ${thread.title}`);
      console.log(`  triage: ${chips}`);
      console.log(`  ${queue}`);
      console.log(`  "${title}"${usedForm.length ? `, filled in: ${usedForm.join(', ')}` : ''} → ${text.length} characters in the site's own editor`);
      console.log(`  checklist of the draft: ${checklist}`);
      console.log(`  the site's Reply button: ${enabled ? 'enabled' : 'DISABLED'}, clicked → ${confirmation ?? '?'} (${logged ? 'logged' : 'NOT logged'})\n`);
      if (!enabled || !logged) failures++;
      else sent++;
    } catch (err) {
      failures++;
      await page.screenshot({ path: join(OUT, `${name}-error.png`) }).catch(() => {});
      console.log(`${site.padEnd(8)} ${thread.title}\n  FAILED: ${(err as Error).message.split('\n')[0]}\n`);
    }
    // Soothe logs the complaints on screen as seen once the page has been still for a second; leaving sooner would
    // make the popup's "answered of seen" depend on how fast this machine is.
    await seenSettled(browser.worker);
    await page.close();
  }

  // 3. The popup, at its real size, with the real numbers of what was just done.
  const popup = await browser.ctx.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByTestId('answered').waitFor({ timeout: 10_000 });
  const read = async (id: string) => ((await popup.getByTestId(id).first().textContent()) ?? '').trim();
  const answered = Number(await read('answered'));
  const seen = Number(await read('seen'));
  const waiting = await popup.getByTestId('unanswered-item').count();
  const height = await popup.evaluate(() => Math.round(document.querySelector('main')!.getBoundingClientRect().height));
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`Popup: ${answered} of ${seen} complaints answered (${await read('response-rate')}), first response ${await read('frt-median')} median; ${waiting} still waiting, listed by name.`);
  console.log(`Popup: ${height} px tall at 360 px wide, details folded (Chrome shows at most 600 px before scrolling).`);
  if (DOCS) await popup.screenshot({ path: join(DOCS_SHOTS, 'popup.png') }); // the README's popup
  console.log(`Screenshots: ${OUT}`);
  await browser.close();
  if (failures || sent !== pages.length || answered === 0) process.exitCode = 1;
}

async function interactive(): Promise<void> {
  const browser = await launchWithExtension({ headless: false, welcome: 'keep' });
  await serveTestSites(browser.ctx);
  for (const { url } of pages) await (await browser.ctx.newPage()).goto(url);
  await (await browser.ctx.newPage()).goto(`chrome-extension://${browser.extensionId}/popup.html`);
  console.log('Chromium is open with Soothe on local copies of X and Facebook threads (one tab each), and its welcome page:');
  console.log('set your brand there (e.g. Parcelly, @parcelly for the first X thread) and press Save.');
  console.log('Click the green S beside a reply box. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => browser.ctx.on('close', () => resolve()));
  await browser.close();
}

await (headless ? walkThrough() : interactive());
