/**
 * Reader of the team-written synthetic training text in ./synthetic (see its README): training rows
 * only, never an evaluation set — except its escalation labels, the escalation dev set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category } from '../categories';

export interface SyntheticRow {
  lang: 'en' | 'pl' | 'el';
  text: string;
  complaint: 0 | 1;
  category: Exclude<Category, never> | null;
  escalation: boolean;
  /** the file the row was read from, e.g. `pl-2.jsonl` */
  batch?: string;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'synthetic');

/** A language's files: `<lang>.jsonl` first, then later batches `<lang>-<batch>.jsonl` in name order. */
export function syntheticFiles(lang: 'en' | 'pl' | 'el', dir = DIR): string[] {
  const batches = readdirSync(dir).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.jsonl')).sort();
  return [`${lang}.jsonl`, ...batches];
}

/** Reads one file of {lang, text, complaint, …} lines, failing loudly on a malformed line. */
export function readSyntheticFile(path: string, lang: 'en' | 'pl' | 'el'): SyntheticRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      const row = JSON.parse(l) as SyntheticRow;
      if (row.lang !== lang || typeof row.text !== 'string' || (row.complaint !== 0 && row.complaint !== 1)) {
        throw new Error(`${path} line ${n + 1}: expected {"lang":"${lang}","text","complaint":0|1,…}`);
      }
      return row;
    });
}

export function loadSynthetic(langs: Array<'en' | 'pl' | 'el'> = ['en', 'pl', 'el']): SyntheticRow[] {
  return langs.flatMap((lang) => syntheticFiles(lang).flatMap((f) => readSyntheticFile(join(DIR, f), lang).map((row) => ({ ...row, batch: f }))));
}
