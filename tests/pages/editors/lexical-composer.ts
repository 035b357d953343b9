/**
 * Facebook's comment box for test and demo pages: the real Lexical editor (as Facebook uses) with
 * plain-text and history plugins, its `data-lexical-editor` root, and a submit control enabled only
 * when the editor state has text. Enter submits, like Facebook; Shift+Enter adds a line.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import { registerTestEditor } from './registry';

function mount(host: HTMLElement): void {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.setAttribute('role', 'textbox');
  root.setAttribute('spellcheck', 'true');
  root.setAttribute('aria-label', host.dataset.label ?? 'Write a comment…');
  root.style.cssText = 'min-height: 20px; outline: none; white-space: pre-wrap;';

  const submit = document.createElement('div');
  submit.setAttribute('role', 'button');
  submit.setAttribute('aria-label', 'Comment');
  submit.setAttribute('aria-disabled', 'true');
  submit.tabIndex = 0;
  submit.textContent = '➤';
  host.append(root, submit);

  const editor = createEditor({ namespace: 'fb-comment', onError: (e) => console.error(e) });
  editor.setRootElement(root);
  registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);

  const read = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  registerTestEditor(host, read);
  editor.registerUpdateListener(() => {
    submit.setAttribute('aria-disabled', read().trim() ? 'false' : 'true');
  });

  const send = () => {
    const text = read();
    if (!text.trim()) return;
    if (host.dataset.failSend === 'true') {
      document.body.insertAdjacentHTML('beforeend', '<div role="alert">This comment could not be posted.</div>');
      return;
    }
    // Like Facebook: after a round trip the comment appears (with its comment_id link) and the box clears.
    setTimeout(() => {
      const id = String(4_000_000_000_000_000 + (Date.now() % 1_000_000_000));
      const comment = document.createElement('div');
      comment.setAttribute('role', 'article');
      comment.className = 'comment';
      comment.innerHTML = `<a href="https://www.facebook.com/${host.dataset.me ?? 'brand'}?comment_id=${id}" role="link"><span>${host.dataset.me ?? 'brand'}</span></a><div dir="auto"></div>`;
      comment.querySelector('[dir="auto"]')!.textContent = text;
      host.closest('form')?.before(comment);
      editor.update(() => $getRoot().clear());
    }, 150);
  };
  submit.addEventListener('click', () => submit.getAttribute('aria-disabled') === 'false' && send());
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event?.shiftKey) return false;
      event?.preventDefault();
      send();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

document.querySelectorAll<HTMLElement>('[data-mount="lexical-composer"]').forEach(mount);

// Like Facebook, a comment's "Reply" opens a reply box at the end of that comment's replies area.
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('[data-action="reply"]');
  const wrap = button?.closest('.comment-wrap');
  const area = wrap?.querySelector(':scope > .replies');
  if (!area || area.querySelector('form')) return;
  const form = document.createElement('form');
  form.setAttribute('role', 'presentation');
  const host = document.createElement('div');
  host.dataset.mount = 'lexical-composer';
  host.dataset.label = 'Write a reply…';
  host.dataset.me = document.querySelector<HTMLElement>('[data-mount="lexical-composer"]')?.dataset.me ?? 'brand';
  form.append(host);
  area.append(form);
  mount(host);
  host.querySelector<HTMLElement>('[contenteditable]')?.focus();
});
