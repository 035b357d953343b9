/**
 * The first suggestions a manager reads. Triage names the right category for only about 0.7 of
 * complaints, while with the right category the ranker's best template fits about 0.95 of the time:
 * so when triage is unsure, a second template of the category it picked is worth less than the best
 * template of a reading it may have missed. Then the first places cover the likeliest readings — the
 * best suggestion as scored, then the best template of the chosen category and of each runner-up
 * whose evidence is meaningful, strongest first — and the rest follow by score. A confident triage
 * (no meaningful runner-up) keeps its own category's templates together.
 */
import type { RankInput, Suggestion } from './rank';

/**
 * A runner-up with at least a third of the chosen category's evidence is a reading triage could well
 * have chosen. On the training-side category CV (scripts/eval/category-ranking.ts) about one such
 * runner-up in four is the labelled category, against one in fifteen below a third; and a triage with
 * no such runner-up names the right category nine times in ten, against about half otherwise.
 */
export const MEANINGFUL_STRENGTH = 1 / 3;
/** How many places are read at a glance. */
export const FIRST_LOOK = 3;

const categoryOf = (s: Suggestion) => (s.kind === 'template' ? s.template.category : null);

export function coverLikelyReadings(ranked: readonly Suggestion[], input: RankInput, limit: number): Suggestion[] {
  const places = Math.min(FIRST_LOOK, limit);
  const runnerUps = (input.categoryAlternatives ?? []).filter((a) => a.category !== input.category && a.strength >= MEANINGFUL_STRENGTH);
  if (runnerUps.length === 0 || places < 2) return ranked.slice(0, limit);
  const out = ranked.slice(0, 1);
  for (const category of [input.category, ...runnerUps.map((a) => a.category)]) {
    if (out.length >= places) break;
    if (out.some((s) => categoryOf(s) === category)) continue;
    const best = ranked.find((s) => categoryOf(s) === category);
    if (best) out.push(best);
  }
  for (const s of ranked) {
    if (out.length >= limit) break;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}
