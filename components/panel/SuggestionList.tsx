/** The ranked replies, each with a preview of exactly what would be inserted. Arrows move, Enter chooses. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { PanelStrings } from '@/lib/i18n/panel';
import type { SuggestionView } from '@/lib/panel/analyse';

export interface RenderedSuggestion {
  suggestion: SuggestionView;
  /** Exactly what would be inserted with the values known now. */
  preview: string;
  /** Labels of the values it still lacks (the sentences that need them are left out of `preview`). */
  needs: string[];
  /** Whether choosing it opens the form first (a value of this case is missing). */
  asks: boolean;
}

export function SuggestionList({ items, active, setActive, onChoose, disabled, t }: {
  items: RenderedSuggestion[];
  active: number;
  setActive(i: number): void;
  onChoose(s: SuggestionView): void;
  disabled: boolean;
  t: PanelStrings;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => refs.current[active]?.focus(), [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive(Math.min(active + 1, items.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    }
  };

  if (items.length === 0) return <p className="soothe-muted">{t.noSuggestions}</p>;
  return (
    <ul className="soothe-replies" role="listbox" aria-label={t.suggestions} onKeyDown={onKeyDown}>
      {items.map(({ suggestion: s, preview, needs, asks }, i) => (
        <li key={`${s.kind}:${s.packId}:${s.id}`} role="presentation">
          <button
            type="button"
            role="option"
            aria-selected={i === active}
            data-soothe-reply={s.id}
            data-kind={s.kind}
            data-missing={needs.length ? needs.join(', ') : undefined}
            data-asks={asks || undefined}
            data-pack={s.packId}
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
