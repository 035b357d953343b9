/**
 * A synthetic `beforeinput` carrying the text, for editors that handle input events themselves
 * (Lexical does; it cancels the event and applies the text to its own state).
 */
import type { InsertStrategy } from './strategy';

export const beforeInputStrategy: InsertStrategy = {
  name: 'beforeinput',
  applies: (el) => el.isContentEditable,
  run(editor, text) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    editor.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'insertReplacementText',
        data: text,
        dataTransfer: data,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  },
};
