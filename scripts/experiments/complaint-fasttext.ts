/**
 * Experiment (issue #11): a fastText-style compact network for the complaint head, compared with the shipped
 * averaged linear model on the SAME training-side 5-fold CV (scripts/eval/triage-cv.ts) and the non-external
 * proxy checks. Never reads external-eval; nothing here is shipped.
 *
 *   node --import tsx scripts/experiments/complaint-fasttext.ts '<json NetOptions overrides>' ['<json>' …] [--no-cv] [--no-linear] [--proxy] [--time] [--blend 1,0.5]
 *
 * Network: the hashed features of lib/triage/features.ts (word 1–2-grams, char 2–5-grams, each group
 * L2-normalised) folded into `buckets` rows of a `dim`-wide embedding table, summed with their feature
 * values (a weighted mean), → one hidden layer (`hidden` units, tanh) → sigmoid. Trained by AdaGrad with
 * the same example weights (PolEmo 0.3, TWCS 0.5, synthetic 2) and positive weight as the linear model,
 * seeded init and shuffles (deterministic). `--blend w`: score w·neural + (1−w)·linear logits.
 */
import type { SparseVector } from '../../lib/triage/features';
import { featurize } from '../../lib/triage/features';
import { loadComplaintModel, type ComplaintModel } from '../../lib/triage/model/complaint-model';
import { seededRandom, shuffle } from '../../lib/triage/train/random';
import { createTriage, DEFAULT_MIX } from '../../lib/triage/triage';
import { loadTrainingSet, SEED, trainComplaintModel, type LabelledTweet } from '../train-triage';
import { macroF1, pct, table } from '../eval/metrics';
import { crossValidate, proxyRows } from '../eval/triage-cv';

export interface NetOptions {
  buckets: number;
  dim: number;
  hidden: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  positiveWeight: number;
  /** average the parameters over the last this-many epochs (as the linear model does) */
  averageEpochs: number;
}

export const NET_DEFAULTS: NetOptions = { buckets: 1 << 18, dim: 32, hidden: 16, epochs: 8, learningRate: 0.05, l2: 1e-6, seed: SEED, positiveWeight: 1.5, averageEpochs: 0 };

