/**
 * The reply panel: the post being answered and the replies to choose from. Keyboard-first:
 * arrows move, Enter inserts, Esc closes (focus goes back to the composer).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ComposerContext } from '@/lib/content/controller';
import type { Notice } from '@/lib/content/ui-store';
import { repliesFor, type Reply } from '@/lib/library/builtin-replies';

const LANG_NAMES: Record<string, string> = { en: 'English', pl: 'Polski', el: 'Ελληνικά', other: 'Other' };

export function ReplyPanel({
  context,
  notice,
  onChoose,
  onClose,
}: {
  context: ComposerContext | null;
  notice: Notice | null;
  onChoose(reply: Reply): void;
  onClose(): void;
}) {
  const lang = context?.lang ?? 'en';
  const replies = useMemo(() => repliesFor(lang === 'other' ? 'en' : lang), [lang]);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => items.current[active]?.focus(), [active]);

  const choose = async (reply: Reply) => {
    if (busy) return;
    setBusy(true);
    try {
      await onChoose(reply);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, replies.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    }
  };

  return (
    <section className="soothe-panel" role="dialog" aria-label="Soothe replies" onKeyDown={onKeyDown}>
      <header className="soothe-panel-header">
        <strong>Soothe</strong>
        <span className="soothe-lang" data-soothe="lang">
          {LANG_NAMES[lang] ?? lang}
        </span>
        <button type="button" className="soothe-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {context?.postText ? (
        <blockquote className="soothe-post" data-soothe="post-text">
          {context.postText}
        </blockquote>
      ) : (
        <p className="soothe-muted">Soothe could not read the post this box replies to.</p>
      )}
      {notice?.kind === 'error' && (
        <p className="soothe-error" role="alert">
          {notice.text}
        </p>
      )}
      <ul className="soothe-replies" role="listbox" aria-label="Suggested replies">
        {replies.map((reply, i) => (
          <li key={reply.id} role="presentation">
            <button
              type="button"
              role="option"
              aria-selected={i === active}
              data-soothe-reply={reply.id}
              ref={(el) => {
                items.current[i] = el;
              }}
              className="soothe-reply"
              disabled={busy}
              onFocus={() => setActive(i)}
              onClick={() => choose(reply)}
            >
              <span className="soothe-reply-title">{reply.title}</span>
              <span className="soothe-reply-body">{reply.body}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
