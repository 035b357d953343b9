/**
 * Rank templates and FAQ answers for a post: fuzzy text match (fuse.js over title, trigger
 * phrases and tags, in the post's language) combined with triage's category, escalation, whether
 * the post asks a question, and what this user chose before for similar posts.
 */
import type { Library, LibraryFaq, LibraryTemplate } from '../library/library';
import type { ChoiceHistory } from './history';
import { queryTerms } from './query';
import { VocabularyIndex } from './vocabulary';

export interface RankInput {
  text: string;
  lang: string;
  category: string;
  escalation: boolean;
  /** Triage flags; `question` brings FAQ answers forward. */
  flags: readonly string[];
  platform?: string;
}

export type Suggestion =
  | { kind: 'template'; id: string; score: number; reasons: string[]; template: LibraryTemplate }
  | { kind: 'faq'; id: string; score: number; reasons: string[]; faq: LibraryFaq };

const WEIGHTS = { text: 0.45, category: 0.35, history: 0.15, escalation: 0.05 } as const;

interface LangIndex {
  templates: LibraryTemplate[];
  faq: LibraryFaq[];
  templateWords: VocabularyIndex<LibraryTemplate>;
  faqWords: VocabularyIndex<LibraryFaq>;
}

export class Ranker {
  private byLang = new Map<string, LangIndex>();

  constructor(library: Library, private history?: ChoiceHistory) {
    const langs = new Set([...library.templates.map((t) => t.lang), ...library.faq.map((f) => f.lang)]);
    for (const lang of langs) {
      const templates = library.templates.filter((t) => t.lang === lang);
      const faq = library.faq.filter((f) => f.lang === lang);
      this.byLang.set(lang, {
        templates,
        faq,
        templateWords: new VocabularyIndex(templates, [
          { get: (t) => t.triggers, weight: 0.6 },
          { get: (t) => t.title, weight: 0.45 },
          { get: (t) => t.tags, weight: 0.35 },
        ]),
        faqWords: new VocabularyIndex(faq, [
          { get: (f) => f.question, weight: 0.6 },
          { get: (f) => f.tags, weight: 0.4 },
        ]),
      });
    }
  }

  rank(input: RankInput, limit = 5): Suggestion[] {
    // A language without templates falls back to English rather than to nothing.
    const lang = this.byLang.has(input.lang) ? input.lang : 'en';
    const index = this.byLang.get(lang);
    if (!index) return [];
    const terms = queryTerms(input.text);
    const textScore = index.templateWords.score(terms);

    const scored: Suggestion[] = [];
    index.templates.forEach((t, i) => {
      if (input.platform && t.platforms && !t.platforms.includes(input.platform as never)) return;
      const reasons: string[] = [];
      const text = textScore.get(i) ?? 0;
      if (text > 0) reasons.push('matches the post');
      const category = t.category === input.category ? 1 : 0;
      if (category) reasons.push(`category: ${t.category}`);
      const history = this.history?.boost(lang, input.category, t.id) ?? 0;
      if (history) reasons.push('you chose it before');
      const escalation = input.escalation && t.tags.some((tag) => /escalat|urgent|priority/.test(tag)) ? 1 : 0;
      const score =
        WEIGHTS.text * text + WEIGHTS.category * category + WEIGHTS.history * history + WEIGHTS.escalation * escalation;
      if (score > 0) scored.push({ kind: 'template', id: t.id, score, reasons, template: t });
    });

    const asksQuestion = input.flags.includes('question') || /\?/.test(input.text);
    if (asksQuestion && terms.length) {
      const faqScores = [...index.faqWords.score(terms)].sort((a, b) => b[1] - a[1]).slice(0, 3);
      for (const [i, text] of faqScores) {
        const faq = index.faq[i]!;
        // An answer to the question asked beats a generic apology for a question-like post.
        if (text >= 0.3) scored.push({ kind: 'faq', id: faq.id, score: 0.2 + 0.6 * text, reasons: ['answers the question'], faq });
      }
    }

    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return scored.slice(0, limit);
  }
}
