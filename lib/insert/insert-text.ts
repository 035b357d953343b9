/**
 * Put a reply into a site's editor so the editor's own state accepts it.
 * Strategies are tried in order, one attempt each, and each is verified before moving on.
 */
import { beforeInputStrategy } from './before-input';
import { execCommandStrategy } from './exec-command';
import { pasteStrategy } from './paste';
import type { InsertStrategy } from './strategy';
import { textareaStrategy } from './textarea';

export const STRATEGIES: readonly InsertStrategy[] = [
  textareaStrategy,
  pasteStrategy,
  execCommandStrategy,
  beforeInputStrategy,
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

/** Put the caret at the end unless the user already has a caret inside the editor. */
function ensureCaret(editor: HTMLElement): void {
  if (document.activeElement !== editor) editor.focus();
  if (!editor.isContentEditable) return;
  const sel = window.getSelection();
  if (sel && sel.rangeCount > 0 && editor.contains(sel.getRangeAt(0).startContainer)) return;
  const range = document.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Occurrences of `needle` in `hay`, so an insertion is verified even when the draft held it already. */
function count(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

export async function insertText(
  editor: HTMLElement,
  text: string,
  strategies: readonly InsertStrategy[] = STRATEGIES,
): Promise<InsertResult> {
  const want = normalise(text);
  const tried: string[] = [];
  for (const strategy of strategies) {
    if (!strategy.applies(editor)) continue;
    const before = count(normalise(editorText(editor)), want);
    ensureCaret(editor);
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
