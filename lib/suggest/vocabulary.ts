/**
 * Fuzzy text matching that stays fast with thousands of templates: fuse.js searches the library's
 * *vocabulary* (each distinct word once, accent-folded), and an inverted index maps the matched
 * words back to the items that use them. A post's words thus match inflected or misspelt forms
 * ("zamowienia" ~ "zamówienie", "delivred" ~ "delivered") without scanning every template.
 */
import Fuse from 'fuse.js';
import { fold } from '../triage/normalize';

export interface Field<T> {
  get(item: T): string | readonly string[];
  weight: number;
}

interface Word {
  word: string;
  /** Items using the word, and the weight of the best field it appears in (parallel arrays). */
  items: Int32Array;
  weights: Float32Array;
}

// Words start with a letter: numbers (order ids, dates) would flood the vocabulary and match nothing useful.
const WORD_RE = /\p{L}[\p{L}\p{N}]{2,}/gu;

export function words(text: string): string[] {
  return fold(text).match(WORD_RE) ?? [];
}

export class VocabularyIndex<T> {
  private fuse: Fuse<Word>;
  private cache = new Map<string, Array<{ word: Word; similarity: number }>>();
  // Scratch buffers reused by every query: scoring allocates nothing per item.
  private total: Float32Array;
  private best: Float32Array;
  private touched: Int32Array;

  constructor(items: readonly T[], fields: readonly Field<T>[]) {
    const vocab = new Map<string, Map<number, number>>();
    items.forEach((item, idx) => {
      for (const field of fields) {
        const value = field.get(item);
        for (const text of typeof value === 'string' ? [value] : value) {
          for (const w of words(text)) {
            const postings = vocab.get(w) ?? new Map<number, number>();
            postings.set(idx, Math.max(postings.get(idx) ?? 0, field.weight));
            vocab.set(w, postings);
          }
        }
      }
    });
    const entries: Word[] = [...vocab].map(([word, postings]) => ({
      word,
      items: Int32Array.from(postings.keys()),
      weights: Float32Array.from(postings.values()),
    }));
    this.fuse = new Fuse(entries, { keys: ['word'], includeScore: true, threshold: 0.3, ignoreLocation: true });
    this.total = new Float32Array(items.length);
    this.best = new Float32Array(items.length);
    this.touched = new Int32Array(items.length);
  }

  private lookup(term: string) {
    let hit = this.cache.get(term);
    if (!hit) {
      hit = this.fuse.search(term, { limit: 8 }).map((r) => ({ word: r.item, similarity: 1 - (r.score ?? 1) }));
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(term, hit);
    }
    return hit;
  }

  /** Score per item index, 0..1: how much of the query's content its words cover. */
  score(terms: readonly string[]): Map<number, number> {
    const { total, best, touched } = this;
    total.fill(0);
    for (const term of terms) {
      let n = 0;
      for (const { word, similarity } of this.lookup(fold(term))) {
        const { items, weights } = word;
        for (let k = 0; k < items.length; k++) {
          const idx = items[k]!;
          const s = similarity * weights[k]!;
          if (best[idx] === 0) touched[n++] = idx;
          if (s > best[idx]!) best[idx] = s;
        }
      }
      // Each term counts once per item (its best-matching word), then the buffer is reset.
      for (let k = 0; k < n; k++) {
        const idx = touched[k]!;
        total[idx] = total[idx]! + best[idx]!;
        best[idx] = 0;
      }
    }
    const out = new Map<number, number>();
    // Two strong trigger words are a confident match; more does not make it more so.
    for (let idx = 0; idx < total.length; idx++) if (total[idx]! > 0) out.set(idx, Math.min(1, total[idx]!));
    return out;
  }
}
