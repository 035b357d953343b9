/**
 * What "Reply with Soothe" works on, read from the page at the moment the user asked: the selected
 * text, the text box the reply goes into (the one that had focus, else the nearest one to the
 * selection), and what the page says around the selection (a <time datetime>, an author) when it
 * says it plainly. Never throws: a page is a hostile place.
 */
import { webPlatform, type Platform } from '../../sites/types';
import { normaliseSelection, pageKey, selectionPostId } from './selection-id';

export interface SelectionTarget {
  text: string;
  url: string;
  platform: Platform;
  postId: string;
  /** Where the reply goes, when the page has a text box. */
  editor: HTMLElement | null;
  /** The user's caret in that box when they asked, to insert where they were. */
  caret: Range | null;
  author: string | null;
  postedAt: number | null;
  /** An element inside the selection, to scroll back to. */
  anchor: Element | null;
}

/** Triage gains nothing from longer texts; messaging and the log stay small. */
export const MAX_SELECTION = 5000;

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], input[type="text"], input:not([type])';

/** The root of an editable region (Lexical, Draft, ProseMirror nest editable blocks). */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el || !(el instanceof HTMLElement)) return null;
  if (el instanceof HTMLTextAreaElement) return el.disabled || el.readOnly ? null : el;
  if (el instanceof HTMLInputElement) return ['text', 'search', ''].includes(el.type) && !el.disabled && !el.readOnly ? el : null;
  if (!el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

function visible(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !(style && (style.display === 'none' || style.visibility === 'hidden'));
}

/** The nearest text box to `from`: inside its closest ancestor that holds one, skipping `exclude`. */
export function nearestEditable(from: Node | null, exclude?: Node | null): HTMLElement | null {
  let node: Node | null = from;
  const el = (n: Node | null) => (n && n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n?.parentElement ?? null);
  for (let anc = el(node); anc; anc = anc.parentElement) {
    for (const cand of anc.querySelectorAll(EDITABLE)) {
      const root = editableRoot(cand);
      if (root && root !== exclude && !root.contains(exclude ?? null) && visible(root)) return root;
    }
    node = anc;
  }
  return null;
}

const CONTAINER = 'article, [role="article"], [itemtype*="Review"], [itemprop="review"], [itemtype*="Comment"], li, .comment, .review';
const AUTHOR = '[itemprop="author"], [rel="author"], .author, [class*="author" i], [data-author]';

function around(anchor: Element | null): { author: string | null; postedAt: number | null } {
  const box = anchor?.closest(CONTAINER);
  if (!box) return { author: null, postedAt: null };
  const time = box.querySelector('time[datetime]');
  const t = time ? Date.parse(time.getAttribute('datetime') ?? '') : NaN;
  const a = box.querySelector(AUTHOR);
  const name = (a?.getAttribute('data-author') || a?.textContent || '').replace(/\s+/g, ' ').trim();
  return { author: name && name.length <= 80 ? name : null, postedAt: Number.isFinite(t) ? t : null };
}

export function readSelectionTarget(doc: Document, fallbackText: string | null = null): SelectionTarget | null {
  const win = doc.defaultView;
  const sel = win?.getSelection() ?? null;
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const active = doc.activeElement;
  let selected = sel?.toString() ?? '';
  let anchor: Element | null = null;
  if (range) {
    const c = range.commonAncestorContainer;
    anchor = c.nodeType === Node.ELEMENT_NODE ? (c as Element) : c.parentElement;
  }
  // Text selected inside a textarea is not in window.getSelection().
  if (!selected && (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) {
    const { selectionStart: s, selectionEnd: e } = active;
    if (s !== null && e !== null && e > s) {
      selected = active.value.slice(s, e);
      anchor = active;
    }
  }
  const text = normaliseSelection(selected || fallbackText || '').slice(0, MAX_SELECTION);
  if (!text) return null;
  const url = pageKey(win?.location.href ?? doc.URL);
  const platform = webPlatform(url) ?? 'web:unknown';
  // The box that had focus, unless the selection is inside it (then it holds the complaint, not the reply).
  const focused = editableRoot(active);
  const selectionInFocused = !!(focused && anchor && (focused === anchor || focused.contains(anchor)));
  const editor = focused && !selectionInFocused ? focused : nearestEditable(anchor, selectionInFocused ? focused : null);
  const caret = editor && range && editor.contains(range.startContainer) ? range.cloneRange() : null;
  return { text, url, platform, postId: selectionPostId(url, text), editor, caret, ...around(anchor), anchor };
}
