/** Averaged SGD (TrainOptions.averageEpochs), used by the shipped complaint model. */
import { describe, expect, it } from 'vitest';
import { HASH_BITS } from '../../../lib/triage/features';
import { trainLogistic, type DenseModel, type TrainOptions } from '../../../lib/triage/train/linear';
import { xciSplit } from './xci-split';

describe('averaged SGD (reads ../shared/datasets/complaints-en-xci in place)', () => {
  const { test, xs, ys, xt } = xciSplit();
  const score = (m: DenseModel, i: number) => xt[i]!.idx.reduce((s, j, k) => s + m.weights[j]! * xt[i]!.val[k]!, m.bias);
  const base: TrainOptions = { dims: 1 << HASH_BITS, epochs: 12, learningRate: 0.1, l2: 1e-4, seed: 1 };

  it('returns the mean of the last epochs, not the last weights, and is reproducible', { timeout: 90_000 }, () => {
    const last = trainLogistic(xs, ys, base);
    const averaged = trainLogistic(xs, ys, { ...base, averageEpochs: 6 });
    expect(averaged.bias).not.toBe(last.bias);
    expect(trainLogistic(xs, ys, { ...base, averageEpochs: 6 }).weights).toEqual(averaged.weights);
    // averaging only the last epoch is the last weights
    expect(trainLogistic(xs, ys, { ...base, averageEpochs: 1 }).bias).toBeCloseTo(last.bias, 6);
  });

  it('still learns: held-out accuracy beats the majority class', { timeout: 90_000 }, () => {
    const m = trainLogistic(xs, ys, { ...base, averageEpochs: 6 });
    const correct = test.filter((d, i) => (score(m, i) >= 0 ? 1 : 0) === d.complaint).length;
    expect(correct).toBeGreaterThan(test.filter((d) => d.complaint === 0).length);
  });
});
