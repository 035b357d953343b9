/**
 * Per-item results of the training-side checks, so that two models can be compared item by item
 * (scripts/eval/compare-items.ts): which items one gets right and the other wrong, not just the totals.
 * Kept only when SOOTHE_EVAL_ITEMS names a file; `npm run eval` writes it at the end of its run.
 */
import { writeFileSync } from 'node:fs';

const lines: string[] = [];

/** `check` names the set (e.g. `cv:xci`, `category:pl`); `id` is stable across training sets. */
export function logItem(check: string, id: string, correct: boolean): void {
  if (process.env.SOOTHE_EVAL_ITEMS) lines.push(JSON.stringify({ check, id, correct }));
}

export function writeItemLog(): void {
  const file = process.env.SOOTHE_EVAL_ITEMS;
  if (file) writeFileSync(file, lines.join('\n') + '\n');
}
