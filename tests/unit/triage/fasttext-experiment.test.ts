/** The fastText-style complaint network of scripts/experiments/complaint-fasttext.ts (an experiment, not shipped). */
import { describe, expect, it } from 'vitest';
import { netLogit, trainNet } from '../../../scripts/experiments/complaint-fasttext';
import { xciSplit } from './xci-split';

describe('fastText-style complaint network (reads ../shared/datasets/complaints-en-xci in place)', () => {
  const { test, xs, ys, xt } = xciSplit();
  const ws = xs.map(() => 1);
  const opts = { buckets: 1 << 14, dim: 16, hidden: 8, epochs: 3, learningRate: 0.02, seed: 1 };

  it('is reproducible with a fixed seed and differs with another', { timeout: 60_000 }, () => {
    const a = trainNet(xs, ys, ws, opts);
    expect(trainNet(xs, ys, ws, opts).emb).toEqual(a.emb);
    expect(trainNet(xs, ys, ws, { ...opts, seed: 2 }).emb).not.toEqual(a.emb);
  });

  it('learns: held-out accuracy beats the majority class', { timeout: 60_000 }, () => {
    const logit = netLogit(trainNet(xs, ys, ws, opts));
    const correct = test.filter((d, i) => (logit(xt[i]!) >= 0 ? 1 : 0) === d.complaint).length;
    expect(correct).toBeGreaterThan(test.filter((d) => d.complaint === 0).length);
  });
});
