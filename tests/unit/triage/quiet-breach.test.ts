/** Complaints that state a breach calmly, as Facebook comments often do (no @mention, no angry word). */
import { describe, expect, it } from 'vitest';
import { triage } from '../../../lib/triage';

describe('calm breach of expectation', () => {
  it.each([
    'Second order in a row that arrived without the charger.',
    'The pizza came without the toppings I paid for.',
    'Third week in a row my box came without the ice packs and the chicken was warm. I had to throw half of it away.',
  ])('%s → complaint', (text) => {
    expect(triage({ text, lang: 'en' }).complaint).toBe(true);
  });

  it('the same words without a breach stay not-complaints', () => {
    expect(triage({ text: 'Won three games in a row tonight, what a feeling!', lang: 'en' }).complaint).toBe(false);
  });
});
