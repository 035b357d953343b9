/**
 * `node --import tsx scripts/train-triage.ts`: trains the English complaint model and the ordinal severity heads on
 * ../shared/datasets/complaints-en-xci (MIT; 3,449 tweets from Preoţiuc-Pietro et al. 2019 with
 * complaint 0/1 and Jin & Aletras severity 0–4) and writes lib/triage/model/complaint-en.json.
 * Deterministic: fixed seed, fixed epochs, no data-dependent randomness.
 * twcs-categories-en is GPL and is never used here (evaluation only).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featurize, HASH_BITS, type SparseVector } from '../lib/triage/features';
import { packLinear } from '../lib/triage/model/codec';
import type { ComplaintModelFile } from '../lib/triage/model/complaint-model';
import { csvRecords } from '../lib/triage/train/csv';
import { trainLogistic, type TrainOptions } from '../lib/triage/train/linear';
import { PROJECT_ROOT, sharedPath } from './support/shared-data';

export interface LabelledTweet {
  id: string;
  text: string;
  complaint: 0 | 1;
  /** 0 = not a complaint; 1 no reproach, 2 disapproval, 3 accusation, 4 blame */
  severity: number;
}

export function loadComplaintSet(): LabelledTweet[] {
  const file = sharedPath('datasets', 'complaints-en-xci', 'X-CI_Dataset.csv');
  return csvRecords(readFileSync(file, 'utf8'))
    .filter((r) => r.tweet !== undefined && (r.label === '0' || r.label === '1'))
    .map((r) => ({
      id: r.id ?? '',
      text: r.tweet ?? '',
      complaint: r.label === '1' ? 1 : 0,
      severity: Number(r.Severity ?? 0) || 0,
    }));
}

export const SEED = 20190728;
const COMPLAINT_OPTS: TrainOptions = { dims: 1 << HASH_BITS, epochs: 20, learningRate: 0.1, l2: 1e-4, seed: SEED, positiveWeight: 1.5 };
const SEVERITY_OPTS: TrainOptions = { dims: 1 << HASH_BITS, epochs: 10, learningRate: 0.1, l2: 1e-4, seed: SEED + 1 };
/** How many weights each shipped model keeps (largest magnitude). */
const KEEP_COMPLAINT = 50_000;
const KEEP_SEVERITY = 12_000;

/** Trains both models on `data` and returns the file the extension ships. Used by the CV as well. */
export function trainComplaintModel(data: LabelledTweet[], vectors?: SparseVector[]): ComplaintModelFile {
  const xs = vectors ?? data.map((d) => featurize(d.text));
  const complaint = trainLogistic(xs, data.map((d) => d.complaint), COMPLAINT_OPTS);
  const complaintIdx = data.flatMap((d, i) => (d.complaint === 1 && d.severity > 0 ? [i] : []));
  // Ordinal severity: one logistic head per threshold (level ≥ 2, ≥ 3, ≥ 4), trained on complaints only.
  const severity = [2, 3, 4].map((level) =>
    trainLogistic(
      complaintIdx.map((i) => xs[i]!),
      complaintIdx.map((i) => (data[i]!.severity >= level ? 1 : 0)),
      { ...SEVERITY_OPTS, seed: SEVERITY_OPTS.seed + level },
    ),
  );
  return {
    format: 'soothe-triage-linear/1',
    trainedOn: 'complaints-en-xci (MIT), ' + data.length + ' tweets',
    seed: SEED,
    hashBits: HASH_BITS,
    complaint: packLinear(complaint.weights, complaint.bias, KEEP_COMPLAINT),
    severity: severity.map((head) => packLinear(head.weights, head.bias, KEEP_SEVERITY)),
  };
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const data = loadComplaintSet();
  const model = trainComplaintModel(data);
  const out = join(PROJECT_ROOT, 'lib', 'triage', 'model', 'complaint-en.json');
  const json = JSON.stringify(model);
  writeFileSync(out, json + '\n');
  console.log(`trained on ${data.length} tweets → ${out} (${json.length} bytes)`);
}
