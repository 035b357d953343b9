/**
 * A template's or FAQ entry's id made from its title, so nobody types a machine id by hand:
 * `category.words-of-the-title` (e.g. "Order running late" → `delivery.order-running-late`), in
 * Latin letters whatever the title's language (Polish diacritics dropped, Greek transliterated),
 * always matching ITEM_ID, and unique among the ids already in the pack (`-2`, `-3`… appended).
 */
import { ITEM_ID } from './pack-schema';

/** Greek → Latin, close to ELOT 743 (one letter each; accents are removed first). */
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** Letters NFD does not decompose. */
const LATIN: Record<string, string> = { ł: 'l', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd' };

/** Ids stay short enough to read in a list (the schema allows 100). */
const MAX_WORDS_LENGTH = 48;

/** The title as lower-case Latin words joined by "-" (empty when it has no letters or digits). */
export function slugWords(title: string): string {
  const latin = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/./gu, (ch) => GREEK[ch] ?? LATIN[ch] ?? ch);
  const words = latin.split(/[^a-z0-9]+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > MAX_WORDS_LENGTH) return out || w.slice(0, MAX_WORDS_LENGTH);
    out = next;
  }
  return out;
}

/**
 * The id for a new item: `prefix.slug` (prefix is the category for templates, omitted when empty),
 * not one of `taken`. A title without letters gives `prefix.item`.
 */
export function itemIdFromTitle(title: string, prefix: string | null, taken: Iterable<string>): string {
  const used = new Set(taken);
  const head = prefix ? slugWords(prefix) : '';
  const base = [head, slugWords(title) || 'item'].filter(Boolean).join('.');
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  // Cannot fail for the inputs above; a guard so a future change to ITEM_ID is caught in tests.
  if (!ITEM_ID.test(id)) throw new Error(`itemIdFromTitle made an invalid id "${id}"`);
  return id;
}
