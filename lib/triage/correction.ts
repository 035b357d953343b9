/**
 * The manager's correction of triage's verdict on one post (complaint or not, category), and what it
 * does to the TriageResult the ranker is given. The manager's word replaces triage's judgement: a
 * chosen category is certain (confidence 1, no alternatives) and makes the post a complaint; "not a
 * complaint" ranks as triage does for non-complaints (thanks, FAQ answers). Pure; the background
 * validates what a content script sends before applying it (lib/background/analyse.ts).
 */
import { CATEGORIES, type Category } from './categories';
import type { TriageResult } from './triage';

/** The categories a manager may choose: the real ones (`other` is triage's "unsure", not a choice). */
export const REAL_CATEGORIES = CATEGORIES.filter((c): c is Exclude<Category, 'other'> => c !== 'other');
export type RealCategory = (typeof REAL_CATEGORIES)[number];

export interface TriageCorrection {
  /** The post it corrects: the one being answered. */
  postId: string;
  /** false: not a complaint; true: a complaint (triage's category unless one is chosen). */
  complaint?: boolean;
  /** Implies a complaint. */
  category?: RealCategory;
}

/** What the manager saw and what they set it to: the logged fact (`triage_corrected`). */
export interface VerdictPair {
  complaint: boolean;
  category: Category;
}

/** A verdict as stored data may hold it (older rows: any category string). */
type Verdict = { complaint: boolean; category: string };

const MAX_ID = 200;

export type CheckedCorrection = { ok: true; value: TriageCorrection } | { ok: false; error: string };

/**
 * A correction as a content script sent it, checked against the request's posts: only the focused
 * post, a real category, and a verdict that says something. Never throws.
 */
export function checkCorrection(x: unknown, focusId: string | null): CheckedCorrection {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return { ok: false, error: 'correction: must be an object' };
  const c = x as Record<string, unknown>;
  if (typeof c.postId !== 'string' || !c.postId || c.postId.length > MAX_ID) return { ok: false, error: 'correction.postId: must be a post id' };
  if (focusId === null || c.postId !== focusId) return { ok: false, error: `correction.postId: ${JSON.stringify(c.postId.slice(0, 80))} is not the post being answered` };
  if (c.complaint !== undefined && typeof c.complaint !== 'boolean') return { ok: false, error: 'correction.complaint: must be true or false' };
  if (c.category !== undefined && !(REAL_CATEGORIES as readonly unknown[]).includes(c.category)) {
    return { ok: false, error: `correction.category: must be one of ${REAL_CATEGORIES.join(', ')}` };
  }
  if (c.category !== undefined && c.complaint === false) return { ok: false, error: 'correction: a post with a category is a complaint' };
  if (c.category === undefined && c.complaint === undefined) return { ok: false, error: 'correction: says neither complaint nor category' };
  return {
    ok: true,
    value: { postId: c.postId, ...(c.complaint !== undefined ? { complaint: c.complaint } : {}), ...(c.category !== undefined ? { category: c.category as RealCategory } : {}) },
  };
}

/** Triage's result for the post as the manager corrected it (a new object; `t` is untouched). */
export function applyCorrection(t: TriageResult, c: Pick<TriageCorrection, 'complaint' | 'category'>): TriageResult {
  if (c.category !== undefined) {
    const { categoryAlternatives: _alternatives, ...rest } = t;
    return { ...rest, complaint: true, category: c.category, categoryConfidence: 1 };
  }
  // The manager's word is certain: no longer a near miss for the ranker either.
  if (c.complaint === false) return { ...t, complaint: false, score: 0 };
  if (c.complaint === true) return { ...t, complaint: true };
  return t;
}

export function verdictOf(t: Pick<TriageResult, 'complaint' | 'category'>): VerdictPair {
  return { complaint: t.complaint, category: t.category };
}

/** Whether the correction changed what the manager was shown (confirming triage's pick changes nothing to count). */
export function changedVerdict(from: Verdict, to: Verdict): boolean {
  return from.complaint !== to.complaint || (to.complaint && from.category !== to.category);
}

/** The category was corrected: the post is a complaint and triage either missed it or filed it elsewhere. */
export function categoryCorrected(from: Verdict, to: Verdict): boolean {
  return to.complaint && (!from.complaint || from.category !== to.category);
}
