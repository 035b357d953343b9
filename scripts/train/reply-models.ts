/**
 * What training a reply-checker model (scripts/train-blame.ts; a fix model on branch fix-model) needs: their DEV training lines, the
 * default packs' own texts, training and packing as shipped, and leave-one-writer-out. Only DEV lines are read here: the
 * team sets' DEV halves and DEV sets, the synthetic dev set and the DEV half of the real TWCS replies. No TEST line (the
 * second, fifth and eighth sets, the first set's and TWCS's TEST halves) is ever loaded.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePack } from '../../lib/library/pack/validate-pack';
import { packReplyTexts, type PackTextKind } from '../../lib/library/pack/pack-texts';
import { featurize, withLanguage, type SparseVector } from '../../lib/triage/features';
import { packLinear, unpackLinear, type LinearModel, type PackedLinear } from '../../lib/triage/model/codec';
import { trainLogistic, type TrainOptions } from '../../lib/triage/train/linear';
import { loadLabelledReplies } from '../eval/reply-labels';
import { loadDev } from '../eval/rules';
import { loadTeamReplies, TEAM_REPLY_SETS } from '../eval/team-replies';

export type Lang = 'en' | 'pl' | 'el';
export type ModelRule = 'blame' | 'fix';
export type TeamWriter = keyof typeof TEAM_REPLY_SETS;

export interface Row {
  text: string;
  lang: Lang;
  gold: boolean;
  /** The writer, one leave-one-out fold; rows of `always` are in every training fold. */
  writer: string;
  /** The team set's line id (team rows only). */
  id?: string;
}

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OPTS: TrainOptions = { dims: 1 << 20, epochs: 20, learningRate: 0.1, l2: 1e-4, seed: 20261130, averageEpochs: 10 };
/** How many weights a shipped model keeps (it ships in the background and options bundles; small is enough). */
export const KEEP = 12_000;

/**
 * The DEV lines labelled for `rule`: each team writer's DEV lines as its own fold; the synthetic dev set in every fold;
 * the real TWCS DEV replies in every fold, or as their own fold `twcs` when `twcsFold`.
 */
export function loadDevRows(rule: ModelRule, writers: readonly TeamWriter[], twcsFold: boolean): Row[] {
  const team = writers.flatMap((writer) =>
    loadTeamReplies(TEAM_REPLY_SETS[writer])
      .filter((r) => r.half === 'dev')
      .map((r) => ({ text: r.text, lang: r.lang, gold: r.gold[rule], writer, id: r.id })),
  );
  const synthetic = loadDev().map((r) => ({ text: r.text, lang: r.lang as Lang, gold: r[rule], writer: 'always' }));
  const real = loadLabelledReplies()
    .filter((r) => r.half === 'dev')
    .map((r) => ({ text: r.text, lang: 'en' as const, gold: r.gold[rule], writer: twcsFold ? 'twcs' : 'always' }));
  return [...team, ...synthetic, ...real];
}

const PACK_LANGS = ['en', 'pl', 'el'] as const;

/** Every default-pack text the lint checks, rendered as the customer reads it. */
export function defaultPackTexts(): Array<{ text: string; lang: Lang; where: string; kind: PackTextKind }> {
  return PACK_LANGS.flatMap((lang) => {
    const parsed = parsePack(readFileSync(join(ROOT, 'assets', 'packs', `${lang}.json`), 'utf8'));
    if (!parsed.ok) throw new Error(`assets/packs/${lang}.json: ${parsed.errors.join('; ')}`);
    return packReplyTexts(parsed.pack).map((t) => ({ text: t.text, lang: t.lang, where: `${lang}: ${t.where}`, kind: t.kind }));
  });
}

export const vectorOf = (text: string, lang: Lang): SparseVector => withLanguage(featurize(text), lang);

/** Trained and packed as shipped (the kept weights, int8), so every number a training script prints is the shipped model's. */
export function trainPacked(rows: readonly Row[], xs: readonly SparseVector[]): { model: LinearModel; packed: PackedLinear } {
  const m = trainLogistic([...xs], rows.map((r) => (r.gold ? 1 : 0)), OPTS);
  const packed = packLinear(m.weights, m.bias, KEEP);
  return { model: unpackLinear(packed), packed };
}


/**
 * Leave one writer out: each fold's lines (`heldOut`, the training rows unless given: a reply split into labelled
 * sentences for training is still read as the whole reply) read by a model trained on every other fold's rows and on
 * the `always` rows.
 */
export function leaveOneWriterOut<T>(
  rows: readonly Row[],
  folds: readonly string[],
  read: (model: LinearModel, row: Row) => T,
  heldOut: readonly Row[] = rows,
): Array<{ row: Row; reading: T }> {
  const xs = rows.map((r) => vectorOf(r.text, r.lang));
  return folds.flatMap((fold) => {
    const tr = rows.flatMap((r, i) => (r.writer !== fold ? [i] : []));
    const { model } = trainPacked(tr.map((i) => rows[i]!), tr.map((i) => xs[i]!));
    return heldOut.flatMap((row) => (row.writer === fold ? [{ row, reading: read(model, row) }] : []));
  });
}
