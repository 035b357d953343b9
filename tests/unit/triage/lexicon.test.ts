import { describe, expect, it } from 'vitest';
import { compileLexicon, matchText } from '../../../lib/triage/lexicon';

describe('stem lexicon', () => {
  const lex = compileLexicon([
    ['zamówien', 1],
    ['nie polecam', 3],
    ['polecam', -2],
    ['nie … dostał', 2],
    ['dno=', 2],
    ['παραγγελ', 1],
  ]);

  it('matches inflected forms by prefix, with or without diacritics', () => {
    for (const t of ['zamówienie', 'zamówienia', 'zamowieniem', 'ZAMÓWIENIU']) expect(matchText(lex, t)).toHaveLength(1);
    for (const t of ['παραγγελία', 'παραγγελιας', 'ΠΑΡΑΓΓΕΛΙΕΣ']) expect(matchText(lex, t)).toHaveLength(1);
  });

  it('lets the longer phrase consume its words (no praise hit inside "nie polecam")', () => {
    expect(matchText(lex, 'Nie polecam').map((h) => h.weight)).toEqual([3]);
    expect(matchText(lex, 'Bardzo polecam').map((h) => h.weight)).toEqual([-2]);
  });

  it('allows up to two words in a gap, not more', () => {
    expect(matchText(lex, 'nie dostałam')).toHaveLength(1);
    expect(matchText(lex, 'nie mam jeszcze dostałam')).toHaveLength(1);
    expect(matchText(lex, 'nie wiem czy ktoś dostał')).toHaveLength(0);
  });

  it('respects whole-word stems', () => {
    expect(matchText(lex, 'to jest dno')).toHaveLength(1);
    expect(matchText(lex, 'dnonet')).toHaveLength(0);
  });

  it('marks a hit preceded by a negation word', () => {
    expect(matchText(lex, 'dalej nie polecam')).toEqual([{ label: 'nie polecam', weight: 3, negated: false }]);
    expect(matchText(lex, 'nie jest polecam')[0]?.negated).toBe(true);
    expect(matchText(lex, 'polecam')[0]?.negated).toBe(false);
  });
});
