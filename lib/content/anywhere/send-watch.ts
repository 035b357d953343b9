/**
 * Sent-reply detection on a page Soothe knows nothing about: after the user asks the page to send
 * (submits the box's form, clicks a button, presses Enter in the box), the page takes the reply out
 * of the box (clears it, or removes the box). A draft still in place after a few seconds was not
 * sent. Listens only while a reply inserted by Soothe waits in the box.
 */
import { editorText, normalise } from '../../insert/insert-text';

const CHECK_EVERY_MS = 200;
const WINDOW_MS = 6_000;

export interface GenericSendWatch {
  /** Stop listening (the panel closed, the page is going away). */
  stop(): void;
}

export function watchGenericSend(editor: HTMLElement, text: string, onSent: () => void, ignore: Node | null = null): GenericSendWatch {
  const doc = editor.ownerDocument;
  const want = normalise(text);
  let timer: ReturnType<typeof setInterval> | null = null;
  let deadline = 0;
  let done = false;

  const stillThere = () => editor.isConnected && normalise(editorText(editor)).includes(want);
  const check = () => {
    if (!stillThere()) {
      finish();
      onSent();
    } else if (Date.now() > deadline && timer !== null) {
      clearInterval(timer); // not sent after all (a failed send, another button): wait for the next gesture
      timer = null;
    }
  };
  const gesture = (e: Event) => {
    if (done || (ignore && e.composedPath().includes(ignore))) return;
    if (e.type === 'keydown') {
      const k = e as KeyboardEvent;
      if (k.key !== 'Enter' || k.shiftKey || !e.composedPath().includes(editor)) return;
    } else if (e.type === 'click') {
      const target = e.target instanceof Element ? e.target.closest('button, [role="button"], input[type="submit"], input[type="button"], a') : null;
      if (!target) return;
    } else if (e.type === 'submit') {
      if (!(e.target instanceof HTMLFormElement) || !e.target.contains(editor)) return;
    }
    if (!stillThere()) return; // the reply was already edited away by hand: nothing to follow
    deadline = Date.now() + WINDOW_MS;
    if (timer === null) timer = setInterval(check, CHECK_EVERY_MS);
  };
  const types = ['click', 'keydown', 'submit'] as const;
  // Capture phase: the page's own handlers may stop propagation or remove the box.
  for (const t of types) doc.addEventListener(t, gesture, true);
  function finish() {
    done = true;
    for (const t of types) doc.removeEventListener(t, gesture, true);
    if (timer !== null) clearInterval(timer);
    timer = null;
  }
  return { stop: finish };
}
