import { describe, expect, it } from 'vitest';
import { opensWithInformationRequest } from '../../../lib/triage/information-request';
import { INFORMATION_REQUEST_PENALTY } from '../../../lib/triage/triage';
import { logOdds, undecidedTriage } from '../../support/undecided-triage';

describe('an English post that opens by asking for information (Q4 in lib/triage/train/ADMISSION.md)', () => {
  it('recognises the opening after leading @handles, not a question later in the post', () => {
    expect(opensWithInformationRequest('@ShopCo Is there a fee to close my account?')).toBe(true);
    expect(opensWithInformationRequest('@A @B: does this charger work with the Pixel 8?')).toBe(true);
    expect(opensWithInformationRequest('What happens if I enter the wrong PIN three times?')).toBe(true);
    expect(opensWithInformationRequest('Why is my order late?')).toBe(false);
    expect(opensWithInformationRequest('My order is late, is there any update?')).toBe(false);
    expect(opensWithInformationRequest('Where is my refund?')).toBe(false);
  });

  const run = undecidedTriage(['en', 'pl']);

  it('loses INFORMATION_REQUEST_PENALTY log-odds with no breach cue', () => {
    expect(logOdds(run({ text: '@Bank is there a fee to close my account?', lang: 'en' }).score)).toBeCloseTo(-INFORMATION_REQUEST_PENALTY, 1);
  });

  it('keeps the score when the post also reports a breach, and in other languages', () => {
    expect(run({ text: '@Bank is there a reason my card still doesn\'t work?', lang: 'en' }).score).toBeGreaterThanOrEqual(0.5);
    expect(run({ text: '@Bank czy jest opłata za zamknięcie konta?', lang: 'pl' }).score).toBe(0.5);
  });
});
