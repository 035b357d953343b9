/**
 * Type-to-search over the whole library, for the panel's search box: every template and FAQ
 * answer in the languages the manager answers in, matched fuzzily (accent-folded, misspellings
 * and inflections, via the same vocabulary index the ranking uses) on title, trigger phrases,
 * tags and the reply's own words.
 */
import type { Library, LibraryFaq, LibraryTemplate } from '../library/store/library';
import { templateBody } from '../library/pack/pack-schema';
import type { Suggestion } from './rank';
import { VocabularyIndex, words } from './vocabulary';

type Item = { kind: 'template'; t: LibraryTemplate } | { kind: 'faq'; f: LibraryFaq };

export interface SearchOptions {
  /** Languages to search; empty means all. */
  langs: readonly string[];
  platform?: string;
  limit?: number;
}

export class LibrarySearch {
  private items: Item[];
  private index: VocabularyIndex<Item>;

  constructor(library: Library) {
    this.items = [...library.templates.map((t): Item => ({ kind: 'template', t })), ...library.faq.map((f): Item => ({ kind: 'faq', f }))];
    this.index = new VocabularyIndex(this.items, [
      { get: (i) => (i.kind === 'template' ? i.t.title : i.f.question), weight: 1 },
      { get: (i) => (i.kind === 'template' ? i.t.triggers : []), weight: 0.8 },
      { get: (i) => (i.kind === 'template' ? i.t.tags : i.f.tags), weight: 0.6 },
      { get: (i) => (i.kind === 'template' ? [templateBody(i.t), i.t.id] : [i.f.answer, i.f.id]), weight: 0.4 },
    ]);
  }

  search(query: string, { langs, platform, limit = 12 }: SearchOptions): Suggestion[] {
    const terms = [...new Set(words(query))];
    if (terms.length === 0) return [];
    const found: Suggestion[] = [];
    for (const [i, score] of this.index.score(terms)) {
      const item = this.items[i]!;
      const lang = item.kind === 'template' ? item.t.lang : item.f.lang;
      if (langs.length && !langs.includes(lang)) continue;
      if (item.kind === 'template') {
        if (platform && item.t.platforms && !item.t.platforms.includes(platform as never)) continue;
        found.push({ kind: 'template', id: item.t.id, score, reasons: ['matches your search'], template: item.t });
      } else {
        found.push({ kind: 'faq', id: item.f.id, score, reasons: ['matches your search'], faq: item.f });
      }
    }
    return found.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}
