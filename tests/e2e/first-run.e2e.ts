/**
 * First run and the popup's first screen, in real Chromium with the built extension (issue 14):
 * installing opens the welcome page; one Save there sets the brand, the user, channels, languages
 * and targets — the same profile and log settings the options page shows; the panel on a thread
 * then lists the brand's complaints and speaks the chosen "Language of Soothe", as do the popup and
 * the options page. The popup, at its real size, shows the headline and the unanswered complaints
 * (who, what, how long, link) without scrolling, in words rather than raw keys.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { SootheUi } from '../support/soothe-ui';
import { PANEL } from '../support/panel-shape';

let b: ExtensionBrowser;
afterAll(async () => {
  await b?.close();
});

/** Chrome's popup is at most 800×600; Soothe's is 360 wide. */
const POPUP = { width: 360, height: 600 };
const thread = X_THREADS[0]!; // Parcelly: Marta and Tom complain

async function welcomeTab(): Promise<Page> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const page = b.ctx.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no welcome page opened on install; tabs: ${b.ctx.pages().map((p) => p.url()).join(', ')}`);
}

describe('first run (issue 14)', () => {
  it('opens the welcome page on install; one Save sets brand and language for the panel, popup and options', async () => {
    b = await launchWithExtension({ welcome: 'keep' });
    await serveTestSites(b.ctx);
    const welcome = await welcomeTab();
    await welcome.locator('#w-brand').waitFor({ timeout: 10_000 });
    expect(await welcome.locator('button[type="submit"]').count()).toBe(1); // one Save

    // The popup's empty state points to the same page.
    const popup = await b.ctx.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const setup = popup.getByTestId('setup-link');
    await setup.waitFor({ timeout: 10_000 });
    expect(await setup.getAttribute('href')).toBe(`chrome-extension://${b.extensionId}/welcome.html`);
    const [fromPopup] = await Promise.all([b.ctx.waitForEvent('page'), setup.click()]);
    await fromPopup.waitForURL(/\/welcome\.html$/);
    await fromPopup.close();
    await popup.close();

    // Fill in as a new community manager would, choosing Polish for Soothe itself.
    await welcome.locator('#w-brand').fill(thread.brand.name);
    await welcome.locator('#w-hx').fill(`@${thread.brand.handle}`);
    await welcome.locator('#w-name').fill('Alex');
    await welcome.locator('#w-signature').fill(`Alex, ${thread.brand.name} Care`);
    await welcome.locator('#w-dm').fill('https://x.com/messages/compose?recipient_id=42');
    await welcome.locator('#w-ui').selectOption('pl');
    await welcome.locator('#w-sla').fill('30, 120');
    await welcome.locator('#w-rate').fill('80');
    // The page itself switched to Polish as soon as it was chosen.
    expect(await welcome.locator('h1').textContent()).toBe('Witaj w Soothe');
    await welcome.locator('button[type="submit"]').click();
    await expect.poll(() => welcome.getByTestId('welcome-status').textContent(), { timeout: 10_000 }).toMatch(/^Zapisano\./);

    // The options page shows what was entered, in Polish: one profile, one set of targets.
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('tab', { name: 'Ustawienia' }).click();
    expect(await options.locator('#p-brand').inputValue()).toBe(thread.brand.name);
    expect(await options.locator('#p-hx').inputValue()).toBe(thread.brand.handle);
    expect(await options.locator('#p-signature').inputValue()).toBe(`Alex, ${thread.brand.name} Care`);
    await options.locator('#l-sla').waitFor();
    expect(await options.locator('#l-sla').inputValue()).toBe('30, 120');
    expect(await options.locator('#l-rate').inputValue()).toBe('80');
    await options.close();

    // The panel on the brand's thread: the brand's complaints queued, in Polish.
    const page = await b.ctx.newPage();
    await page.goto(X_ORIGIN + thread.path);
    const ui = await SootheUi.of(page);
    await ui.locator(PANEL.openButton).first().waitFor();
    await ui.locator(PANEL.openButton).first().click();
    const panel = ui.locator('[role="dialog"][aria-label="Odpowiedzi Soothe"]');
    await panel.locator(PANEL.suggestion).first().waitFor({ timeout: 15_000 });
    const queue = panel.locator('[data-soothe="queue"]');
    await queue.locator(`li[data-post-id="${thread.posts[1]!.id}"]`).waitFor({ timeout: 10_000 });
    expect(await queue.locator('summary').textContent()).toMatch(/^Skargi na tej stronie/);
    expect(await panel.locator('[data-soothe="queue-needs-brand"]').count()).toBe(0);

    // Seen on screen: Marta's and Tom's complaints are logged as the brand's.
    await expect
      .poll(async () => (await readEvents(b.worker)).filter((e) => e.type === 'seen').map((e) => e.postId).sort(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([thread.posts[0]!.id, thread.posts[1]!.id]));
    await page.close();
  });

  it('the popup answers in one screen: headline and unanswered complaints with who, what, wait and link, no raw keys', async () => {
    const popup = await b.ctx.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.getByTestId('unanswered-item').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('h1').textContent()).toBe('Soothe · Twoje wyniki'); // the chosen language, here too

    const inView = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      expect(box, 'shown').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(POPUP.height);
      expect(await locator.isVisible()).toBe(true);
    };
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    await inView(popup.getByTestId('response-rate'));
    await inView(popup.getByTestId('seen'));
    const marta = popup.getByTestId('unanswered-item').filter({ hasText: thread.posts[0]!.name });
    await inView(marta.getByTestId('unanswered-name'));
    expect(await marta.getByTestId('unanswered-name').textContent()).toBe(thread.posts[0]!.name);
    await inView(marta.getByTestId('unanswered-text'));
    expect(await marta.getByTestId('unanswered-text').textContent()).toBe(thread.posts[0]!.text);
    await inView(marta.getByTestId('unanswered-wait'));
    expect(await marta.getByTestId('unanswered-wait').textContent()).toMatch(/^czeka 1 godz\. \d+ min$/); // Marta posted 95 min before the page was served
    await inView(marta.getByTestId('unanswered-link'));
    expect(await marta.getByTestId('unanswered-link').getAttribute('href')).toContain(thread.posts[0]!.id);
    // Tom's too (both fit).
    await inView(popup.getByTestId('unanswered-item').filter({ hasText: thread.posts[1]!.name }).getByTestId('unanswered-wait'));

    // Words, not keys: no severity or category keys, no template ids, anywhere in the popup (folded parts included).
    for (const d of await popup.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    const all = (await popup.locator('main').textContent()) ?? '';
    expect(all).not.toMatch(/no_reproach|disapproval|accusation|\bblame\b|\bdelivery\b|\bbilling\b|[a-z]+\.[a-z]+-[a-z-]+/);
    // Severity words are explained.
    expect(await popup.getByTestId('severity-help').textContent()).toMatch(/Co znaczą stopnie powagi/);
    await popup.close();
  });
});
