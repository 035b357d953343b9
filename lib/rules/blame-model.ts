/**
 * The blame model: a linear model over the triage's hashed n-grams (lib/triage/features.ts) that reads whether a
 * reply blames or argues with the customer, for the phrasings no lexicon entry names. Trained by
 * scripts/train-blame.ts on the DEV lines of seven blind writers' reply sets; its threshold was picked there by
 * leave-one-writer-out cross-validation. Unpacked once, on first use.
 */
import { featurize, languageFeature } from '../triage/features';
import { scoreLinear, unpackLinear, type LinearModel, type PackedLinear } from '../triage/model/codec';
import modelFile from './model/blame-model.json';
import { fold, originalSpan, type Folded } from './normalize';
import { sentenceRanges, type Range } from './sentences';

export const BLAME_MODEL_FORMAT = 'soothe-blame-linear/1';

export interface BlameModelFile {
  format: typeof BLAME_MODEL_FORMAT;
  trainedOn: string;
  /** A reply is read as blaming at or above this probability. */
  threshold: number;
  model: PackedLinear;
}

let loaded: { model: LinearModel; threshold: number } | null = null;

function blameModel(): { model: LinearModel; threshold: number } {
  if (!loaded) {
    const file = modelFile as BlameModelFile;
    if (file.format !== BLAME_MODEL_FORMAT) throw new Error(`blame-model.json: unknown format ${String(file.format)}`);
    loaded = { model: unpackLinear(file.model), threshold: file.threshold };
  }
  return loaded;
}

/** Probability that `text`, a reply or one sentence of it in `lang`, blames the customer. */
export function blameProbability(text: string, lang: 'en' | 'pl' | 'el'): number {
  const { model } = blameModel();
  // The language feature's weight added directly: the same score as withLanguage(), without copying the vector.
  const score = scoreLinear(model, featurize(text)) + (model.weights.get(languageFeature(lang)) ?? 0);
  return 1 / (1 + Math.exp(-score));
}

/**
 * The reply's most blaming sentence by `probability` (the shipped model's by default): the model decides sentence by
 * sentence, so a friendly closing line is judged on its own, not on the whole reply's words.
 */
export function mostBlamingSentence(
  text: string,
  probability: (sentence: string) => number,
  // The checker passes its own folding and sentences, so they are not computed twice.
  folded: Folded = fold(text),
  sentences: Range[] = sentenceRanges(folded.words),
): { start: number; end: number; p: number } | null {
  let best: { start: number; end: number; p: number } | null = null;
  for (const [from, to] of sentences) {
    const span = trimmed(text, originalSpan(folded, from, to));
    const p = probability(text.slice(span.start, span.end));
    if (!best || p > best.p) best = { ...span, p };
  }
  return best;
}

/** The span without the whitespace around the sentence, so the finding marks the words only. */
function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function blameThreshold(): number {
  return blameModel().threshold;
}
