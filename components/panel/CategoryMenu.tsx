/**
 * The category chip as a menu button: the seven real categories, triage's pick and its runner-ups
 * first (marked "likely"). Keyboard: Enter, Space or ↓ on the chip opens it on the current
 * category; ↑ ↓ Home End move; Enter or Space chooses; Esc or Tab closes, focus back on the chip.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PanelStrings } from '@/lib/i18n/panel';
import type { Category } from '@/lib/triage/categories';
import { REAL_CATEGORIES, type RealCategory } from '@/lib/triage/correction';
import type { TriageResult } from '@/lib/triage';

/** Triage's pick, then its alternatives by evidence, then the rest in their usual order. */
export function menuOrder(guess: Pick<TriageResult, 'category' | 'categoryAlternatives'> | null): { category: RealCategory; likely: boolean }[] {
  const likely: Category[] = guess ? [guess.category, ...(guess.categoryAlternatives ?? []).map((a) => a.category)] : [];
  const first = REAL_CATEGORIES.filter((c) => likely.includes(c)).sort((a, b) => likely.indexOf(a) - likely.indexOf(b));
  return [...first.map((category) => ({ category, likely: true })), ...REAL_CATEGORIES.filter((c) => !first.includes(c)).map((category) => ({ category, likely: false }))];
}

export function CategoryMenu({ current, guess, edited, t, onChoose }: {
  current: Category;
  /** Triage's own verdict (its pick and alternatives lead the menu); null when triage saw no complaint. */
  guess: Pick<TriageResult, 'category' | 'categoryAlternatives'> | null;
  edited: boolean;
  t: PanelStrings;
  onChoose(category: RealCategory): void;
}) {
  const [open, setOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const options = menuOrder(guess);
  const label = t.categories[current] ?? current;

  // Opening puts focus on the current category (or the first).
  useEffect(() => {
    if (!open) return;
    const at = Math.max(0, options.findIndex((o) => o.category === current));
    items.current[at]?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const close = () => {
    setOpen(false);
    chip.current?.focus();
  };

  // Enter and Space click the button (which opens it); ↓ opens it too.
  const onChipKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const from = items.current.indexOf(e.target as HTMLButtonElement);
    const last = options.length - 1;
    const to = e.key === 'ArrowDown' ? (from + 1) % options.length : e.key === 'ArrowUp' ? (from - 1 + options.length) % options.length : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (to !== null) {
      e.preventDefault();
      items.current[to]?.focus();
    } else if (e.key === 'Escape') {
      // The menu's Esc closes the menu only, not the panel.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  const choose = (category: RealCategory) => {
    setOpen(false);
    chip.current?.focus();
    onChoose(category);
  };

  return (
    <span className="soothe-menu-anchor">
      <button
        ref={chip}
        type="button"
        className="soothe-chip soothe-chip-control soothe-chip-menu"
        data-soothe="category"
        data-category={current}
        data-edited={edited || undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t.correction.changeCategory(edited ? `${label}, ${t.correction.edited}` : label)}
        onClick={() => (open ? close() : setOpen(true))}
        onKeyDown={onChipKey}
      >
        {label}
        {edited && <span className="soothe-edited"> · {t.correction.edited}</span>}
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t.correction.categoryMenu} className="soothe-menu" data-soothe="category-menu" onKeyDown={onMenuKey}>
          {options.map((o, i) => (
            <button
              key={o.category}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={o.category === current}
              tabIndex={-1}
              className="soothe-menu-item"
              data-soothe-category={o.category}
              data-likely={o.likely || undefined}
              onClick={() => choose(o.category)}
            >
              {t.categories[o.category]}
              {o.likely && <small className="soothe-muted"> · {t.correction.likely}</small>}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
