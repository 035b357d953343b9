/**
 * The demo's story, step by step, as a user does it (scripts/demo.ts runs it): set Soothe up through
 * the welcome page, answer a complaint with the panel's fill-in form and the site's own Reply
 * button, then read the popup. Shared by the headless walk-through; nothing here writes storage.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { DemoThread } from '../tests/pages/threads';
import { openPanel } from '../tests/support/panel';
import type { UiLocator } from '../tests/support/soothe-ui';

/** The tab the extension opened on install (its welcome page), or null when none came within `ms`. */
export async function welcomeTabOpenedOnInstall(ctx: BrowserContext, ms = 20_000): Promise<Page | null> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const page = ctx.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** Fill the welcome page as this thread's brand's community manager and press its one Save. */
export async function setUpThroughWelcome(welcome: Page, extensionId: string, thread: DemoThread, site: 'X' | 'Facebook'): Promise<void> {
  if (!welcome.url().endsWith('/welcome.html')) await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  else await welcome.reload();
  await welcome.locator('#w-brand').waitFor({ timeout: 10_000 });
  await welcome.locator('#w-brand').fill(thread.brand.name);
  await welcome.locator('#w-hx').fill(site === 'X' ? `@${thread.brand.handle}` : '');
  await welcome.locator('#w-hfb').fill(site === 'Facebook' ? thread.brand.handle : '');
  await welcome.locator('#w-name').fill('Alex');
  await welcome.locator('#w-signature').fill(`Alex, ${thread.brand.name} Care`);
  await welcome.locator('#w-dm').fill(`https://x.com/messages/compose?recipient_id=${thread.brand.handle}`);
  await welcome.locator('#w-phone').fill('+44 20 7946 0000');
  await welcome.locator('button[type="submit"]').click();
  const status = welcome.getByTestId('welcome-status');
  await welcome.waitForFunction(() => (document.querySelector('[data-testid="welcome-status"]')?.textContent ?? '').trim().length > 0, null, { timeout: 10_000 });
  if ((await status.getAttribute('class'))?.includes('error')) throw new Error(`the welcome page refused: ${await status.textContent()}`);
}

/** Values a manager types into the fill-in form, per language (the customer's name comes from the post when it can). */
const FORM_VALUES: Record<DemoThread['lang'], Record<string, string>> = {
  en: { customer_name: 'Marta', eta: 'by Friday noon', case_ref: 'PX-1042' },
  pl: { customer_name: 'Kasiu', eta: 'do piątku', case_ref: 'BK-2231' },
  el: { customer_name: 'Ελένη', eta: 'αύριο 9–12', case_ref: 'NL-553' },
};

export interface Answered {
  title: string;
  usedForm: string[];
  text: string;
  checklist: string;
}

/**
 * Open the panel on `box`, take the top-ranked reply by keyboard and, when it asks for a value of
 * this case (an ETA, a case reference), fill the form; the reply is then in the site's own editor, unsent.
 */
export async function draftWithPanel(page: Page, box: ReturnType<Page['locator']>, lang: DemoThread['lang'], readEditor: () => Promise<string>): Promise<Answered & { panel: UiLocator }> {
  const panel = await openPanel(page, box);
  // The top-ranked reply, as a manager would take it; when it needs a value of this case, the form asks.
  const top = panel.locator('[data-soothe-reply]').first();
  const title = ((await top.locator('.soothe-reply-title').textContent()) ?? '').trim();
  const asks = (await top.getAttribute('data-asks')) !== null;
  const usedForm: string[] = [];
  await page.keyboard.press('Enter'); // the first suggestion has focus: Enter takes it
  const form = panel.locator('[data-soothe="variables"]');
  if (asks) {
    await form.waitFor();
    const names = await form.locator('input').evaluateAll((els) => els.map((e) => e.getAttribute('name') ?? ''));
    for (const name of names) {
      const value = FORM_VALUES[lang][name];
      if (!value) continue;
      await form.locator(`input[name="${name}"]`).click();
      await page.keyboard.type(value);
      usedForm.push(`${name}=${value}`);
    }
    await page.keyboard.press('Enter');
  }
  const deadline = Date.now() + 5_000;
  while (!(await readEditor()).trim() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await panel.locator('[data-check="apology"]').waitFor();
  const checklist = (await panel.locator('[data-check]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-ok') === 'true' ? '✓' : '✗'} ${e.getAttribute('data-check')}`))).join(', ');
  return { panel, title, usedForm, text: await readEditor(), checklist };
}
