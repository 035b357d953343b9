/** The team-written synthetic training text: well-formed, all three languages, both classes, threats and plain requests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/triage/categories';
import { loadSynthetic, readSyntheticFile, syntheticFiles } from '../../../lib/triage/train/synthetic';

describe('synthetic training text', () => {
  for (const lang of ['en', 'pl', 'el'] as const) {
    it(`${lang}: complaints with categories, ordinary posts, threats and plain requests`, () => {
      const rows = loadSynthetic([lang]);
      expect(rows.every((r) => r.lang === lang && r.text.trim().length > 0)).toBe(true);
      expect(rows.filter((r) => r.complaint === 1).every((r) => r.category && (CATEGORIES as readonly string[]).includes(r.category))).toBe(true);
      expect(rows.filter((r) => r.complaint === 0).length).toBeGreaterThan(20);
      expect(rows.filter((r) => r.escalation).length).toBeGreaterThanOrEqual(10);
      expect(rows.filter((r) => r.escalation && r.complaint === 0)).toEqual([]);
    });
  }
});

describe('synthetic batches', () => {
  it('reads a language file first, then its later batches in name order, and names the file of each row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soothe-synth-'));
    for (const f of ['pl-3.jsonl', 'pl.jsonl', 'pl-2.jsonl', 'el-2.jsonl', 'pl-notes.md']) writeFileSync(join(dir, f), '');
    expect(syntheticFiles('pl', dir)).toEqual(['pl.jsonl', 'pl-2.jsonl', 'pl-3.jsonl']);
    expect(new Set(loadSynthetic(['pl']).map((r) => r.batch))).toEqual(new Set(syntheticFiles('pl')));
  });

  it('names the file and line of a malformed row', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'soothe-synth-')), 'en-9.jsonl');
    writeFileSync(file, '{"lang":"en","text":"fine","complaint":0}\n{"lang":"pl","text":"wrong language","complaint":1}\n');
    expect(() => readSyntheticFile(file, 'en')).toThrow(/en-9\.jsonl line 2/);
  });
});
