/**
 * The pure placement rule (lib/content/placement.ts). The rects are the ones measured in real
 * Chromium on the test pages (tests/e2e/workflow.e2e.ts, geometry), where the old rule failed.
 */
import { describe, expect, it } from 'vitest';
import { placePanel, PANEL_WIDTH, scrollForRoom, type Placement, type Rect } from '@/lib/content/placement';

const H = 860;
/** The panel as it is drawn: beside the work it spans top 64 to 32 px above the bottom (overlay.css). */
function panelRect(p: Placement, viewport: { width: number; height: number }): Rect {
  return 'top' in p ? { left: p.left, width: p.width, top: p.top, height: p.maxHeight } : { left: p.left, width: p.width, top: 64, height: viewport.height - 96 };
}
const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const inside = (a: Rect, width: number, height: number) => a.left >= 0 && a.left + a.width <= width && a.top >= 0 && a.top + a.height <= height;

describe('placePanel', () => {
  it('X inline at 1280 px: right of the tweet, not just right of the box (the tweet is wider than the box)', () => {
    const viewport = { width: 1280, height: H };
    const post = { left: 261, top: 52, width: 600, height: 109 };
    const area = { left: 277, top: 170, width: 568, height: 48 };
    const boxOnly = placePanel(area, viewport)!;
    expect(overlaps(panelRect(boxOnly, viewport), post)).toBe(true); // the old failure: 857 < 861
    const p = placePanel(area, viewport, post)!;
    expect(p.mode).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(861);
    expect(p.width).toBe(PANEL_WIDTH);
  });

  it('Facebook reply box at 1600 px: opens right, where a whole panel fits, though the left is as roomy', () => {
    const viewport = { width: 1600, height: H };
    const post = { left: 460, top: 152, width: 680, height: 97 };
    const area = { left: 492, top: 260, width: 648, height: 40 };
    const p = placePanel(area, viewport, post)!;
    expect(p.mode).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(1140);
    expect(overlaps(panelRect(p, viewport), post)).toBe(false);
  });

  it('the left when only the left has a whole panel of room', () => {
    const viewport = { width: 1600, height: H };
    const p = placePanel({ left: 900, top: 300, width: 600, height: 40 }, viewport, { left: 880, top: 100, width: 640, height: 150 })!;
    expect(p.mode).toBe('left');
    expect(p.left + p.width).toBeLessThanOrEqual(880);
  });

  it('Facebook reply box at 1280 px: no side has room, so it docks below the box, clear of the comment', () => {
    const viewport = { width: 1280, height: H };
    const post = { left: 300, top: 152, width: 680, height: 97 };
    const area = { left: 332, top: 260, width: 648, height: 40 };
    const p = placePanel(area, viewport, post)!;
    expect(p.mode).toBe('below');
    const r = panelRect(p, viewport);
    expect(overlaps(r, post)).toBe(false);
    expect(overlaps(r, area)).toBe(false);
    expect(r.height).toBeGreaterThanOrEqual(180);
  });

  it('a box low in the window docks above it, between the post and the box', () => {
    const viewport = { width: 800, height: H };
    const post = { left: 120, top: 40, width: 560, height: 100 };
    const area = { left: 136, top: 760, width: 528, height: 60 };
    const p = placePanel(area, viewport, post)!;
    expect(p.mode).toBe('above');
    const r = panelRect(p, viewport);
    expect(r.top).toBeGreaterThanOrEqual(140);
    expect(r.top + r.height).toBeLessThanOrEqual(760);
  });

  it('a post scrolled out of the window does not count', () => {
    const viewport = { width: 1280, height: H };
    const area = { left: 277, top: 300, width: 568, height: 48 };
    const wide = { left: 0, top: -900, width: 1280, height: 200 };
    expect(placePanel(area, viewport, wide)).toEqual(placePanel(area, viewport));
  });

  it('box and post fill the window between them: the box and its button still stay clear', () => {
    const viewport = { width: 800, height: 600 };
    const post = { left: 100, top: 0, width: 600, height: 380 };
    const area = { left: 116, top: 390, width: 568, height: 200 };
    const p = placePanel(area, viewport, post)!;
    expect(overlaps(panelRect(p, viewport), area)).toBe(false);
    expect(panelRect(p, viewport).height).toBeGreaterThan(0);
  });

  it('a tall box in a narrow window: scroll just enough for a usable docked panel under it, then it fits', () => {
    // Measured on the real 2025 self-thread page at 800 px: a 596 px box, the post scrolled away above.
    const viewport = { width: 800, height: H };
    const area = { left: 4, top: 132, width: 593, height: 596 };
    const before = placePanel(area, viewport)!;
    expect('top' in before && before.maxHeight).toBeLessThan(180);
    const by = scrollForRoom(area, viewport);
    expect(by).toBeGreaterThan(0);
    expect(by).toBeLessThan(area.top); // the box stays in view
    const after = placePanel({ ...area, top: area.top - by }, viewport)!;
    expect(after.mode).toBe('below');
    expect('top' in after && after.maxHeight).toBeGreaterThanOrEqual(180);
    expect(scrollForRoom({ ...area, top: area.top - by }, viewport)).toBe(0);
  });

  it('no scrolling when there is room beside or under the box', () => {
    expect(scrollForRoom({ left: 277, top: 170, width: 568, height: 48 }, { width: 1280, height: H }, { left: 261, top: 52, width: 600, height: 109 })).toBe(0);
    expect(scrollForRoom({ left: 136, top: 200, width: 528, height: 60 }, { width: 800, height: H }, { left: 120, top: 85, width: 560, height: 109 })).toBe(0);
    expect(scrollForRoom(null, { width: 800, height: H })).toBe(0);
  });

  it('no box, no placement', () => {
    expect(placePanel(null, { width: 1280, height: H })).toBeNull();
  });

  // A sweep over widths and both column shapes: the panel is inside the window and covers neither
  // the box (with its button) nor the post, wherever the box sits in the column.
  const layouts = {
    'X column (left-aligned, 600 px)': (w: number) => ({ col: { left: 260, width: Math.min(600, w - 260) }, indent: 16 }),
    'X modal (centred, 560 px)': (w: number) => ({ col: { left: (w - 560) / 2, width: 560 }, indent: 16 }),
    'Facebook reply (centred, 680 px, indented 32)': (w: number) => ({ col: { left: Math.max(0, (w - 712) / 2) + 16, width: 680 }, indent: 32 }),
  };
  for (const [name, layout] of Object.entries(layouts)) {
    it(`sweep, ${name}: 800 to 2560 px`, () => {
      for (let width = 800; width <= 2560; width += 40) {
        for (const postTop of [20, 200, 420]) {
          const viewport = { width, height: H };
          const { col, indent } = layout(width);
          const post = { left: col.left, top: postTop, width: col.width, height: 110 };
          const area = { left: col.left + indent, top: postTop + 120, width: col.width - indent - 16, height: 50 };
          const p = placePanel(area, viewport, post)!;
          const r = panelRect(p, viewport);
          const at = `${width} px, post at ${postTop}: ${JSON.stringify(p)}`;
          expect(inside(r, width, H), at).toBe(true);
          expect(overlaps(r, area), at).toBe(false);
          expect(overlaps(r, post), at).toBe(false);
          expect(r.height, at).toBeGreaterThanOrEqual(180);
          if (width - (col.left + col.width) >= PANEL_WIDTH + 24) expect(p.mode, at).toBe('right');
        }
      }
    });
  }
});
