/**
 * First run in real Firefox ESR with the Firefox build (issue 14's welcome page, checked in the
 * second browser too): installing opens the welcome page; typing the brand and the user into it and
 * pressing Enter saves the profile — what the options page then shows and what the panel uses to
 * pick out the brand's complaints. Extension pages are reached over raw BiDi (tests/support/firefox.ts);
 * keys are real key presses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_ORIGIN } from '../../pages/serve';
import { X_THREADS } from '../../pages/threads';
import { KEYS, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../support/firefox';
import { openPanel } from '../../support/firefox-panel';
import { PANEL } from '../../support/panel-shape';
import { firefoxSootheUi } from '../../support/soothe-ui.bidi';

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({ welcome: 'keep' });
});
afterAll(async () => firefox?.close());

const thread = X_THREADS[0]!; // Parcelly: Marta and Tom complain

describe('Firefox: first run', () => {
  it('opens the welcome page on install; typing the brand and Enter saves it for the options page and the panel', async () => {
    await expect.poll(async () => (await firefox.tabs()).map((t) => t.url()), { timeout: 20_000 }).toContain(`moz-extension://${firefox.uuid}/welcome.html`);

    const welcome = await firefox.openExtensionPage('welcome.html');
    await welcome.waitFor(() => !!document.querySelector('#w-brand'));
    expect(await welcome.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toBe('Welcome to Soothe');
    await welcome.type('#w-brand', thread.brand.name);
    await welcome.type('#w-hx', `@${thread.brand.handle}`);
    await welcome.type('#w-name', 'Alex');
    await welcome.type('#w-signature', `Alex, ${thread.brand.name} Care`);
    await welcome.press(KEYS.enter); // a form's Enter submits it: "Save and start"
    const status = await welcome.waitFor(() => {
      const text = document.querySelector('[data-testid="welcome-status"]')?.textContent ?? '';
      return text.startsWith('Saved.') ? text : null;
    });
    expect(status).toMatch(/^Saved\./);
    await welcome.close();

    // The options page shows the same profile (one form, one Save).
    const options = await firefox.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('#tab-settings'));
    await options.focus('#tab-settings');
    await options.press(KEYS.enter);
    const shown = await options.waitFor(() => {
      const value = (id: string) => (document.querySelector(`#${id}`) as HTMLInputElement | null)?.value ?? null;
      return value('p-brand') === null ? null : { brand: value('p-brand'), handle: value('p-hx'), signature: value('p-signature') };
    });
    expect(shown).toEqual({ brand: thread.brand.name, handle: thread.brand.handle, signature: `Alex, ${thread.brand.name} Care` });
    await options.close();

    // The panel on the brand's thread queues its complaints: the brand set on the welcome page is used.
    const page = await firefox.openSite(X_ORIGIN + thread.path);
    const panel = await openPanel(page);
    await panel.locator(`[data-soothe="queue"] li[data-post-id="${thread.posts[1]!.id}"]`).waitFor();
    expect(await panel.locator('[data-soothe="queue-needs-brand"]').count()).toBe(0);
    expect(await firefoxSootheUi(page).locator(PANEL.complaint).textContent()).toBe('Complaint');
    await page.close();
  });
});
