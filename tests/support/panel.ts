/**
 * Driving Soothe's in-page panel like a user, for the end-to-end tests, in either browser: the UI
 * is reached through ./soothe-ui.ts (a closed shadow root; DevTools protocol in Chromium, WebDriver
 * BiDi in Firefox: ./soothe-ui.bidi.ts), keys go through the page's keyboard. What the panel looks
 * like to a test — its selectors and which suggestion is ready — is in ./panel-shape.ts.
 * The Playwright (Chromium) entry points are here; ./firefox-panel.ts has the puppeteer ones.
 */
import type { Locator, Page } from 'playwright-core';
import { defaultPacks } from '../../lib/library/store/library';
import { PANEL, readySuggestion, templateCategories } from './panel-shape';
import { SootheUi, type UiLocator } from './soothe-ui';

type Box = { x: number; y: number; width: number; height: number };
/** Playwright's and puppeteer's keyboards alike. */
export interface Keys {
  keyboard: { press(key: string): Promise<unknown>; down?(key: string): Promise<unknown>; up?(key: string): Promise<unknown> };
}

/** Shift+Tab on either keyboard (puppeteer's press takes no chords). */
async function shiftTab(page: Keys): Promise<void> {
  const { keyboard } = page;
  if (!keyboard.down || !keyboard.up) return void (await keyboard.press('Shift+Tab'));
  await keyboard.down('Shift');
  await keyboard.press('Tab');
  await keyboard.up('Shift');
}

/**
 * Open the panel from the Soothe button (of the composer `editor`, when given: the button sits
 * inside the editor's box) and wait for its suggestions.
 */
export async function openPanel(page: Page, editor?: Locator): Promise<UiLocator> {
  return openPanelIn(await SootheUi.of(page), editor ? await editor.boundingBox() : null);
}

/** openPanel on any transport: the Soothe button inside `editorBox` when given, else the first. */
export async function openPanelIn(ui: SootheUi, editorBox?: Box | null): Promise<UiLocator> {
  const buttons = ui.locator(PANEL.openButton);
  await buttons.first().waitFor();
  let button = buttons.first();
  if (editorBox) {
    const box = editorBox;
    for (let i = 0, n = await buttons.count(); i < n; i++) {
      const r = (await buttons.nth(i).boundingBox())!;
      if (r.x >= box.x && r.x <= box.x + box.width && r.y >= box.y - r.height && r.y <= box.y + box.height) button = buttons.nth(i);
    }
  }
  await button.click();
  const panel = ui.panel();
  await panel.locator(PANEL.suggestion).first().waitFor();
  // Keyboard-first: the first suggestion takes focus once rendered; keys pressed before that would
  // go to whatever had focus (the Soothe button), so wait for it as a user would see it.
  await panel.locator(`${PANEL.suggestion}:focus`).waitFor();
  return panel;
}

/** Index and preview of the first suggestion that inserts without asking for values (no data-asks). */
export async function firstReady(panel: UiLocator): Promise<{ index: number; preview: string }> {
  const previews = await panel.locator(PANEL.suggestionBody).allTextContents();
  return readySuggestion(previews, await panel.locator(PANEL.suggestion).evaluateAll((els) => els.map((el) => el.hasAttribute('data-asks'))));
}

/** Keyboard only: arrows to the first ready suggestion, Enter to insert it. Returns its text. */
export async function insertFirstReady(page: Keys, panel: UiLocator): Promise<string> {
  const { index, preview } = await firstReady(panel);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await panel.locator(PANEL.suggestion).nth(index).matching(':focus').waitFor();
  await page.keyboard.press('Enter');
  return preview;
}

/**
 * Keyboard only: Shift+Tab back from the focused reply to the category chip, Enter opens its menu,
 * arrows to `pick(options)`'s choice, Enter chooses it. Returns the categories the menu listed, in order.
 */