export interface Net {
  o: NetOptions;
  emb: Float32Array; // buckets × dim
  w1: Float32Array; // hidden × dim
  b1: Float32Array;
  w2: Float32Array; // hidden
  b2: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Forward pass; fills `e` (pooled embedding) and `h` (hidden activations); returns the logit. */
function forward(net: Net, x: SparseVector, e: Float32Array, h: Float32Array): number {
  const { dim, hidden, buckets } = net.o;
  const mask = buckets - 1;
  e.fill(0);
  for (let k = 0; k < x.idx.length; k++) {
    const row = (x.idx[k]! & mask) * dim;
    const v = x.val[k]!;
    for (let d = 0; d < dim; d++) e[d]! += v * net.emb[row + d]!;
  }
  let z = net.b2;
  for (let j = 0; j < hidden; j++) {
    let a = net.b1[j]!;
    const r = j * dim;
    for (let d = 0; d < dim; d++) a += net.w1[r + d]! * e[d]!;
    h[j] = Math.tanh(a);
    z += net.w2[j]! * h[j]!;
  }
  return z;
}

export function trainNet(xs: SparseVector[], ys: number[], weights: number[], opts: Partial<NetOptions> = {}): Net {
  const o = { ...NET_DEFAULTS, ...opts };
  const { dim, hidden, buckets } = o;
  const mask = buckets - 1;
  const rand = seededRandom(o.seed);
  const init = (n: number, scale: number) => Float32Array.from({ length: n }, () => (rand() * 2 - 1) * scale);
  const net: Net = { o, emb: init(buckets * dim, 0.1), w1: init(hidden * dim, Math.sqrt(6 / (dim + hidden))), b1: new Float32Array(hidden), w2: init(hidden, Math.sqrt(6 / (hidden + 1))), b2: 0 };
  // AdaGrad accumulators: one per embedding row (as fastText-style sparse AdaGrad), per parameter for the dense layers.
  const gEmb = new Float32Array(buckets);
  const gW1 = new Float32Array(hidden * dim);
  const gB1 = new Float32Array(hidden);
  const gW2 = new Float32Array(hidden);
  let gB2 = 0;
  const e = new Float32Array(dim);
  const h = new Float32Array(hidden);
  const dh = new Float32Array(hidden);
  const de = new Float32Array(dim);
  const lr = o.learningRate;
  const eps = 1e-8;
  const order = xs.map((_, i) => i);
  const averaged = Math.min(o.epochs, o.averageEpochs);
  const avg = averaged ? { emb: new Float32Array(net.emb.length), w1: new Float32Array(net.w1.length), b1: new Float32Array(hidden), w2: new Float32Array(hidden), b2: 0 } : undefined;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i]!;
      const z = forward(net, x, e, h);
      const g = (sigmoid(z) - y) * (y === 1 ? o.positiveWeight : 1) * weights[i]!;
      // backprop: output layer
      de.fill(0);
      for (let j = 0; j < hidden; j++) {
        dh[j] = g * net.w2[j]! * (1 - h[j]! * h[j]!);
        const gw2 = g * h[j]! + o.l2 * net.w2[j]!;
        gW2[j]! += gw2 * gw2;
        net.w2[j]! -= (lr * gw2) / (Math.sqrt(gW2[j]!) + eps);
      }
      gB2 += g * g;
      net.b2 -= (lr * g) / (Math.sqrt(gB2) + eps);
      for (let j = 0; j < hidden; j++) {
        const r = j * dim;
        const dj = dh[j]!;
        for (let d = 0; d < dim; d++) {
          de[d]! += dj * net.w1[r + d]!;
          const gw = dj * e[d]! + o.l2 * net.w1[r + d]!;
          gW1[r + d]! += gw * gw;
          net.w1[r + d]! -= (lr * gw) / (Math.sqrt(gW1[r + d]!) + eps);
        }
        gB1[j]! += dj * dj;
        net.b1[j]! -= (lr * dj) / (Math.sqrt(gB1[j]!) + eps);
      }
      // embedding rows touched by this example
      for (let k = 0; k < x.idx.length; k++) {
        const b = x.idx[k]! & mask;
        const row = b * dim;
        const v = x.val[k]!;
        let sq = 0;
        for (let d = 0; d < dim; d++) {
          const gd = v * de[d]!;
          sq += gd * gd;
        }
        gEmb[b]! += sq / dim;
        const step = lr / (Math.sqrt(gEmb[b]!) + eps);
        for (let d = 0; d < dim; d++) net.emb[row + d]! -= step * (v * de[d]! + o.l2 * net.emb[row + d]!);
      }
    }
    if (avg && epoch >= o.epochs - averaged) {
      const add = (a: Float32Array, b: Float32Array) => {
        for (let k = 0; k < a.length; k++) a[k]! += b[k]! / averaged;
      };
      add(avg.emb, net.emb);
      add(avg.w1, net.w1);
      add(avg.b1, net.b1);
      add(avg.w2, net.w2);
      avg.b2 += net.b2 / averaged;
    }
  }
  return avg ? { o, ...avg } : net;
}

export function netLogit(net: Net): (x: SparseVector) => number {
  const e = new Float32Array(net.o.dim);
  const h = new Float32Array(net.o.hidden);
  return (x) => forward(net, x, e, h);
}

/** Rows the complaint head trains on (as scripts/train-triage.ts: category-only rows left out). */
function complaintRows(rows: LabelledTweet[], xs: SparseVector[]) {
  const idx = rows.flatMap((d, i) => (d.use === 'category' ? [] : [i]));
  return { xs: idx.map((i) => xs[i]!), ys: idx.map((i) => rows[i]!.complaint), ws: idx.map((i) => rows[i]!.weight ?? 1) };
}

