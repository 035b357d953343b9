/**
 * Training of the sparse linear models (used by scripts/train-triage.ts and the cross-validation in
 * scripts/eval/triage-cv.ts, never by the extension): logistic regression for complaint vs not, and
 * ridge regression for severity, both by AdaGrad SGD with L2, shuffled with a fixed seed.
 */
import type { SparseVector } from '../features';
import { seededRandom, shuffle } from './random';

export interface TrainOptions {
  dims: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weight of positive examples relative to negatives (class imbalance). */
  positiveWeight?: number;
  /** Weight of each example (e.g. a weakly labelled source counts less); default 1. */
  sampleWeights?: number[];
  /**
   * Average the weights at the end of each of the last this-many epochs (averaged SGD); default 0 = the
   * last weights. The complaint model uses it: a small cross-validated gain (scripts/eval/triage-dev.ts).
   */
  averageEpochs?: number;
}

export interface DenseModel {
  weights: Float32Array;
  bias: number;
}

function dot(w: Float32Array, x: SparseVector): number {
  let s = 0;
  for (let k = 0; k < x.idx.length; k++) s += w[x.idx[k]!]! * x.val[k]!;
  return s;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** `loss` gives d(loss)/d(score) for one example. */
function sgd(xs: SparseVector[], ys: number[], opts: TrainOptions, grad: (score: number, y: number) => number): DenseModel {
  const w = new Float32Array(opts.dims);
  const g2 = new Float32Array(opts.dims);
  let bias = 0;
  let biasG2 = 0;
  const rand = seededRandom(opts.seed);
  const order = xs.map((_, i) => i);
  const averaged = Math.min(opts.epochs, Math.max(0, Math.floor(opts.averageEpochs ?? 0)));
  const avg = averaged ? new Float32Array(opts.dims) : undefined;
  let avgBias = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i]!;
      const g = grad(dot(w, x) + bias, y) * (opts.sampleWeights?.[i] ?? 1);
      for (let k = 0; k < x.idx.length; k++) {
        const j = x.idx[k]!;
        const gj = g * x.val[k]! + opts.l2 * w[j]!;
        g2[j]! += gj * gj;
        w[j]! -= (opts.learningRate * gj) / (Math.sqrt(g2[j]!) + 1e-8);
      }
      biasG2 += g * g;
      bias -= (opts.learningRate * g) / (Math.sqrt(biasG2) + 1e-8);
    }
    if (avg && epoch >= opts.epochs - averaged) {
      for (let j = 0; j < w.length; j++) if (w[j] !== 0) avg[j]! += w[j]! / averaged;
      avgBias += bias / averaged;
    }
  }
  return avg ? { weights: avg, bias: avgBias } : { weights: w, bias };
}

/** Logistic regression; ys are 0/1. */
export function trainLogistic(xs: SparseVector[], ys: number[], opts: TrainOptions): DenseModel {
  const pw = opts.positiveWeight ?? 1;
  return sgd(xs, ys, opts, (score, y) => (sigmoid(score) - y) * (y === 1 ? pw : 1));
}

/** Least-squares regression on real targets (severity level). */
export function trainRidge(xs: SparseVector[], ys: number[], opts: TrainOptions): DenseModel {
  return sgd(xs, ys, opts, (score, y) => score - y);
}
