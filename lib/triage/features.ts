/**
 * Hashed n-gram features for the linear models: word unigrams and bigrams plus character
 * 2–5-grams inside words, each hashed (FNV-1a) into a fixed space so the shipped weights need no
 * vocabulary. Word and character groups are each L2-normalised so long posts do not dominate.
 */
import { HashCounter } from './hash-counter';
import { normalizeForModel, tokenize } from './normalize';

export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units, with a namespace seed so word and char features do not collide by design. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & HASH_MASK;
}

export interface SparseVector {
  idx: number[];
  val: number[];
}

function addGroup(counts: HashCounter, out: SparseVector, weight: number): void {
  let norm = 0;
  for (let i = 0; i < counts.size; i++) norm += counts.countAt(i) ** 2;
  if (norm === 0) return;
  const k = weight / Math.sqrt(norm);
  for (let i = 0; i < counts.size; i++) {
    out.idx.push(counts.keyAt(i));
    out.val.push(counts.countAt(i) * k);
  }
}

// Reused by every call (featurize is synchronous, never re-entered), cleared before use.
const WORDS = new HashCounter();
const CHARS = new HashCounter();

const MIN_CHAR = 2;
const MAX_CHAR = 5;

/** Feature vector of a post. Indices may repeat across groups (hash collisions); dot products just add them. */
export function featurize(text: string): SparseVector {
  const tokens = tokenize(normalizeForModel(text));
  const words = WORDS;
  const chars = CHARS;
  words.clear();
  chars.clear();
  let prev = '<s>';
  for (const t of tokens) {
    words.bump(hash(t, 1));
    words.bump(hash(prev + ' ' + t, 2));
    prev = t;
    // Character n-grams of " word ", hashed incrementally (same values as hash(slice, 3), no substrings).
    const padded = ' ' + t + ' ';
    for (let s = 0; s < padded.length; s++) {
      let h = (0x811c9dc5 ^ 3) >>> 0;
      for (let n = 1; n <= MAX_CHAR && s + n <= padded.length; n++) {
        h ^= padded.charCodeAt(s + n - 1);
        h = Math.imul(h, 0x01000193);
        if (n >= MIN_CHAR) chars.bump((h >>> 0) & HASH_MASK);
      }
    }
  }
  if (tokens.length) words.bump(hash(prev + ' </s>', 2));
  const out: SparseVector = { idx: [], val: [] };
  addGroup(words, out, 1);
  addGroup(chars, out, 1);
  // A bias-like length cue: very short posts are rarely complaints.
  out.idx.push(hash(`_len${Math.min(6, Math.floor(tokens.length / 5))}`, 4));
  out.val.push(0.5);
  return out;
}

/**
 * The complaint head's input: the post's features plus one feature for its language, a per-language bias,
 * so each language keeps its own base rate of complaints (English rows do not shift Polish decisions
 * through a shared intercept).
 */
export function withLanguage(x: SparseVector, lang: string): SparseVector {
  return { idx: [...x.idx, languageFeature(lang)], val: [...x.val, 1] };
}

/** The index of the language feature `withLanguage` adds (value 1), for scoring without copying the vector. */
export function languageFeature(lang: string): number {
  return hash(`_lang:${lang}`, 5);
}
