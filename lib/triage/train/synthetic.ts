/**
 * Reader of the team-written synthetic training text in ./synthetic (see its README): training rows
 * only, never an evaluation set — except its escalation labels, the escalation dev set.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category } from '../categories';

export interface SyntheticRow {
  lang: 'en' | 'pl' | 'el';
  text: string;
  complaint: 0 | 1;
  category: Exclude<Category, never> | null;
  escalation: boolean;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'synthetic');

export function loadSynthetic(langs: Array<'en' | 'pl' | 'el'> = ['en', 'pl', 'el']): SyntheticRow[] {
  return langs.flatMap((lang) =>
    readFileSync(join(DIR, `${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, n) => {
        const row = JSON.parse(l) as SyntheticRow;
        if (row.lang !== lang || typeof row.text !== 'string' || (row.complaint !== 0 && row.complaint !== 1)) {
          throw new Error(`synthetic/${lang}.jsonl line ${n + 1}: expected {"lang":"${lang}","text","complaint":0|1,…}`);
        }
        return row;
      }),
  );
}
