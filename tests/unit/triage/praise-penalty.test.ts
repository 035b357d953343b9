import { describe, expect, it } from 'vitest';
import { PRAISE_PENALTY } from '../../../lib/triage/triage';
import { logOdds, undecidedTriage } from '../../support/undecided-triage';

const run = undecidedTriage(['en']);

describe('praise with no breach cue (session 23, Q2 in lib/triage/train/ADMISSION.md)', () => {
  it('loses PRAISE_PENALTY log-odds: thanks are not a complaint', () => {
    const thanks = run({ text: '@ShopCo thank you, everything arrived safe', lang: 'en' });
    expect(thanks.flags).toContain('praise');
    expect(logOdds(thanks.score)).toBeCloseTo(-PRAISE_PENALTY, 1);
  });

  it('leaves a post without praise alone', () => {
    expect(run({ text: '@ShopCo the order number is 12345', lang: 'en' }).score).toBe(0.5);
  });

  it('does not apply when the post also reports a breach (praise as sarcasm or politeness)', () => {
    const r = run({ text: '@Airline thanks, my flight is delayed for the third time', lang: 'en' });
    expect(logOdds(r.score)).toBeGreaterThanOrEqual(0);
  });

  it('does not apply to a threat', () => {
    const r = run({ text: '@ShopCo thanks, I am taking this to the press', lang: 'en' });
    expect(logOdds(r.score)).toBeGreaterThan(0);
  });
});
