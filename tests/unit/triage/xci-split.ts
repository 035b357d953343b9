/** A small fixed split of complaints-en-xci (read in place) for tests that train a model: 1,200 to train, 400 held out. */
import { featurize } from '../../../lib/triage/features';
import { loadComplaintSet } from '../../../scripts/train-triage';

export function xciSplit() {
  const data = loadComplaintSet();
  const train = data.filter((_, i) => i % 4 !== 0).slice(0, 1200);
  const test = data.filter((_, i) => i % 4 === 0).slice(0, 400);
  return { test, xs: train.map((d) => featurize(d.text)), ys: train.map((d) => d.complaint), xt: test.map((d) => featurize(d.text)) };
}
