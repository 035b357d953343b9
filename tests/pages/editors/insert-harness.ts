/**
 * Briskine-style insertion lab: exposes Soothe's real insertion code (lib/insert) to a test page
 * that mounts the real editors, so each strategy can be tried against each editor directly.
 */
import { insertText, STRATEGIES } from '../../../lib/insert/insert-text';

declare global {
  interface Window {
    __sootheInsert(selector: string, text: string, only?: string[]): Promise<{ ok: boolean; strategy: string | null; tried: string[] }>;
  }
}

window.__sootheInsert = (selector, text, only) => {
  const editor = document.querySelector<HTMLElement>(selector);
  if (!editor) return Promise.reject(new Error(`no editor ${selector}`));
  const strategies = only ? STRATEGIES.filter((s) => only.includes(s.name)) : STRATEGIES;
  return insertText(editor, text, { strategies });
};
