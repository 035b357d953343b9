/**
 * The panel as an end-to-end test sees it, whatever drives the browser: where its parts are and
 * which suggestion can be inserted as is. Used by ./panel.ts (Chromium) and ./firefox-panel.ts.
 */
export const PANEL = {
  /** The Soothe button beside each composer. */
  openButton: '[data-soothe="open-panel"]',
  /** The panel's accessible name (role="dialog"). */
  name: 'Soothe replies',
  dialog: '[role="dialog"][aria-label="Soothe replies"]',
  suggestion: '[data-soothe-reply]',
  suggestionBody: '[data-soothe-reply] .soothe-reply-body',
  postText: '[data-soothe="post-text"]',
  complaint: '[data-soothe="complaint"]',
  /** The category chip (a menu button; `data-category` holds the category shown) and its menu's items. */
  category: '[data-soothe="category"]',
  categoryItem: '[data-soothe="category-menu"] [role="menuitemradio"]',
} as const;

/** The category of every default-pack template, by pack and template id (as a suggestion's data-pack and data-soothe-reply say). */
export function templateCategories(packs: ReadonlyArray<{ id: string; templates: ReadonlyArray<{ id: string; category: string }> }>): (packId: string | null, id: string | null) => string | undefined {
  const byKey = new Map(packs.flatMap((p) => p.templates.map((t) => [`${p.id}\u0000${t.id}`, t.category] as const)));
  return (packId, id) => byKey.get(`${packId}\u0000${id}`);
}

/**
 * The first suggestion that inserts without asking for values: `asks[i]` is whether suggestion i
 * carries `data-asks` (its preview is always whole, so the text cannot tell).
 */
export function readySuggestion(previews: string[], asks: boolean[]): { index: number; preview: string } {
  const index = asks.findIndex((a) => !a);
  if (index < 0) throw new Error(`every suggestion needs extra values: ${previews.join(' | ')}`);
  return { index, preview: previews[index]! };
}
