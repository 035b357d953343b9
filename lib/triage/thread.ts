/**
 * Thread context: who wrote the post and what it replies to changes what it is. The brand's own
 * posts are never complaints (handled in triage.ts); a reply under someone else's complaint that
 * agrees with it ("same here, 3 weeks and nothing") is a complaint even when it would not read as
 * one on its own.
 */
import type { LexiconHit } from './lexicon';

/** Standalone score a reply under a complaint needs to count as joining it: context lowers the bar. */
export const JOIN_THRESHOLD = 0.35;
/** Score given to an explicit "same here" / "+1" under a complaint. */
export const AGREEMENT_SCORE = 0.8;

const PLUS_ONE = /(^|\s)\+1\b|☝|👆/u;

/** Whether a reply under a complaint joins it, and its score in that context (≥ 0.5 when it does). */
export function replyUnderComplaint(text: string, agreement: LexiconHit[], score: number): { joins: boolean; score: number } {
  if (agreement.length > 0 || PLUS_ONE.test(text)) return { joins: true, score: Math.max(score, AGREEMENT_SCORE) };
  if (score >= JOIN_THRESHOLD) {
    // Rescale [JOIN_THRESHOLD, 1] onto [0.5, 1] so the score agrees with the decision.
    return { joins: true, score: Math.max(score, 0.5 + ((score - JOIN_THRESHOLD) / (1 - JOIN_THRESHOLD)) * 0.5) };
  }
  return { joins: false, score };
}
