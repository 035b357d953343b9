/** The small Soothe button placed just beside a site composer (positioned, not inserted into it). */
const SIZE = 24;

export function SootheButton({
  composerKey,
  failing = 0,
  onTabOut,
  box,
  expanded,
  label,
  onClick,
  onPress,
}: {
  composerKey: string;
  /** Broken checklist lines in this box's draft (0: all fine, or nothing checked yet). */
  failing?: number;
  /** Tab leaves to the site's next control (Shift+Tab: back into the box); true when it moved focus. */
  onTabOut?(back: boolean): boolean;
  box: { top: number; left: number; width: number; height: number };
  expanded: boolean;
  label: string;
  onClick(): void;
  /** Pointer down, before focus leaves the composer. */
  onPress(): void;
}) {
  // Inside the editor's bottom-right corner, as writing assistants do: beside the text, clear of
  // the site's own toolbar and Reply button, and never outside the viewport.
  const left = Math.min(box.left + box.width - SIZE - 4, window.innerWidth - SIZE - 4);
  const top = box.height >= SIZE + 4 ? box.top + box.height - SIZE - 2 : box.top + (box.height - SIZE) / 2;
  return (
    <button
      type="button"
      className={failing ? 'soothe-button soothe-button-bad' : 'soothe-button'}
      data-failing={failing || undefined}
      data-soothe="open-panel"
      data-key={composerKey}
      aria-label={label}
      aria-expanded={expanded}
      title={label}
      style={failing ? { top, left: left - 14, width: SIZE + 14 } : { top, left }}
      onMouseDown={onPress}
      onKeyDown={(e) => {
        if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && onTabOut?.(e.shiftKey)) e.preventDefault();
        // Opening by keyboard keeps the caret the box had, as a click does.
        if (e.key === 'Enter' || e.key === ' ') onPress();
      }}
      onClick={onClick}
    >
      {failing ? `✗${failing}` : 'S'}
    </button>
  );
}
