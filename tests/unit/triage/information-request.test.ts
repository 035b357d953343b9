import { describe, expect, it } from 'vitest';
import type { ComplaintModel } from '../../../lib/triage/model/complaint-model';
import { opensWithInformationRequest } from '../../../lib/triage/information-request';
import { createTriage, DEFAULT_MIX, INFORMATION_REQUEST_PENALTY } from '../../../lib/triage/triage';

describe('an English post that opens by asking for information (Q4 in lib/triage/train/ADMISSION.md)', () => {
  it('recognises the opening after leading @handles, not a question later in the post', () => {
    expect(opensWithInformationRequest('@ShopCo Is there a fee to close my account?')).toBe(true);
    expect(opensWithInformationRequest('@A @B: does this charger work with the Pixel 8?')).toBe(true);
    expect(opensWithInformationRequest('What happens if I enter the wrong PIN three times?')).toBe(true);
    expect(opensWithInformationRequest('Why is my order late?')).toBe(false);
    expect(opensWithInformationRequest('My order is late, is there any update?')).toBe(false);
    expect(opensWithInformationRequest('Where is my refund?')).toBe(false);
  });

  // A model with no opinion and lexicon weight 0: only triage()'s own adjustments move the score.
  const undecided: ComplaintModel = { probability: () => 0.5, severity: () => 1, categories: () => [] };
  const run = createTriage(undecided, { ...DEFAULT_MIX, en: { model: 1, rules: 0, bias: 0 }, pl: { model: 1, rules: 0, bias: 0 } });
  const logOdds = (p: number) => Math.log(p / (1 - p));

  it('loses INFORMATION_REQUEST_PENALTY log-odds with no breach cue', () => {
    expect(logOdds(run({ text: '@Bank is there a fee to close my account?', lang: 'en' }).score)).toBeCloseTo(-INFORMATION_REQUEST_PENALTY, 1);
  });

  it('keeps the score when the post also reports a breach, and in other languages', () => {
    expect(run({ text: '@Bank is there a reason my card still doesn\'t work?', lang: 'en' }).score).toBeGreaterThanOrEqual(0.5);
    expect(run({ text: '@Bank czy jest opłata za zamknięcie konta?', lang: 'pl' }).score).toBe(0.5);
  });
});
