/**
 * Put a reply into a site's editor so the editor's own state accepts it.
 * Strategies are tried in order, one attempt each, and each is verified before moving on.
 */
import { beforeInputStrategy } from './before-input';
import { execCommandStrategy } from './exec-command';
import { pasteStrategy } from './paste';
import type { InsertStrategy } from './strategy';
import { textareaStrategy } from './textarea';

/**
 * Tried in this order. Paste first for rich editors (Draft.js and Lexical both turn its newlines
 * into their own blocks); execCommand next, and first for plain text fields, because the browser
 * records it for undo; setting a text field's value is the last resort (not undoable).
 */
export const STRATEGIES: readonly InsertStrategy[] = [
  pasteStrategy,
  execCommandStrategy,
  beforeInputStrategy,
  textareaStrategy,
];

export interface InsertResult {
  ok: boolean;
  /** The strategy that worked, or the ones tried when none did. */
  strategy: string | null;
  tried: string[];
}

/** Whitespace-insensitive, so block/paragraph rendering of newlines does not matter. */
export function normalise(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

export function editorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  return editor.innerText ?? editor.textContent ?? '';
}

/** Let the editor's framework commit its update (React and Lexical both flush within a frame or two). */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

/** The caret position a click after the last character would give (inside the last text or block). */
function endOfContent(editor: HTMLElement): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.length) last = n as Text;
  if (last) {
    range.setStart(last, last.data.length);
  } else {
    // Empty editor: the deepest last element (Draft's empty block span, Lexical's paragraph).
    let el: Element = editor;
    while (el.lastElementChild && el.lastElementChild.tagName !== 'BR') el = el.lastElementChild;
    range.setStart(el, 0);
  }
  range.collapse(true);
  return range;
}

/**
 * Put the caret where the text should go: the user's own caret if they had one in the editor
 * (`at`, saved when they opened Soothe), else after the last character. Root-level positions are
 * avoided: editors map them to the start.
 */
function placeCaret(editor: HTMLElement, at: Range | null): void {
  if (document.activeElement !== editor) editor.focus();
  if (!editor.isContentEditable) return;
  const sel = window.getSelection();
  if (!sel) return;
  const current = sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const wanted = at && editor.contains(at.startContainer) ? at : null;
  if (!wanted && current && editor.contains(current.startContainer) && current.startContainer !== editor) return;
  sel.removeAllRanges();
  sel.addRange(wanted ?? endOfContent(editor));
}

/** Occurrences of `needle` in `hay`, so an insertion is verified even when the draft held it already. */
function count(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Where the user's caret is in `editor`, if it is there: saved before Soothe's UI takes focus. */
export function caretIn(editor: HTMLElement): Range | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return editor.contains(range.startContainer) ? range.cloneRange() : null;
}

export async function insertText(
  editor: HTMLElement,
  text: string,
  opts: { at?: Range | null; strategies?: readonly InsertStrategy[] } = {},
): Promise<InsertResult> {
  const strategies = opts.strategies ?? STRATEGIES;
  let at = opts.at ?? null;
  const want = normalise(text);
  const tried: string[] = [];
  for (const strategy of strategies) {
    if (!strategy.applies(editor)) continue;
    const before = count(normalise(editorText(editor)), want);
    // Always let the editor catch up first: it learns of the caret through the asynchronous
    // `selectionchange`, and the last keystroke's may not have been handled yet (Lexical, for one,
    // only makes an insertion undoable once it has recorded the state before it).
    placeCaret(editor, at);
    await settle();
    at = null; // a failed attempt may have moved things; later attempts go where the caret now is
    tried.push(strategy.name);
    try {
      strategy.run(editor, text);
    } catch {
      continue; // a strategy that throws simply did not work here
    }
    await settle();
    if (count(normalise(editorText(editor)), want) > before) return { ok: true, strategy: strategy.name, tried };
  }
  return { ok: false, strategy: null, tried };
}
