/**
 * The reply checker's models (blame-model.ts; a fix model was tried and not shipped, branch fix-model): linear
 * models over the triage's hashed n-grams (lib/triage/features.ts), stored packed like the triage weights and unpacked once, on first use. They read what the
 * lexicons cannot name for a writer they never learnt from; each is trained by its script under scripts/ from DEV lines
 * only, with its thresholds chosen there by leave-one-writer-out cross-validation.
 */
import { featurize, languageFeature } from '../triage/features';
import { scoreLinear, unpackLinear, type LinearModel, type PackedLinear } from '../triage/model/codec';
import { originalSpan, type Folded } from './normalize';
import type { Range } from './sentences';

export type ModelLang = 'en' | 'pl' | 'el';

export interface ReplyModelFile {
  format: string;
  trainedOn: string;
  model: PackedLinear;
}

/** The model of `file`, checked for its `format` and unpacked on first use. */
export function lazyReplyModel<F extends ReplyModelFile>(file: F, format: string, name: string): () => { file: F; model: LinearModel } {
  let loaded: { file: F; model: LinearModel } | null = null;
  return () => {
    if (!loaded) {
      if (file.format !== format) throw new Error(`${name}: unknown format ${String(file.format)}`);
      loaded = { file, model: unpackLinear(file.model) };
    }
    return loaded;
  };
}

/** Probability by `model` for `text` (a reply or one sentence of it) in `lang`. */
export function modelProbability(model: LinearModel, text: string, lang: ModelLang): number {
  // The language feature's weight added directly: the same score as withLanguage(), without copying the vector.
  const score = scoreLinear(model, featurize(text)) + (model.weights.get(languageFeature(lang)) ?? 0);
  return 1 / (1 + Math.exp(-score));
}

/** The sentence of `text` that `probability` reads highest, with its span (words only, no surrounding space). */
export function mostLikelySentence(
  text: string,
  probability: (sentence: string) => number,
  folded: Folded,
  sentences: Range[],
): { start: number; end: number; p: number } | null {
  let best: { start: number; end: number; p: number } | null = null;
  for (const [from, to] of sentences) {
    const span = trimmed(text, originalSpan(folded, from, to));
    const p = probability(text.slice(span.start, span.end));
    if (!best || p > best.p) best = { ...span, p };
  }
  return best;
}

function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
