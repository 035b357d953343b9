/**
 * The team's sentence labels of blaming DEV replies (scripts/eval/data/blame-sentences.dev.jsonl): for each DEV reply
 * of two or more sentences that its writer labelled as blaming, which of its sentences blames by itself. Labelled by
 * hand by one team member (an AI helper) who saw no checker output; DEV lines only, so the blame model may train on
 * them. One line per reply: {"id", "sentences": [{"text", "blame": 0|1}]}.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BLAME_SENTENCE_LABELS = join(dirname(fileURLToPath(import.meta.url)), 'data', 'blame-sentences.dev.jsonl');

export interface LabelledSentence {
  text: string;
  blame: boolean;
}

/** Sentence labels by reply id; a malformed line fails with its line number. */
export function loadBlameSentenceLabels(file = BLAME_SENTENCE_LABELS): Map<string, LabelledSentence[]> {
  const out = new Map<string, LabelledSentence[]>();
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    const row = JSON.parse(line) as { id?: unknown; sentences?: unknown };
    if (typeof row.id !== 'string' || !Array.isArray(row.sentences) || row.sentences.length < 2) throw new Error(`${where}: needs an id and two or more sentences`);
    if (out.has(row.id)) throw new Error(`${where}: ${row.id} is labelled twice`);
    out.set(
      row.id,
      row.sentences.map((s: { text?: unknown; blame?: unknown }) => {
        if (typeof s.text !== 'string' || (s.blame !== 0 && s.blame !== 1)) throw new Error(`${where}: each sentence needs a text and blame 0 or 1`);
        return { text: s.text, blame: s.blame === 1 };
      }),
    );
  });
  return out;
}
