import { describe, expect, it } from 'vitest';
import { checkReply, type Lang } from '../../../lib/rules/index';
import { findingsOf, spanText } from './helpers';

const check = (text: string, lang: Lang = 'en') => checkReply(text, { lang });

describe('shouting and exclamation spam', () => {
  it('flags a run of words in capitals, in any script', () => {
    const text = 'Sorry. PLEASE DO NOT SEND it again.';
    const [f] = findingsOf(check(text), 'shouting');
    expect(spanText(text, f!)).toBe('PLEASE DO NOT SEND');
    expect(f!.severity).toBe('warning');
    const greek = 'Συγγνώμη. ΘΑ ΣΑΣ ΚΑΛΕΣΟΥΜΕ ΑΜΕΣΑ.';
    expect(spanText(greek, findingsOf(check(greek, 'el'), 'shouting')[0]!)).toBe('ΘΑ ΣΑΣ ΚΑΛΕΣΟΥΜΕ ΑΜΕΣΑ');
    expect(findingsOf(check('ZAMÓWIENIE JEST GOTOWE', 'pl'), 'shouting')).toHaveLength(1);
  });

  it('leaves acronyms and short capitalised pairs alone', () => {
    expect(findingsOf(check('Send us a DM with the ETA from UPS.'), 'shouting')).toEqual([]);
    expect(findingsOf(check('Our FAQ has it. DM US.'), 'shouting')).toEqual([]);
    expect(findingsOf(check('Check https://EXAMPLE.COM/HELP/NOW/PLEASE please'), 'shouting')).toEqual([]);
  });

  it('flags doubled exclamation marks and the third single one', () => {
    const text = 'Sorry!! We will fix it?!';
    const found = findingsOf(check(text), 'exclamation');
    expect(found.map((f) => spanText(text, f))).toEqual(['!!']);
    expect(findingsOf(check('Thanks! Great!'), 'exclamation')).toEqual([]);
    const three = 'Hi! Sorry! Fixed! Bye';
    const [f] = findingsOf(check(three), 'exclamation');
    expect(f!.start).toBe(three.lastIndexOf('!'));
  });

  it('tone problems are warnings: they do not stop an otherwise good reply', () => {
    const r = check("SO SORRY ABOUT THIS!! We'll refund you today, please DM us.");
    expect(findingsOf(r, 'shouting')).toHaveLength(1);
    expect(findingsOf(r, 'exclamation')).toHaveLength(1);
    expect(r.ok).toBe(true);
  });
});
