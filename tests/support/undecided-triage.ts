import type { ComplaintModel } from '../../lib/triage/model/complaint-model';
import { createTriage, DEFAULT_MIX } from '../../lib/triage/triage';
import type { Lang } from '../../lib/triage/language';

/** A model with no opinion: p = 0.5 (log-odds 0), severity 1, no category. */
const undecided: ComplaintModel = { probability: () => 0.5, severity: () => 1, categories: () => [] };

/**
 * triage() over the undecided model with lexicon weight 0 and bias 0 for `langs`, so only triage()'s own
 * adjustments (penalties, boosts) move a post's score away from 0.5.
 */
export function undecidedTriage(langs: readonly Lang[]) {
  const mix = { ...DEFAULT_MIX };
  for (const lang of langs) mix[lang] = { model: 1, rules: 0, bias: 0 };
  return createTriage(undecided, mix);
}

export const logOdds = (p: number) => Math.log(p / (1 - p));
