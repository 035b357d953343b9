/** The small Soothe button placed just beside a site composer (positioned, not inserted into it). */
const SIZE = 28;

export function SootheButton({
  box,
  expanded,
  onClick,
  onPress,
}: {
  box: { top: number; left: number; width: number; height: number };
  expanded: boolean;
  onClick(): void;
  /** Pointer down, before focus leaves the composer. */
  onPress(): void;
}) {
  const left = Math.min(box.left + box.width + 6, window.innerWidth - SIZE - 4);
  return (
    <button
      type="button"
      className="soothe-button"
      data-soothe="open-panel"
      aria-label="Soothe: suggest a reply"
      aria-expanded={expanded}
      title="Soothe: suggest a reply"
      style={{ top: box.top, left }}
      onMouseDown={onPress}
      onClick={onClick}
    >
      S
    </button>
  );
}