/** A ComplaintModel whose complaint probability comes from the network (blended with the linear logit by `blend`); severity and category stay linear. */
const linearCache = new Map<string, ComplaintModel>();
const netCache = new Map<string, (x: SparseVector) => number>();
export function buildCandidate(rows: LabelledTweet[], xs: SparseVector[], opts: Partial<NetOptions>, blend = 1): ComplaintModel {
  // the same fold's linear model serves every candidate of one run (its training is deterministic)
  const key = `${rows.length}:${rows.map((r) => r.id).join(',').length}:${rows[0]?.id}:${rows.at(-1)?.id}`;
  const linear = linearCache.get(key) ?? loadComplaintModel(trainComplaintModel(rows, xs));
  linearCache.set(key, linear);
  const c = complaintRows(rows, xs);
  const netKey = `${key}:${JSON.stringify(opts)}`;
  const logit = netCache.get(netKey) ?? netLogit(trainNet(c.xs, c.ys, c.ws, opts));
  netCache.set(netKey, logit);
  const lin = (x: SparseVector) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, linear.probability(x)));
    return Math.log(p / (1 - p));
  };
  return { ...linear, probability: (x) => sigmoid(blend * logit(x) + (1 - blend) * (blend < 1 ? lin(x) : 0)) };
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const num = (x: number) => x.toFixed(3);
  const args = process.argv.slice(2);
  // several candidates per run: each '{json}' argument is one; `--blend a,b` crosses them with blends
  const candidates = args.filter((a) => a.startsWith('{')).map((a) => JSON.parse(a) as Partial<NetOptions>);
  if (!candidates.length) candidates.push({});
  const blends = args.includes('--blend') ? args[args.indexOf('--blend') + 1]!.split(',').map(Number) : [1];
  const started = performance.now();
  const data = loadTrainingSet();
  console.log(`${data.length} rows`);
  const cvTable = (label: string, make?: Parameters<typeof crossValidate>[3]) => {
    const t0 = performance.now();
    const [cv] = crossValidate([DEFAULT_MIX], data, {}, make);
    const rows = [...cv!.bySource].map(([src, [mo, tr]]) => [src, num(macroF1(mo)), num(macroF1(tr)), `${pct(tr.fp / Math.max(1, tr.fp + tr.tn))} %`, `${pct(tr.tp / Math.max(1, tr.tp + tr.fn))} %`]);
    console.log(`${label} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    console.log(table(['source', 'model-only macro-F1', 'triage() macro-F1', 'non-complaints flagged', 'recall'], rows));
  };
  if (!args.includes('--no-cv')) {
    if (!args.includes('--no-linear')) cvTable('linear (shipped training code)');
    for (const opts of candidates) for (const blend of blends) cvTable(`net ${JSON.stringify({ ...NET_DEFAULTS, ...opts })}, blend ${blend}`, (rows, xs) => buildCandidate(rows, xs, opts, blend));
  }
  if (args.includes('--proxy')) {
    const xs = data.map((d) => featurize(d.text));
    if (!args.includes('--no-linear')) {
      console.log('proxies, linear trained on everything:');
      console.log(table(['lang', 'check', 'result', 'detail'], proxyRows(createTriage(loadComplaintModel(trainComplaintModel(data, xs))))));
    }
    for (const opts of candidates)
      for (const blend of blends) {
        console.log(`proxies, net ${JSON.stringify(opts)} blend ${blend} trained on everything:`);
        console.log(table(['lang', 'check', 'result', 'detail'], proxyRows(createTriage(buildCandidate(data, xs, opts, blend)))));
      }
  }
  if (args.includes('--time')) {
    // per-post latency of featurize + network forward (the part a shipped net would add), median over the training texts
    const texts = data.filter((_, i) => i % 10 === 0).map((d) => d.text);
    for (const opts of candidates) {
      const c = complaintRows(data.slice(0, 2000), data.slice(0, 2000).map((d) => featurize(d.text)));
      const net = trainNet(c.xs, c.ys, c.ws, { ...opts, epochs: 1 });
      const logit = netLogit(net);
      const times: number[] = [];
      for (const t of texts) {
        const t0 = performance.now();
        logit(featurize(t));
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const params = net.emb.length + net.w1.length + net.b1.length + net.w2.length + 1;
      console.log(`net ${JSON.stringify(opts)}: ${params} parameters (int8 ≈ ${(params / 1024 / 1024).toFixed(2)} MB before gzip); featurize + forward p50 ${times[times.length >> 1]!.toFixed(3)} ms, p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(3)} ms over ${texts.length} posts`);
    }
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
