/**
 * `document.execCommand('insertText')`: deprecated but still the one call that makes the browser
 * fire trusted `beforeinput`/`input` events, which editors treat like typing (and undo records).
 */
import type { InsertStrategy } from './strategy';

export const execCommandStrategy: InsertStrategy = {
  name: 'execCommand',
  // Text fields too: there it is the one insertion the browser's own undo knows about.
  applies: (el) => (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && typeof document.execCommand === 'function',
  run(_editor, text) {
    document.execCommand('insertText', false, text);
  },
};
