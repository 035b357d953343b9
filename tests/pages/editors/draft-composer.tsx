/**
 * X's reply composer for test and demo pages: the real draft-js editor (as X uses), mounted with
 * X's data-testids, and a Reply button enabled only when the editor's *state* has text.
 * Bundled with React 18 (draft-js does not run on React 19); see scripts/build-test-pages.ts.
 */
import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerTestEditor } from './registry';

/**
 * What X does after a post goes out: the reply appears in the conversation (with its own status
 * link), the inline draft is cleared, a modal closes. A failed send keeps the draft and shows an alert.
 */
function publish(host: HTMLElement, text: string): void {
  const me = host.dataset.me ?? 'parcelly';
  const id = String(1790000000000000000n + BigInt(Date.now() % 1_000_000_000));
  const cell = document.createElement('div');
  cell.dataset.testid = 'cellInnerDiv';
  cell.innerHTML = `<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/${me}"><span>${me}</span></a>
    <a href="/${me}/status/${id}"><time datetime="${new Date().toISOString()}">now</time></a></div>
    <div data-testid="tweetText" dir="auto"></div></article>`;
  cell.querySelector('[data-testid="tweetText"]')!.textContent = text;
  const conversation = document.querySelector('[aria-label="Timeline: Conversation"]') ?? document.body;
  const composerCell = conversation.querySelector('.composer')?.closest('[data-testid="cellInnerDiv"]');
  if (composerCell) composerCell.after(cell);
  else conversation.append(cell);
}

function useSend(host: HTMLElement, read: () => string, clear: () => void) {
  const [sending, setSending] = useState(false);
  const send = () => {
    const text = read();
    setSending(true);
    // Like X: the post goes out after a network round trip.
    setTimeout(() => {
      setSending(false);
      if (host.dataset.failSend === 'true') {
        document.body.insertAdjacentHTML('beforeend', '<div data-testid="toast" role="alert">Something went wrong. Try again.</div>');
        return;
      }
      publish(host, text);
      clear();
      if (host.dataset.layout === 'modal') host.closest('[role="dialog"]')?.remove();
    }, 150);
  };
  return { sending, send };
}

function SubmitButton({ host, disabled, onClick, children }: { host: HTMLElement; disabled: boolean; onClick(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      role="button"
      data-testid={host.dataset.layout === 'inline' || !host.dataset.layout ? 'tweetButtonInline' : 'tweetButton'}
      disabled={disabled}
      aria-disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Inline (status page) and modal composers: Draft.js. */
function XComposer({ host }: { host: HTMLElement }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const read = () => state.getCurrentContent().getPlainText('\n');
  registerTestEditor(host, read);
  const { sending, send } = useSend(host, read, () => setState(EditorState.createEmpty()));
  const hasText = state.getCurrentContent().hasText();
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
          // X sends with Ctrl/⌘+Enter.
          keyBindingFn={(e) => (e.key === 'Enter' && (e.ctrlKey || e.metaKey) ? 'x-send' : getDefaultKeyBinding(e))}
          handleKeyCommand={(command) => {
            if (command !== 'x-send') return 'not-handled';
            if (hasText && !sending) send();
            return 'handled';
          }}
        />
      </div>
      <SubmitButton host={host} disabled={!hasText || sending} onClick={send}>
        Reply
      </SubmitButton>
    </div>
  );
}

/** X's narrow layout: a plain React-controlled textarea. */
function NarrowComposer({ host }: { host: HTMLElement }) {
  const [value, setValue] = useState('');
  registerTestEditor(host, () => value);
  const { sending, send } = useSend(host, () => value, () => setValue(''));
  return (
    <div data-testid="tweetTextarea_0_label">
      <textarea
        data-testid="tweetTextarea_0"
        aria-label="Post text"
        placeholder="Post your reply"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        rows={3}
      />
      <SubmitButton host={host} disabled={!value.trim() || sending} onClick={send}>
        Reply
      </SubmitButton>
    </div>
  );
}

for (const host of document.querySelectorAll<HTMLElement>('[data-mount="draft-composer"]')) {
  createRoot(host).render(host.dataset.layout === 'narrow' ? <NarrowComposer host={host} /> : <XComposer host={host} />);
}
