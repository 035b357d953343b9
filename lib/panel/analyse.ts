/**
 * What the panel asks the background when it opens: triage for every post of the thread (for the
 * queue), and suggestions for the post being answered. Triage weights, the library and the rule
 * checker stay in the background, keeping the content scripts small.
 */
import type { LibraryTemplate } from '../library/library';
import type { FaqEntry, PackTemplate } from '../library/pack-schema';
import type { ChoiceHistory } from '../suggest/history';
import type { Ranker } from '../suggest/rank';
import { triage, type TriageResult } from '../triage';

export interface PostForTriage {
  id: string;
  text: string;
  lang: string | null;
  /** Epoch ms. */
  postedAt: number | null;
  parentId: string | null;
  isBrandPost: boolean;
  replies: number | null;
  likes: number | null;
}

export interface AnalyseRequest {
  platform: string;
  posts: PostForTriage[];
  /** The post being answered (one of `posts`, or given alone when the thread could not be read). */
  focusId: string | null;
  now?: number;
}

export interface SuggestionView {
  kind: 'template' | 'faq';
  id: string;
  packId: string;
  title: string;
  category: string | null;
  reasons: string[];
  /** The template's parts (templates) or the answer (FAQ): rendered by the panel with the user's values. */
  template: Pick<PackTemplate, 'parts' | 'body' | 'short'> | null;
  faq: Pick<FaqEntry, 'question' | 'answer'> | null;
}

export interface AnalyseResponse {
  triage: Record<string, TriageResult>;
  suggestions: SuggestionView[];
}

export function analyseThread(req: AnalyseRequest, ranker: Ranker): AnalyseResponse {
  const now = req.now ?? Date.now();
  const byId = new Map(req.posts.map((p) => [p.id, p]));
  const results: Record<string, TriageResult> = {};
  // Parents first (page order), so "same here" under a complaint knows its parent is one.
  for (const post of req.posts) {
    const parent = post.parentId ? results[post.parentId] : undefined;
    const parentPost = post.parentId ? byId.get(post.parentId) : undefined;
    results[post.id] = triage({
      text: post.text,
      lang: post.lang,
      isBrandPost: post.isBrandPost,
      parentComplaint: !!parent?.complaint && !parentPost?.isBrandPost,
      replies: post.replies ?? 0,
      likes: post.likes ?? 0,
      postedAt: post.postedAt,
      now,
    });
  }
  const focus = req.focusId ? byId.get(req.focusId) : undefined;
  const focusTriage = req.focusId ? results[req.focusId] : undefined;
  const suggestions =
    focus && focusTriage
      ? ranker
          .rank({
            text: focus.text,
            lang: focusTriage.lang,
            category: focusTriage.category,
            escalation: focusTriage.escalation,
            flags: focusTriage.flags,
            platform: req.platform,
          })
          .map(toView)
      : [];
  return { triage: results, suggestions };
}

/** What the panel gets of a ranked or found template / FAQ answer. */
export function toView(s: ReturnType<Ranker['rank']>[number]): SuggestionView {
  if (s.kind === 'template') {
    const t: LibraryTemplate = s.template;
    return { kind: 'template', id: t.id, packId: t.packId, title: t.title, category: t.category, reasons: s.reasons, template: { parts: t.parts, ...(t.body !== undefined ? { body: t.body } : {}), ...(t.short !== undefined ? { short: t.short } : {}) }, faq: null };
  }
  return { kind: 'faq', id: s.faq.id, packId: s.faq.packId, title: s.faq.question, category: null, reasons: s.reasons, template: null, faq: { question: s.faq.question, answer: s.faq.answer } };
}

/** Seed the user's past choices from logged insertions (lang and category come with each event). */
export function learnChoices(history: ChoiceHistory, events: Iterable<{ templateId?: string; context?: { lang?: string; category?: string } }>): void {
  for (const e of events) {
    if (e.templateId && e.context?.lang && e.context.category) history.record(e.context.lang, e.context.category, e.templateId);
  }
}

/** A choice made just now (a `template_inserted` event on its way to the log) counts at once. */
export function learnChoiceFromMessage(history: ChoiceHistory | null, message: unknown): void {
  const m = message as { type?: string; payload?: { type?: string; templateId?: string; context?: { lang?: string; category?: string } } };
  if (history && m?.type === 'log:event' && m.payload?.type === 'template_inserted') learnChoices(history, [m.payload]);
}
