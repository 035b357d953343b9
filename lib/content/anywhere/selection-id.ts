/**
 * A stable post id for a complaint picked by selection on any page: the same text on the same page
 * gives the same id (so reopening it, or answering it later, lands on the same case), different
 * pages or texts give different ones. Synchronous and crypto-free: plain http pages have no
 * crypto.subtle.
 */

/** Address without the fragment (#comment-12 jumps within the same page). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Whitespace differences (line wrapping, a trailing space in the selection) do not change the id. */
export function normaliseSelection(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** cyrb53: a fast 53-bit string hash with good spread; two seeds give 106 bits. */
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function selectionPostId(url: string, text: string): string {
  const input = `${pageKey(url)}\n${normaliseSelection(text)}`;
  return `sel-${cyrb53(input, 1).toString(36)}${cyrb53(input, 2).toString(36)}`;
}
