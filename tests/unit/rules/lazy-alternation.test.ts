/**
 * The lexicon families are matched entry by entry, each entry's regexp built only when a text holds the
 * words it needs (lib/rules/lazy-alternation.ts). These tests hold that to the whole alternation it
 * replaces: the same matches, family by family and language by language, on every reply text the project
 * has (the team-written reply sets, the TWCS agent replies, the default packs) and on hostile strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMatches, compileEntries, compileSequence, entrySource, WORD_CHAR } from '../../../lib/rules/compile';
import { el, en, familyEntries, merge, pl, type Lexicon } from '../../../lib/rules/lexicon/index';
import { CONTACT_POINT, PRIVATE_LINK } from '../../../lib/rules/lexicon/shared';
import { fold } from '../../../lib/rules/normalize';
import { requiredLiteral } from '../../../lib/rules/required-literal';
import { standInText, withStandIns } from '../../../lib/rules/stand-ins';
import { COMPANIES, loadReplies } from '../../../scripts/eval-rules';

const DATA = join(__dirname, '../../../scripts/eval/data');
const PACKS = join(__dirname, '../../../assets/packs');

function packTexts(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 15 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(packTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(packTexts);
  return [];
}

const HOSTILE = [
  '',
  ' ',
  'sorry'.repeat(50),
  'We will refund 😀 today 𝐬𝐨𝐫𝐫𝐲 — DM us\ud83d. \udc00sorry przepraszamy𝐀 συγγνώμη',
  'x'.repeat(300) + ' sorry ' + '!'.repeat(100),
  // Astral letters touching a word (a surrogate pair is one code point to `(?<!W)`), and an emoji (not a letter).
  '𝐀sorry 😀sorry x𝐀𝐁 literally in 𝐀𝐁 literally on, 𝐬orry ού𝐀συγγνώμη',
  // Letters and numbers of other scripts inside stems and touching words (matched through stand-ins).
  'apolog٣ refund٣٤ apolog中 apologж sorry٣ ٣sorry refundɐ ɐrefund przeprasz𐐀amy συγγνωμ中 συγγνωμ𝟎 przepraszamyＡ Ｓorry sorry¹ we\u0301 will send',
  'we will 中中 ~ had the 𐐀𐐀𐐀 ~ been; if you\'d 日本 that; you say 中 ~ but; the Ωmega team is; you were supposed to ٣٤',
  'Δεν φταίμε εμείς, 中 ο πελάτης ευθύνεται. Θα σας στείλουμε 𝟏 νέο δέμα αύριο· στείλτε μας τον αριθμό中 παραγγελίας 中.',
  // E-mail addresses, phone numbers and links in other scripts.
  'DM us: https://x.com/messages/compose?recipient_id=1 or https://m.me/soothe, https://wa.me/48600100200, 中m.me/x',
  'пример@почта.рф 用户@例子.中国 jan.kowalski@poczta.pl ανα@παράδειγμα.gr x中@y.z +٣٤ 123 456 789 +48 600 100 200 m.me/x 中m.me/x ig.me/ wa.me/1',
  'refundrefund refund_ @refund refund@ 1refund refund1 ref-und re-send',
  'Przepraszamy!!! Zwrócimy pieniądze jutro. Napisz na priv. Θα σας στείλουμε αύριο. Συγγνώμη.',
];

const RAW: string[] = [
  ...readdirSync(DATA)
    .filter((f) => f.startsWith('replies-') && f.endsWith('.jsonl')) // the reply sets (the sentence labels are parts of their replies)
    .flatMap((f) => readFileSync(join(DATA, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text),
  ...COMPANIES.flatMap(loadReplies).map((r) => r.text),
  ...readdirSync(PACKS).flatMap((f) => packTexts(JSON.parse(readFileSync(join(PACKS, f), 'utf8')))),
  ...HOSTILE,
];
/** What the word rules read: folded, links and handles blanked. */
const TEXTS = RAW.map((t) => fold(t).words);

/** The single regexp the checker used to compile for a family (the reference). */
const alternation = (entries: readonly string[]) => entries.map(entrySource).join('|');
const wholeWords = (body: string) => new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gu');

/** Every lexicon entry over a few thousand texts takes seconds; on a busy 2-core machine more than the default 20 s. */
const HEAVY = 60_000;

const LEXICONS: Array<[string, Lexicon]> = [['en', en], ['pl', pl], ['el', el], ['other', merge([en, pl, el])]];

