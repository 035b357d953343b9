/**
 * Reading what a person sees as text out of a site's DOM: emoji drawn as <img alt="😀"> become
 * their characters, <br> becomes a newline, and the parts the caller names (buttons such as
 * "See more", quoted posts) are left out. Works on any DOM (browser or jsdom); never throws.
 */

export interface TextOptions {
  /** Elements to leave out entirely (with everything inside them). */
  skip?: (el: Element) => boolean;
  /** Treat div/p/li as blocks separated by newlines (Facebook); X's text uses inline divs. */
  blocks?: boolean;
}

const BLOCK = new Set(['div', 'p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'blockquote']);

/** Bidi overrides and zero-width characters a page may use to disguise text; removed from what we read. */
// ZWJ/ZWNJ (U+200C/D) stay: emoji sequences and Indic scripts need them.
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function readText(root: Element | null | undefined, options: TextOptions = {}): string {
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'template') return;
    if (options.skip?.(el)) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    if (tag === 'img') {
      // Emoji are images whose alt is the character; other images add nothing to the text.
      const alt = el.getAttribute('alt') ?? '';
      if (alt && isEmojiLike(alt)) parts.push(alt);
      return;
    }
    // The ellipsis X appends to a shortened link is decoration: the full address is in the hidden spans.
    if (el.getAttribute('aria-hidden') === 'true' && el.textContent === '\u2026' && el.closest('a')) return;
    const block = options.blocks && BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  try {
    for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  } catch {
    // A DOM we cannot walk yields what was read so far.
  }
  return tidy(parts.join(''));
}

/** Short alt text made of emoji (pictographs, flags, keycaps, joiners), not words like "Image". */
export function isEmojiLike(alt: string): boolean {
  if (alt.length > 16) return false;
  return /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f\u20e3#*0-9]|\p{Emoji_Modifier})+$/u.test(alt) &&
    /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u.test(alt);
}

/** Normalise whitespace the way the page displays it: no invisible controls, at most one blank line. */
export function tidy(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of an element's own label, trimmed, or null. */
export function attr(el: Element | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v == null || v === '' ? null : v;
}