export async function chooseCategoryByKeyboard(page: Keys, panel: UiLocator, pick: (options: string[]) => string): Promise<{ options: string[]; chosen: string }> {
  const chip = panel.locator(PANEL.category);
  for (let i = 0; !(await chip.matching(':focus').count()); i++) {
    if (i === 8) throw new Error('Shift+Tab never reached the category chip');
    await shiftTab(page);
  }
  await page.keyboard.press('Enter');
  const items = panel.locator(PANEL.categoryItem);
  await items.first().waitFor();
  const options = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-soothe-category') ?? ''));
  const chosen = pick(options);
  // The menu opens on the current category; ↓ wraps around.
  const current = await items.evaluateAll((els) => els.findIndex((el) => el.getAttribute('aria-checked') === 'true'));
  await items.nth(Math.max(0, current)).matching(':focus').waitFor();
  for (let i = Math.max(0, current); options[i] !== chosen; i = (i + 1) % options.length) await page.keyboard.press('ArrowDown');
  await items.nth(options.indexOf(chosen)).matching(':focus').waitFor();
  await page.keyboard.press('Enter');
  return { options, chosen };
}

/** What the panel showed around a category correction (correctCategory). */
export interface CategoryCorrectionSeen {
  /** Triage's category, from the chip before the correction. */
  guessed: string;
  /** The first suggestion's category before, and after (once it equals `chosen`, or after 10 s). */
  before: string | undefined;
  after: string | undefined;
  options: string[];
  chosen: string;
  /** The chip's category and `data-edited` after. */
  chip: string | null;
  edited: string | null;
}

/**
 * Correct triage's category by keyboard to another one that `lang`'s default pack has templates for
 * (chooseCategoryByKeyboard), and report what the panel showed before and after, for the end-to-end
 * tests of both browsers to assert on. Categories are read from the default packs, never hard-coded.
 */
export async function correctCategory(page: Keys, panel: UiLocator, lang: 'en' | 'pl' | 'el'): Promise<CategoryCorrectionSeen> {
  const packs = defaultPacks();
  const categoryOf = templateCategories(packs);
  const chip = panel.locator(PANEL.category);
  const first = panel.locator(PANEL.suggestion).first();
  const firstCategory = async () => categoryOf(await first.getAttribute('data-pack'), await first.getAttribute('data-soothe-reply'));
  const guessed = (await chip.getAttribute('data-category')) ?? '';
  const before = await firstCategory();
  const inPack = new Set<string>(packs.find((p) => p.languages.includes(lang))!.templates.map((t) => t.category));
  const { options, chosen } = await chooseCategoryByKeyboard(page, panel, (list) => list.find((c) => c !== guessed && inPack.has(c))!);
  let after = await firstCategory();
  for (const deadline = Date.now() + 10_000; after !== chosen && Date.now() < deadline; after = await firstCategory()) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return { guessed, before, after, options, chosen, chip: await chip.getAttribute('data-category'), edited: await chip.getAttribute('data-edited') };
}

/**
 * What is wrong with what the panel showed around a correction (none: it re-ranked as it should): before,
 * the first suggestion is of triage's category; the menu lists the seven real categories, triage's pick first;
 * after, the first suggestion and the chip follow the chosen category and the chip says it was edited.
 */
export function correctionProblems(seen: CategoryCorrectionSeen): string[] {
  const problems: string[] = [];
  if (seen.before !== seen.guessed) problems.push(`before: the first suggestion is ${seen.before}, triage said ${seen.guessed}`);
  if (seen.options.length !== 7 || seen.options.includes('other')) problems.push(`the menu listed ${seen.options.join(', ')}`);
  if (seen.options[0] !== seen.guessed) problems.push(`the menu starts with ${seen.options[0]}, not triage's ${seen.guessed}`);
  if (seen.after !== seen.chosen) problems.push(`after: the first suggestion is ${seen.after}, the manager chose ${seen.chosen}`);
  if (seen.chip !== seen.chosen || seen.edited !== 'true') problems.push(`after: the chip says ${seen.chip} (edited: ${seen.edited})`);
  return problems;
}
