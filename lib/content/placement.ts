/**
 * Where the reply panel goes so it never hides the work: the reply box with its send button, and
 * the post being answered. Beside all of them on the side with room (the right when a whole panel
 * fits there); where neither side has room (a narrow window, X's reply modal, a reply box indented
 * under a comment in a centred column), a compact panel docked in the free band below the box —
 * or above it, or the tallest free band — so nothing the manager needs is covered.
 *
 * Why the post counts: the post is usually wider than the box that answers it (X's tweet spans the
 * column, the box sits inside its padding; a Facebook reply box is indented under its comment), so
 * a panel placed beside the box alone slid over the post's right or left edge.
 */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement =
  | { mode: 'right' | 'left'; left: number; width: number }
  | { mode: 'below' | 'above'; left: number; width: number; top: number; maxHeight: number };

export const PANEL_WIDTH = 360;
const MIN_WIDTH = 280;
const GAP = 12;
/** Below this much height a docked panel is too cramped; then another free band is tried. */
const MIN_DOCK_HEIGHT = 180;
const DOCK_MAX_WIDTH = 560;
/** Less than this is no panel at all: then only the box and its button are kept clear. */
const MIN_COMPACT_HEIGHT = 120;

/** The part of `r` inside the window, or null when none of it is. */
function inView(r: Rect, viewport: { width: number; height: number }): Rect | null {
  const top = Math.max(0, r.top);
  const left = Math.max(0, r.left);
  const bottom = Math.min(viewport.height, r.top + r.height);
  const right = Math.min(viewport.width, r.left + r.width);
  return bottom > top && right > left ? { top, left, width: right - left, height: bottom - top } : null;
}

function union(a: Rect, b: Rect): Rect {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  return { top, left, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
}

/** Vertical bands of the window free of every rect (the rects taken as full-width stripes). */
function freeBands(rects: Rect[], height: number): Array<{ top: number; bottom: number }> {
  const taken = rects.map((r) => [r.top, r.top + r.height] as const).sort((a, b) => a[0] - b[0]);
  const bands: Array<{ top: number; bottom: number }> = [];
  let y = 0;
  for (const [top, bottom] of taken) {
    if (top > y) bands.push({ top: y, bottom: top });
    y = Math.max(y, bottom);
  }
  if (y < height) bands.push({ top: y, bottom: height });
  return bands;
}

/**
 * `area` is the reply box with its send button (viewport coordinates); `post` the post being
 * answered, when the page shows it. Null when there is no box to place against.
 */
export function placePanel(area: Rect | null, viewport: { width: number; height: number }, post: Rect | null = null): Placement | null {
  if (!area) return null;
  const seenPost = post ? inView(post, viewport) : null;
  const work = seenPost ? union(area, seenPost) : area;

  const right = viewport.width - (work.left + work.width) - 2 * GAP;
  const left = work.left - 2 * GAP;
  const width = (room: number) => Math.min(PANEL_WIDTH, room);
  // The right when a whole panel fits there, else the left when it does, else the roomier usable side.
  const side =
    right >= PANEL_WIDTH ? 'right' : left >= PANEL_WIDTH ? 'left' : Math.max(right, left) >= MIN_WIDTH ? (right >= left ? 'right' : 'left') : null;
  if (side === 'right') return { mode: 'right', left: work.left + work.width + GAP, width: width(right) };
  if (side === 'left') return { mode: 'left', left: work.left - GAP - width(left), width: width(left) };

  // Docked: as wide as the box (within the window), in a band of the window nothing of the work is in.
  const dockWidth = Math.min(DOCK_MAX_WIDTH, viewport.width - 2 * GAP);
  const dockLeft = Math.max(GAP, Math.min(area.left, viewport.width - GAP - dockWidth));
  const bandsFree = (rects: Rect[]) =>
    freeBands(rects, viewport.height)
      .map((b) => ({ top: b.top + GAP, bottom: b.bottom - GAP, height: b.bottom - b.top - 2 * GAP }))
      .filter((b) => b.height > 0);
  const areaBottom = area.top + area.height;
  const pick = (bands: ReturnType<typeof bandsFree>) => {
    const below = bands.find((b) => b.top >= areaBottom && b.top <= areaBottom + GAP);
    const above = bands.find((b) => b.bottom <= area.top && b.bottom >= area.top - GAP);
    const tallest = bands.reduce<(typeof bands)[number] | undefined>((best, b) => (!best || b.height > best.height ? b : best), undefined);
    return below && below.height >= MIN_DOCK_HEIGHT ? below : above && above.height >= MIN_DOCK_HEIGHT ? above : tallest;
  };
  let band = pick(bandsFree(seenPost ? [area, seenPost] : [area]));
  // Box and post fill the window between them: the box and its button still stay clear.
  if (!band || band.height < MIN_COMPACT_HEIGHT) band = pick(bandsFree([area])) ?? band;
  if (!band) return { mode: 'below', left: dockLeft, width: dockWidth, top: viewport.height, maxHeight: 0 };
  return { mode: band.top >= areaBottom ? 'below' : 'above', left: dockLeft, width: dockWidth, top: band.top, maxHeight: band.height };
}

/**
 * How far to scroll the page (down, in px) so that a docked panel gets a usable band under the box,
 * when placePanel found no side and no band tall enough (a tall draft in a narrow window). 0 when
 * there is room already. Scrolling keeps the box's bottom, with its send button, in view; a box in
 * a fixed dialog does not move, and then nothing changes.
 */
export function scrollForRoom(area: Rect | null, viewport: { width: number; height: number }, post: Rect | null = null): number {
  const p = placePanel(area, viewport, post);
  if (!area || !p || !('top' in p) || p.maxHeight >= MIN_DOCK_HEIGHT) return 0;
  return Math.max(0, Math.ceil(area.top + area.height + 2 * GAP + MIN_DOCK_HEIGHT - viewport.height));
}
