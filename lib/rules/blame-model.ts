/**
 * The blame model (see reply-model.ts): whether a reply blames or argues with the customer, read sentence by sentence,
 * for the phrasings no lexicon entry names. Trained by scripts/train-blame.ts; a sentence at or above `threshold` blames.
 */
import modelFile from './model/blame-model.json';
import { fold, type Folded } from './normalize';
import { lazyReplyModel, modelProbability, mostLikelySentence, type ModelLang, type ReplyModelFile } from './reply-model';
import { sentenceRanges, type Range } from './sentences';

export const BLAME_MODEL_FORMAT = 'soothe-blame-linear/1';

export interface BlameModelFile extends ReplyModelFile {
  format: typeof BLAME_MODEL_FORMAT;
  /** A sentence is read as blaming at or above this probability. */
  threshold: number;
}

const blameModel = lazyReplyModel(modelFile as BlameModelFile, BLAME_MODEL_FORMAT, 'blame-model.json');

/** Probability that `text`, a reply or one sentence of it in `lang`, blames the customer. */
export function blameProbability(text: string, lang: ModelLang): number {
  return modelProbability(blameModel().model, text, lang);
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
  return mostLikelySentence(text, probability, folded, sentences);
}

export function blameThreshold(): number {
  return blameModel().file.threshold;
}
