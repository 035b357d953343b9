/**
 * Development comparison of complaint-model candidates on the training side only (never external-eval):
 *
 *   node --import tsx scripts/eval/triage-dev.ts '<json TrainOptions overrides>' [--no-cv] [--vs-seed N]
 *
 * Prints the 5-fold CV of scripts/eval/triage-cv.ts (per source: model-only and triage() macro-F1, and the
 * share of non-complaints flagged), then the proxy checks (Ceneo, Greek bank tweets, Skroutz) with a model
 * trained on everything with those options. `--vs-seed N` also trains with seed N and prints how many
 * decisions on the unlabelled proxy texts change between the two seeds (the retrain variance).
 */
import { readFileSync } from 'node:fs';
import { featurize } from '../../lib/triage/features';
import { loadComplaintModel } from '../../lib/triage/model/complaint-model';
import { csvRecords } from '../../lib/triage/train/csv';
import type { TrainOptions } from '../../lib/triage/train/linear';
import { createTriage, DEFAULT_MIX, type TriageMix } from '../../lib/triage/triage';
import { loadTrainingSet, SEED, trainComplaintModel } from '../train-triage';
import { sharedPath } from '../support/shared-data';
import { macroF1, pct, table } from './metrics';
import { crossValidate, proxyRows } from './triage-cv';

const num = (x: number) => x.toFixed(3);
const args = process.argv.slice(2);
const options = JSON.parse(args.find((a) => a.startsWith('{')) ?? '{}') as Partial<TrainOptions>;
/** `--pl-bias -0.5,-1`: also compare Polish mix biases (same folds, same models). */
const plBiases = args.includes('--pl-bias') ? args[args.indexOf('--pl-bias') + 1]!.split(',').map(Number) : [DEFAULT_MIX.pl.bias];
const mixes: TriageMix[] = plBiases.map((bias) => ({ ...DEFAULT_MIX, pl: { ...DEFAULT_MIX.pl, bias } }));
const vsSeed = args.includes('--vs-seed') ? Number(args[args.indexOf('--vs-seed') + 1]) : undefined;
const started = performance.now();
const data = loadTrainingSet();
console.log(`options ${JSON.stringify(options)}; ${data.length} rows`);

if (!args.includes('--no-cv')) {
  crossValidate(mixes, data, options).forEach((cv, m) => {
    const rows = [...cv.bySource].map(([src, [mo, tr]]) => [src, num(macroF1(mo)), num(macroF1(tr)), `${pct(tr.fp / Math.max(1, tr.fp + tr.tn))} %`, `${pct(tr.tp / Math.max(1, tr.tp + tr.fn))} %`]);
    console.log(`pl bias ${plBiases[m]}`);
    console.log(table(['source', 'model-only macro-F1', 'triage() macro-F1', 'non-complaints flagged', 'recall'], rows));
  });
  console.log(`cv ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const xs = data.map((d) => featurize(d.text));
const shipped = loadComplaintModel(trainComplaintModel(data, xs, options));
const run = createTriage(shipped);
mixes.forEach((mix, m) => {
  console.log(`pl bias ${plBiases[m]}`);
  console.log(table(['lang', 'check', 'result', 'detail'], proxyRows(createTriage(shipped, mix))));
});

if (vsSeed !== undefined) {
  const other = createTriage(loadComplaintModel(trainComplaintModel(data, xs, { ...options, seed: vsSeed })));
  const pool: Array<[string, string]> = [
    ...csvRecords(readFileSync(sharedPath('datasets', 'ceneo-reviews-pl', 'ceneo_opinions.csv'), 'utf8')).map((r) => [r.content ?? '', 'pl'] as [string, string]),
    ...csvRecords(readFileSync(sharedPath('datasets', 'bank-tweets-el', 'twitter_sample4000.csv'), 'utf8')).map((r) => [r.text ?? '', 'el'] as [string, string]),
    ...readFileSync(sharedPath('datasets', 'skroutz-reviews-el', 'reviews.csv'), 'utf8').split(/\r?\n/).slice(2).filter((l) => l.trim().length > 20).map((l) => [l, 'el'] as [string, string]),
    ...csvRecords(readFileSync(sharedPath('datasets', 'twcs-categories-en', 'twcs-AmazonHelp-200-inbound.csv'), 'utf8')).map((r) => [r.text ?? '', 'en'] as [string, string]),
  ];
  const changed = pool.filter(([text, lang]) => run({ text, lang }).complaint !== other({ text, lang }).complaint).length;
  console.log(`seed ${options.seed ?? SEED} vs ${vsSeed}: ${changed} of ${pool.length} proxy decisions change (${pct(changed / pool.length)} %)`);
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
