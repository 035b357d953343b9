/**
 * Rank templates and FAQ answers for a post: fuzzy text match (fuse.js over title, trigger
 * phrases and tags, in the post's language) combined with triage's category, escalation, whether
 * the post asks a question, and what this user chose before for similar posts.
 *
 * A post triage says is not a complaint gets answers, not apologies: thanks for praise, FAQ
 * answers (or the general "happy to help" one) for questions, and complaint templates only when
 * its words match one, or, after those answers, when it is a near miss (NEAR_COMPLAINT). FAQ entries whose id starts with `thanks.` or `question.` are those answers.
 */
import type { Library, LibraryFaq, LibraryTemplate } from '../library/store/library';
import type { ChoiceHistory } from './history';
import { coverLikelyReadings } from './first-look';
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
  /** Triage's verdict; false switches to answers for praise and questions. Absent: treated as a complaint. */
  complaint?: boolean;
  /** Triage's runner-up categories with their evidence relative to `category` (0..1). */
  categoryAlternatives?: ReadonlyArray<{ category: string; strength: number }>;
  /** Triage's complaint score (0..1); a post it does not call a complaint but scores near the line is a near miss. */
  complaintScore?: number;
}

export type Suggestion =
  | { kind: 'template'; id: string; score: number; reasons: string[]; template: LibraryTemplate }
  | { kind: 'faq'; id: string; score: number; reasons: string[]; faq: LibraryFaq };

const WEIGHTS = { text: 0.3, category: 0.5, history: 0.15, escalation: 0.05 } as const;
/**
 * A post triage does not call a complaint but scores at least this is a near miss: after any thanks or FAQ answer, it
 * gets the complaint templates a complaint would, so a manager who replies to it anyway finds one (session 26, R1).
 */
export const NEAR_COMPLAINT = 0.3;
/** Every FAQ answer scores at least 0.2: near-miss templates stay below them. */
const BELOW_ANSWERS = 0.19;

/** FAQ answers for posts that are not complaints: thanks for kind words, and the general answer to a question. */
const isThanksFaq = (f: LibraryFaq) => f.id.startsWith('thanks.');
const isGeneralFaq = (f: LibraryFaq) => f.id.startsWith('question.');
/** Thanks in en/pl/el (folded forms too), for posts triage did not flag as praise. */
const THANKS = /\b(?:thank|thx|dzi[eę]kuj|dzi[eę]ki)|ευχαριστ|μπρ[αά]βο|\bbravo\b/iu;

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
    const textOf = new Map<string, number>();
    const alternativeStrength = new Map((input.categoryAlternatives ?? []).map((a) => [a.category, Math.min(1, Math.max(0, a.strength))]));
    index.templates.forEach((t, i) => {
      if (input.platform && t.platforms && !t.platforms.includes(input.platform as never)) return;
      const reasons: string[] = [];
      const text = textScore.get(i) ?? 0;
      textOf.set(t.id, text);
      if (text > 0) reasons.push('matches the post');
      // The chosen category counts whole; a runner-up counts as much as triage's evidence for it.
      const category = t.category === input.category ? 1 : (alternativeStrength.get(t.category) ?? 0);
      if (category === 1) reasons.push(`category: ${t.category}`);
      else if (category > 0) reasons.push(`maybe category: ${t.category}`);
      const history = this.history?.boost(lang, input.category, t.id) ?? 0;
      if (history) reasons.push('you chose it before');
      const escalation = input.escalation && t.tags.some((tag) => /escalat|urgent|priority/.test(tag)) ? 1 : 0;
      const score =
        WEIGHTS.text * text + WEIGHTS.category * category + WEIGHTS.history * history + WEIGHTS.escalation * escalation;
      if (score > 0) scored.push({ kind: 'template', id: t.id, score, reasons, template: t });
    });

    const asksQuestion = input.flags.includes('question') || /[?;\u037e]\s*$|\?/.test(input.text);
    const faqScores = terms.length ? [...index.faqWords.score(terms)].filter(([i]) => !isThanksFaq(index.faq[i]!) && !isGeneralFaq(index.faq[i]!)).sort((a, b) => b[1] - a[1]).slice(0, 3) : [];

    if (input.complaint === false) {
      const thanks = !asksQuestion && (input.flags.includes('praise') || THANKS.test(input.text));
      const answers = this.answerNonComplaint(index, scored, textOf, faqScores, asksQuestion, thanks, limit);
      if (thanks || (input.complaintScore ?? 0) < NEAR_COMPLAINT) return answers;
      const shown = new Set(answers.map((a) => a.id));
      const templates = coverLikelyReadings([...scored].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)), input, limit)
        .filter((t) => !shown.has(t.id))
        .map((t) => ({ ...t, score: Math.min(t.score, BELOW_ANSWERS), reasons: [...t.reasons, 'near a complaint'] }));
      return [...answers, ...templates].slice(0, limit);
    }

    if (asksQuestion) {
      for (const [i, text] of faqScores) {
        const faq = index.faq[i]!;
        // An answer to the question asked beats a generic apology for a question-like post.
        if (text >= 0.3) scored.push({ kind: 'faq', id: faq.id, score: 0.2 + 0.6 * text, reasons: ['answers the question'], faq });
      }
    }

    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return coverLikelyReadings(scored, input, limit);
  }

  /** Praise gets thanks, a question its FAQ answer (or the general one); a complaint template only when nothing else fits and its words match. */
  private answerNonComplaint(index: LangIndex, templates: Suggestion[], textOf: Map<string, number>, faqScores: Array<[number, number]>, asksQuestion: boolean, thanks: boolean, limit: number): Suggestion[] {
    const out: Suggestion[] = [];
    if (thanks) for (const faq of index.faq.filter(isThanksFaq)) out.push({ kind: 'faq', id: faq.id, score: 0.9, reasons: ['thanks for kind words'], faq });
    if (!thanks) {
      for (const [i, text] of faqScores) {
        const faq = index.faq[i]!;
        if (text >= (asksQuestion ? 0.15 : 0.3)) out.push({ kind: 'faq', id: faq.id, score: 0.2 + 0.6 * text, reasons: ['answers the question'], faq });
      }
      if (asksQuestion && out.length === 0) for (const faq of index.faq.filter(isGeneralFaq)) out.push({ kind: 'faq', id: faq.id, score: 0.2, reasons: ['a question, not a complaint'], faq });
    }
    // Nothing to thank for and no question answered: complaint templates, only on their own words (not on category alone).
    if (out.length === 0) {
      for (const s of templates) {
        if (s.kind === 'template' && (textOf.get(s.id) ?? 0) >= 0.45) out.push({ ...s, score: Math.min(s.score, 0.19) });
      }
    }
    out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return out.slice(0, limit);
  }
}
