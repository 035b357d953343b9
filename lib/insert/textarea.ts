/**
 * Plain <textarea>/<input> (X's narrow layout, m.facebook.com). React tracks the value through the
 * native setter, so the value is set through the prototype's setter and an `input` event follows;
 * text goes in at the caret, keeping the user's draft.
 */
import type { InsertStrategy } from './strategy';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(el: HTMLElement): el is TextField {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

export const textareaStrategy: InsertStrategy = {
  name: 'textarea',
  applies: isTextField,
  run(editor, text) {
    if (!isTextField(editor)) return;
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    const next = editor.value.slice(0, start) + text + editor.value.slice(end);
    const proto = Object.getPrototypeOf(editor) as object;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(editor, next);
    else editor.value = next;
    editor.setSelectionRange(start + text.length, start + text.length);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  },
};
