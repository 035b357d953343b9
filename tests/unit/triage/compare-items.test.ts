import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admissionVerdict, compareItemLogs, readItemLog, signTestP, type CheckComparison } from '../../../scripts/eval/compare-items';
import { foldOfId } from '../../../lib/triage/train/random';

describe('item-by-item comparison of two evaluation runs', () => {
  it('gives the one-sided sign-test p of the losses', () => {
    expect(signTestP(0, 10)).toBe(1);
    expect(signTestP(5, 5)).toBeCloseTo(1 / 32, 10);
    expect(signTestP(9, 10)).toBeCloseTo(11 / 1024, 10);
    expect(signTestP(1, 2)).toBeCloseTo(0.75, 10);
  });

  it('counts lost and gained items on the items both runs scored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'items-'));
    const line = (check: string, id: string, correct: boolean) => JSON.stringify({ check, id, correct });
    writeFileSync(join(dir, 'a.jsonl'), [line('cv:x', '1', true), line('cv:x', '2', true), line('cv:x', '3', false), line('cv:x', 'only-a', true)].join('\n'));
    writeFileSync(join(dir, 'b.jsonl'), [line('cv:x', '1', false), line('cv:x', '2', true), line('cv:x', '3', true), line('cv:x', 'only-b', false), line('dev:pl', 'p', true)].join('\n'));
    const [cv, dev] = compareItemLogs(readItemLog(join(dir, 'a.jsonl')), readItemLog(join(dir, 'b.jsonl')));
    expect(cv).toMatchObject({ check: 'cv:x', n: 3, before: 2, after: 2, lost: 1, gained: 1 });
    expect(dev).toMatchObject({ check: 'dev:pl', n: 0, lost: 0, gained: 0, p: 1 });
  });

  it('rejects a log that scores one item twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'items-'));
    const row = JSON.stringify({ check: 'c', id: '1', correct: true });
    writeFileSync(join(dir, 'dup.jsonl'), `${row}\n${row}\n`);
    expect(() => readItemLog(join(dir, 'dup.jsonl'))).toThrow(/logged twice/);
  });

  it('keeps an item in its fold whatever else is in the set, and spreads items over the folds', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `item-${i}`);
    const folds = ids.map((id) => foldOfId(id, 5, 11));
    for (let f = 0; f < 5; f++) expect(folds.filter((x) => x === f).length).toBeGreaterThan(70);
    expect(foldOfId('item-7', 5, 11)).toBe(folds[7]);
    expect(ids.filter((id, i) => foldOfId(id, 5, 12) !== folds[i]).length).toBeGreaterThan(200);
  });

  it('keeps a candidate only when no check is significantly worse and the own-definition sets gain items', () => {
    const c = (check: string, before: number, after: number, lost: number, gained: number): CheckComparison => ({ check, n: 500, before, after, lost, gained, p: signTestP(lost, lost + gained) });
    const gain = [c('twcs-gold', 100, 120, 5, 25), c('dev:pl', 50, 49, 2, 1)];
    expect(admissionVerdict(gain)).toEqual({ kept: true, worse: [], total: 19 });
    expect(admissionVerdict([...gain, c('cv:polemo', 900, 880, 40, 20)])).toMatchObject({ kept: false, worse: ['cv:polemo'] });
    // xci is guarded by its macro-F1, not by the sign test; a CV source outside our definition does not count in the total.
    expect(admissionVerdict([...gain, c('cv:xci', 900, 880, 40, 20)])).toMatchObject({ kept: true, worse: [] });
    expect(admissionVerdict([c('cv:twcs', 100, 130, 0, 30), c('category:pl', 148, 147, 1, 0)])).toMatchObject({ kept: false, total: -1 });
    // devcat (the category of the dev complaints) is a check since session 22: it blocks and counts.
    expect(admissionVerdict([...gain, c('devcat:pl', 60, 40, 25, 5)])).toEqual({ kept: false, worse: ['devcat:pl'], total: -1 });
    expect(admissionVerdict([...gain, c('devcat:el', 60, 63, 1, 4)])).toEqual({ kept: true, worse: [], total: 22 });
  });
});
