import { describe, expect, it } from 'vitest';
import { fold, normalizeForModel, tokenize } from '../../../lib/triage/normalize';

describe('fold', () => {
  it('maps Polish letters to their base letters, including ł', () => {
    expect(fold('Zamówienie ŁÓDŹ żółć ąę')).toBe('zamowienie lodz zolc ae');
  });
  it('strips Greek tonos and dialytika and unifies final sigma', () => {
    expect(fold('Παραγγελίας ΑΠΑΡΆΔΕΚΤΟ προϊόν')).toBe('παραγγελιασ απαραδεκτο προιον');
  });
  it('gives the same form for accented and unaccented spellings', () => {
    expect(fold('δεν έχει έρθει')).toBe(fold('δεν εχει ερθει'));
    expect(fold('nie dotarła')).toBe(fold('nie dotarla'));
  });
});

describe('tokenize / normalizeForModel', () => {
  it('keeps apostrophes inside words and replaces links and handles', () => {
    expect(tokenize(normalizeForModel("@AmazonHelp it doesn’t work https://t.co/x"))).toEqual(['_at_', 'it', "doesn't", 'work', '_url_']);
  });
});
