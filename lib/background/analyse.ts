/**
 * What the panel asks the background when it opens: triage for every post of the thread (for the
 * queue), and suggestions for the post being answered. Triage weights, the library and the rule
 * checker stay in the background, keeping the content scripts small.
 */
import type { LibraryTemplate } from '../library/store/library';
import type { FaqEntry, PackTemplate } from '../library/pack/pack-schema';
import type { ChoiceHistory } from '../suggest/history';
import type { Ranker, RankInput } from '../suggest/rank';
import type { Platform } from '../sites/types';
import { triage, type TriageResult } from '../triage';
import { applyCorrection, checkCorrection, type TriageCorrection } from '../triage/correction';
import { brandConfigured, threadRelevance, type BrandProfile, type Relevance } from '../triage/relevance';

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
  /** X: "Replying to @a" handles (relevance: addressed to the brand). */
  replyToHandles?: string[];
  /** Author of the quoted post, when the post quotes one. */
  quotedHandle?: string | null;
  /** The post's link (Facebook's names the page it lives on). */
  permalink?: string | null;
}

export interface AnalyseRequest {
  platform: Platform;
  posts: PostForTriage[];
  /** The post being answered (one of `posts`, or given alone when the thread could not be read). */
  focusId: string | null;
  now?: number;
  /** The page the posts were read on. */
  pageUrl?: string | null;
  /**
   * Who the brand is, for relevance. The background fills it from the profile when the page does
   * not send it (lib/messaging/panel-handlers.ts); absent means no brand is set up.
   */
  brand?: BrandProfile | null;
  /**
   * The manager's correction of triage on the post being answered (lib/triage/correction.ts): the
   * suggestions are ranked for the corrected verdict. Checked here; an invalid one is ignored and said.
   */
  correction?: TriageCorrection | null;
}

export interface SuggestionView {
  kind: 'template' | 'faq';
  id: string;
  packId: string;
  title: string;
  category: string | null;
  /** The ranker's score, 0..1 (higher first). */
  score: number;
  reasons: string[];
  /** The template's parts (templates) or the answer (FAQ): rendered by the panel with the user's values. */
  template: Pick<PackTemplate, 'parts' | 'body' | 'short'> | null;
  faq: Pick<FaqEntry, 'question' | 'answer'> | null;
}

export interface AnalyseResponse {
  triage: Record<string, TriageResult>;
  /** Per post: addressed to the brand or about it. Only relevant complaints are queued and logged as seen. */
  relevance: Record<string, Relevance>;
  /** Whether a brand (name, handles or keywords) is set up; without one nothing is relevant. */
  brandConfigured: boolean;
  suggestions: SuggestionView[];
  /**
   * Present when the request carried a correction: applied (with triage's own verdict on the post,
   * `guess`, which `triage[focusId]` now replaces), or ignored with the reason.
   */
  correction?: { applied: true; guess: TriageResult } | { applied: false; error: string };
}

export { isQueued } from '../triage/relevance';

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
  let focusTriage = req.focusId ? results[req.focusId] : undefined;
  let correction: AnalyseResponse['correction'];
  if (req.correction != null) {
    // The request comes from a content script: checked, and ignored (with the reason) rather than trusted.
    const checked = checkCorrection(req.correction, focus && focusTriage ? req.focusId : null);
    if (!checked.ok) correction = { applied: false, error: checked.error };
    else if (focusTriage) {
      correction = { applied: true, guess: focusTriage };
      focusTriage = results[checked.value.postId] = applyCorrection(focusTriage, checked.value);
    }
  }
  const suggestions = focus && focusTriage ? ranker.rank(rankInputFor(focus.text, focusTriage, req.platform)).map(toView) : [];
  const relevance = Object.fromEntries(threadRelevance(req.posts, req.brand, { platform: req.platform, pageUrl: req.pageUrl ?? null }));
  return { triage: results, relevance, brandConfigured: brandConfigured(req.brand), suggestions, ...(correction ? { correction } : {}) };
}

/** What the ranker is told about a post: its text and triage's verdict (the panel, `soothe suggest` and the eval all pass through here). */
export function rankInputFor(text: string, t: TriageResult, platform?: Platform): RankInput {
  return {
    text,
    lang: t.lang,
    category: t.category,
    escalation: t.escalation,
    flags: t.flags,
    ...(platform ? { platform } : {}),
    complaint: t.complaint,
    complaintScore: t.score,
    categoryAlternatives: t.categoryAlternatives,
  };
}

/** What the panel gets of a ranked or found template / FAQ answer. */
export function toView(s: ReturnType<Ranker['rank']>[number]): SuggestionView {
  if (s.kind === 'template') {
    const t: LibraryTemplate = s.template;
    return { kind: 'template', id: t.id, packId: t.packId, title: t.title, category: t.category, score: s.score, reasons: s.reasons, template: { parts: t.parts, ...(t.body !== undefined ? { body: t.body } : {}), ...(t.short !== undefined ? { short: t.short } : {}) }, faq: null };
  }
  return { kind: 'faq', id: s.faq.id, packId: s.faq.packId, title: s.faq.question, category: null, score: s.score, reasons: s.reasons, template: null, faq: { question: s.faq.question, answer: s.faq.answer } };
}

/** Seed the user's past choices from logged insertions (lang and category come with each event). */
export function learnChoices(history: ChoiceHistory, events: Iterable<{ templateId?: string; context?: { lang?: string; category?: string } }>): void {
  for (const e of events) {
    if (e.templateId && e.context?.lang && e.context.category) history.record(e.context.lang, e.context.category, e.templateId);
  }
}

/** A choice the log has just recorded (a stored `template_inserted` event) counts at once; nothing is learnt while remembering is off. */
export function learnFromRecorded(history: ChoiceHistory | null, event: { type: string; templateId?: string; context?: { lang?: string; category?: string } }): void {
  if (history && event.type === 'template_inserted') learnChoices(history, [event]);
}
