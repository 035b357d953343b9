/**
 * A synthetic paste. Draft.js and Lexical both read `clipboardData` in their paste handlers and
 * update their own state, and both turn newlines into blocks/paragraphs, so multi-line replies
 * keep their shape. Nothing touches the real clipboard.
 */
import type { InsertStrategy } from './strategy';

export const pasteStrategy: InsertStrategy = {
  name: 'paste',
  applies: (el) => el.isContentEditable,
  run(editor, text) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
    );
  },
};
