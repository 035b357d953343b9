/**
 * The case source of "Reply with Soothe" on any page: the selected text is the post (the page's host
 * is the platform, `web:<host>`, with a stable id from the page and the text, so it is logged and
 * counted like any other case), and the reply box is the one the user is in — it follows their focus.
 * The page has no send detection of its own here, so the send is watched after each insertion.
 */
import { loadProfile, profileValues } from '../../settings/profile';
import type { CaseSource } from '../case/session';
import { editableRoot, type SelectionTarget } from './selection-target';
import { watchGenericSend } from './send-watch';

export function selectionCaseSource(target: SelectionTarget, ownUi: Node | null, signal?: AbortSignal): CaseSource {
  let editor = target.editor;
  const listeners = new Set<(el: HTMLElement) => void>();
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort(), { once: true });
  // The reply box follows the user: clicking into another text box on the page makes it the target.
  document.addEventListener(
    'focusin',
    (e) => {
      const root = editableRoot(e.target instanceof Element ? e.target : null);
      if (!root || root === editor || (ownUi && e.composedPath().includes(ownUi))) return;
      editor = root;
      for (const l of listeners) l(root);
    },
    { capture: true, signal: stop.signal },
  );
  return {
    platform: target.platform,
    ref: () => ({
      platform: target.platform,
      postId: target.postId,
      context: { url: target.url, ...(target.postedAt !== null ? { postedAt: target.postedAt } : {}), ...(target.author ? { author: target.author } : {}) },
    }),
    read: async () => ({
      forTriage: [{ id: target.postId, text: target.text, lang: null, postedAt: target.postedAt, parentId: null, isBrandPost: false, replies: null, likes: null }],
      thread: [],
      focus: { id: target.postId, text: target.text, author: target.author, postedAt: target.postedAt, url: target.url },
      postId: target.postId,
    }),
    editor: () => editor,
    noEditor: 'no-text-box',
    initialCaret: target.caret,
    onEditorChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchSend: (box, text, onSent) => watchGenericSend(box, text, onSent, ownUi).stop,
    revealPost: () => target.anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    values: async () => profileValues(await loadProfile()),
    dispose() {
      stop.abort();
      listeners.clear();
    },
  };
}
