import { describe, expect, it } from 'vitest';
import { sideOf, wordDiff } from '../../../lib/library/pack/word-diff';
import { diffPacks, formatPackDiff, wordingChanges } from '../../../lib/library/pack/diff';
import { makePack } from './fixtures';

const changed = (runs: ReturnType<typeof wordDiff>) => runs.filter((r) => r.op !== 'same').map((r) => `${r.op}:${r.text}`);

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    const runs = wordDiff('We will refund you within 5 days.', 'We will refund you within 3 working days.');
    expect(changed(runs)).toEqual(['del:5', 'add:3 working']);
    expect(runs[0]).toEqual({ op: 'same', text: 'We will refund you within ' });
  });

  it('reads back both texts exactly', () => {
    const pairs: Array<[string, string]> = [
      ['', 'new text'],
      ['old text', ''],
      ['a b c d e', 'a x c y e'],
      ['Hi {{customer_name}}, sorry!  Two  spaces.', 'Hello {{customer_name}}, so sorry! Two spaces.\nNew line.'],
      ['Przepraszamy za opóźnienie.', 'Bardzo przepraszamy za opóźnienie przesyłki.'],
    ];
    for (const [a, b] of pairs) {
      const runs = wordDiff(a, b);
      expect(sideOf(runs, 'before')).toBe(a);
      expect(sideOf(runs, 'after')).toBe(b);
    }
  });

  it('shows a replaced phrase as one deletion and one insertion', () => {
    expect(changed(wordDiff('Send us a DM today.', 'Call our team now.'))).toEqual(['del:Send us a DM today.', 'add:Call our team now.']);
  });

  it('random edits always read back', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = ['we', 'are', 'sorry', 'refund', 'DM', 'today', '{{x}}', '.', 'Πολύ', 'łódź'];
    const text = () => Array.from({ length: Math.floor(rnd() * 30) }, () => words[Math.floor(rnd() * words.length)]).join(rnd() < 0.5 ? ' ' : '  ');
    for (let i = 0; i < 200; i++) {
      const a = text();
      const b = text();
      const runs = wordDiff(a, b);
      expect(sideOf(runs, 'before')).toBe(a);
      expect(sideOf(runs, 'after')).toBe(b);
    }
  });
});

describe('pack diff wording', () => {
  it('gives the old and new wording of each changed field, and the CLI prints it', () => {
    const v1 = makePack();
    const v2 = structuredClone(v1);
    v2.version = '1.1.0';
    v2.templates[0]!.parts.fix = v1.templates[0]!.parts.fix.replace(/\.$/, ' by Friday.');
    const d = diffPacks(v1, v2);
    const w = wordingChanges(d.templates.changed[0]!);
    expect(w.map((x) => x.field)).toEqual(['parts.fix']);
    expect(w[0]!.before).toBe(v1.templates[0]!.parts.fix);
    expect(w[0]!.after).toBe(v2.templates[0]!.parts.fix);
    // Punctuation stays with its word: "hours." became "hours by Friday.".
    expect(changed(w[0]!.runs)).toEqual(['del:hours.', 'add:hours by Friday.']);
    expect(formatPackDiff(d)).toMatch(/parts\.fix: .*\{\+.*by Friday\.\+\}/);
  });
});