describe('lexicon families matched entry by entry', () => {
  it('reads a few thousand real texts', () => {
    expect(TEXTS.length).toBeGreaterThan(1000);
  });

  for (const [lang, lex] of LEXICONS) {
    it(`${lang}: every family finds exactly what its whole alternation finds`, () => {
      const families: Array<[string, readonly string[]]> = Object.entries(familyEntries(lex));
      let matched = 0;
      // Differences are collected and compared once: one expect per text made this test slow on a busy machine.
      const differences: string[] = [];
      const compare = (what: string, got: unknown, want: unknown, text: string) => {
        if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${lang} ${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)} on ${text}`);
      };
      for (const [family, entries] of families) {
        if (!entries.length) continue;
        const lazy = compileEntries(entries);
        const whole = wholeWords(alternation(entries));
        for (const text of TEXTS) {
          const want = allMatches(whole, text);
          compare(family, allMatches(lazy, text), want, text);
          matched += want.length;
        }
      }
      const fill = lex.dataFiller.length ? `(?:\\s+(?:${alternation(lex.dataFiller)})){0,3}` : '';
      const sequence = wholeWords(`(?:${alternation(lex.dataRequest)})${fill}\\s+(?:${alternation(lex.personalData)})`);
      const lazySequence = compileSequence(lex.dataRequest, lex.dataFiller, lex.personalData);
      for (const text of TEXTS) compare('dataRequest', allMatches(lazySequence, text), allMatches(sequence, text), text);
      expect(differences.slice(0, 5)).toEqual([]);
      expect(matched).toBeGreaterThan(1000); // the comparison is not vacuous
    }, HEAVY);
  }

  it('keeps to a window of the text as allMatches does', () => {
    const entries = familyEntries(en).fix;
    const lazy = compileEntries(entries);
    const whole = wholeWords(alternation(entries));
    for (const text of TEXTS.slice(0, 300)) {
      const from = Math.floor(text.length / 3);
      const to = Math.floor((2 * text.length) / 3);
      expect(allMatches(lazy, text, from, to)).toEqual(allMatches(whole, text, from, to));
    }
  });
});

describe('language-free private-channel regexps read through stand-ins', () => {
  // As check-reply.ts reads them: addresses in the word text, links in the folded text.
  const cases = [
    ['CONTACT_POINT', CONTACT_POINT, TEXTS],
    ['PRIVATE_LINK', PRIVATE_LINK, RAW.map((t) => fold(t).text)],
  ] as const;
  for (const [name, pattern, texts] of cases) {
    it(`${name} finds what it finds on the text as it is`, () => {
      const plain = new RegExp(pattern.source, 'gu');
      let matched = 0;
      for (const text of texts) {
        const want = allMatches(plain, text);
        expect(allMatches(pattern, text), text).toEqual(want);
        matched += want.length;
      }
      expect(matched).toBeGreaterThan(5);
    });
  }
});

describe('stand-ins', () => {
  it('keep the text\'s length and every character a lexicon can name', () => {
    const text = 'Zażółć 中文 𐐀𝐀 ٣4 συγγνώμη – § é 😀';
    const out = standInText(text);
    expect(out).toHaveLength(text.length);
    expect(out.startsWith('Zażółć ')).toBe(true);
    expect(out.endsWith(' συγγνώμη – § é 😀')).toBe(true);
    expect(out).not.toContain('中');
  });

  it('leave a regexp as it is when stand-ins could change what it matches', () => {
    expect(withStandIns('(\\p{L})\\1')).toBeNull(); // two letters read as one stand-in would be equal
    expect(withStandIns('\\p{Lu}')).toBeNull();
    expect(withStandIns('\\P{L}')).toBeNull();
    expect(withStandIns('\\u4e2d')).toBeNull();
    expect(withStandIns('中')).toBeNull();
    expect(withStandIns('[ά-ώ]')).toBeNull(); // a range could span characters between the kept blocks
    expect(withStandIns('sorry\\s+\\p{L}*')).not.toBeNull();
  });
});

const ALL_TEXT = TEXTS.join('\n');

describe('requiredLiteral', () => {
  it('names text every match must hold, for each entry of every lexicon', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const lex of [en, pl, el]) {
      for (const entries of Object.values(lex) as string[][]) {
        for (const entry of entries) {
          const source = entrySource(entry);
          const needs = requiredLiteral(source);
          if (!needs) continue;
          // One pass over every text at once (a line break joins them; the claim holds for any text, joined or not).
          for (const m of ALL_TEXT.matchAll(wholeWords(source))) {
            checked++;
            if (!needs.some((w) => m[0].includes(w))) missing.push(`${entry} on "${m[0]}"`);
          }
        }
      }
    }
    expect(missing.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(1000); // the claim was tried on many matches
  }, HEAVY);

  it('picks the longest required word, or one of a required group', () => {
    expect(requiredLiteral('sorry')).toEqual(['sorry']);
    expect(requiredLiteral('apolog\\p{L}*')).toEqual(['apolog']);
    expect(requiredLiteral('(we|i)\\s+(refund\\p{L}*|sent)')).toEqual(['refund', 'sent']);
    expect(requiredLiteral('re-?(ship|send)')).toEqual(['ship', 'send']);
    expect(requiredLiteral('(please\\s+)?try')).toEqual(['try']);
    expect(requiredLiteral('dm(s|ed)?')).toEqual(['dm']);
    expect(requiredLiteral('(?<!nie\\s+)ok')).toEqual(['ok']);
    expect(requiredLiteral('a|bcd')).toEqual(['a', 'bcd']);
    expect(requiredLiteral('x?|bcd')).toBeNull(); // one branch needs nothing
    expect(requiredLiteral('\\d+(:\\d\\d)?')).toBeNull();
    expect(requiredLiteral('(?:[^\\s.!?;]+\\s+){0,3}')).toBeNull();
  });
});
