/**
 * Where the reply panel goes so it never hides the work: beside the reply box (and its send
 * button) on the side with room; where neither side has room (a narrow window, X's reply modal),
 * a compact panel docked below the box — or above it when the box sits low — so the box and its
 * button stay visible and clickable.
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
/** Below this much height a docked panel is too cramped; then the other side of the box is used. */
const MIN_DOCK_HEIGHT = 180;
const DOCK_MAX_WIDTH = 560;

export function placePanel(area: Rect | null, viewport: { width: number; height: number }): Placement | null {
  if (!area) return null;
  const right = viewport.width - (area.left + area.width) - 2 * GAP;
  const left = area.left - 2 * GAP;
  const width = (room: number) => Math.min(PANEL_WIDTH, room);
  if (right >= MIN_WIDTH && right >= left) return { mode: 'right', left: area.left + area.width + GAP, width: width(right) };
  if (left >= MIN_WIDTH) return { mode: 'left', left: area.left - GAP - width(left), width: width(left) };
  // Docked: as wide as the box (within the window), under or over it.
  const dockWidth = Math.min(DOCK_MAX_WIDTH, viewport.width - 2 * GAP);
  const dockLeft = Math.max(GAP, Math.min(area.left, viewport.width - GAP - dockWidth));
  const below = viewport.height - (area.top + area.height) - 2 * GAP;
  const above = area.top - 2 * GAP;
  if (below >= MIN_DOCK_HEIGHT || below >= above) {
    return { mode: 'below', left: dockLeft, width: dockWidth, top: area.top + area.height + GAP, maxHeight: Math.max(0, below) };
  }
  return { mode: 'above', left: dockLeft, width: dockWidth, top: GAP, maxHeight: Math.max(0, above) };
}
