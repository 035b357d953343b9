/**
 * X's reply composer for test and demo pages: the real draft-js editor (as X uses), mounted with
 * X's data-testids, and a Reply button enabled only when the editor's *state* has text.
 * Bundled with React 18 (draft-js does not run on React 19); see scripts/build-test-pages.ts.
 */
import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { registerTestEditor } from './registry';

function XComposer({ host }: { host: HTMLElement }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const [sending, setSending] = useState(false);
  registerTestEditor(host, () => state.getCurrentContent().getPlainText('\n'));
  const hasText = state.getCurrentContent().hasText();
  const failNext = host.dataset.failSend === 'true';

  const send = () => {
    const text = state.getCurrentContent().getPlainText('\n');
    setSending(true);
    // Like X: the post goes out after a network round trip; a failed send keeps the draft.
    setTimeout(() => {
      setSending(false);
      if (failNext) {
        host.dispatchEvent(new CustomEvent('test:send-failed', { bubbles: true }));
        document.body.insertAdjacentHTML('beforeend', '<div data-testid="toast" role="alert">Something went wrong. Try again.</div>');
        return;
      }
      host.dispatchEvent(new CustomEvent('test:sent', { bubbles: true, detail: { text } }));
      setState(EditorState.createEmpty());
    }, 150);
  };

  return (
    <div data-testid="tweetTextarea_0_label">
      <div data-testid="tweetTextarea_0RichTextInputContainer" style={{ minHeight: 24 }}>
        <Editor
          editorState={state}
          onChange={setState}
          placeholder="Post your reply"
          webDriverTestID="tweetTextarea_0"
          ariaLabel="Post text"
          ariaMultiline
          keyBindingFn={getDefaultKeyBinding}
        />
      </div>
      <button
        type="button"
        role="button"
        data-testid="tweetButtonInline"
        disabled={!hasText || sending}
        aria-disabled={!hasText || sending}
        onClick={send}
      >
        Reply
      </button>
    </div>
  );
}

for (const host of document.querySelectorAll<HTMLElement>('[data-mount="draft-composer"]')) {
  createRoot(host).render(<XComposer host={host} />);
}
