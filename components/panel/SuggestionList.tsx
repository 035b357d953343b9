/**
 * The ranked replies, each with a preview of exactly what would be inserted. Arrows move, Enter chooses.
 *
 * Focus is the one source of truth for which reply is highlighted: a key moves DOM focus straight
 * to the next button (read from the key's own target, never from state that may be a render
 * behind), and focusing a button marks it active. Nothing re-focuses on render, so keys pressed
 * faster than the panel renders (0 ms apart, held down) cannot start a focus/render ping-pong,
 * and Enter always inserts the reply that has focus — the highlighted one.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { PanelStrings } from '@/lib/i18n/panel';
import type { SuggestionView } from '@/lib/background/analyse';

export interface RenderedSuggestion {
  suggestion: SuggestionView;
  /** Exactly what would be inserted with the values known now. */
  preview: string;
  /** Labels of the values it still lacks (the sentences that need them are left out of `preview`). */
  needs: string[];
  /** Whether choosing it opens the form first (a value of this case is missing). */
  asks: boolean;
}

export function SuggestionList({ items, active, setActive, onChoose, disabled, t, autoFocus = true, label }: {
  items: RenderedSuggestion[];
  active: number;
  setActive(i: number): void;
  onChoose(s: SuggestionView): void;
  disabled: boolean;
  t: PanelStrings;
  /** Take focus when the list appears or its replies change (off while the manager types a search). */
  autoFocus?: boolean;
  label?: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusAt = (i: number) => refs.current[Math.max(0, Math.min(i, items.length - 1))]?.focus();

  // Only when the list appears (back from the form: the reply it was on) or its replies change (the first).
  const shown = useRef<RenderedSuggestion[] | null>(null);
  useEffect(() => {
    const at = shown.current === null ? Math.min(active, items.length - 1) : 0;
    shown.current = items;
    setActive(Math.max(0, at));
    if (autoFocus) focusAt(at);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items]);

  const onKeyDown = (e: KeyboardEvent) => {
    const from = refs.current.indexOf(e.target as HTMLButtonElement);
    if (from < 0) return;
    const to = e.key === 'ArrowDown' ? from + 1 : e.key === 'ArrowUp' ? from - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    focusAt(to);
  };

  if (items.length === 0) return <p className="soothe-muted">{t.noSuggestions}</p>;
  return (
    <ul className="soothe-replies" role="listbox" aria-label={label ?? t.suggestions} onKeyDown={onKeyDown}>
      {items.map(({ suggestion: s, preview, needs, asks }, i) => (
        <li key={`${s.kind}:${s.packId}:${s.id}`} role="presentation">
          <button
            type="button"
            role="option"
            aria-selected={i === active}
            data-soothe-reply={s.id}
            data-kind={s.kind}
            data-pack={s.packId}
            data-missing={needs.length ? needs.join(', ') : undefined}
            data-asks={asks || undefined}
            ref={(el) => {
              refs.current[i] = el;
            }}
            className="soothe-reply"
            disabled={disabled}
            tabIndex={i === active ? 0 : -1}
            onFocus={() => setActive(i)}
            onClick={() => onChoose(s)}
          >
            <span className="soothe-reply-title">
              {s.kind === 'faq' && <span className="soothe-chip">{t.faq}</span>} {s.title}
            </span>
            <span className="soothe-reply-body">{preview}</span>
            {needs.length > 0 && <span className="soothe-reply-needs">{t.needs(needs.join(', '))}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
