/** The team's category labels for TWCS head tweets (reads ../shared/datasets/twcs-head-en in place) and what the heads learn from them. */
import { describe, expect, it } from 'vitest';
import { featurize } from '../../../lib/triage/features';
import { loadComplaintModel, type ComplaintModelFile } from '../../../lib/triage/model/complaint-model';
import modelFile from '../../../lib/triage/model/triage-model.json';
import { createTriage } from '../../../lib/triage/triage';
import { loadSyntheticSet, loadTwcsCategorySet, trainCategoryHeads } from '../../../scripts/train-triage';

describe('team category labels of TWCS head tweets', () => {
  const rows = loadTwcsCategorySet();

  it('every labelled id is a real tweet with a real category (never `other`), for the category heads only', () => {
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.every((r) => r.text.trim().length > 0 && r.category && r.category !== 'other' && r.use === 'category')).toBe(true);
    expect(new Set(rows.map((r) => r.category)).size).toBeGreaterThanOrEqual(6);
  });

  it('heads trained with the labels name held-out tweets better than heads trained on the synthetic rows alone', { timeout: 90_000 }, () => {
    const synth = loadSyntheticSet();
    const train = rows.filter((_, i) => i % 4 !== 0);
    const test = rows.filter((_, i) => i % 4 === 0);
    const accuracy = (data: typeof rows) => {
      const heads = trainCategoryHeads(data, data.map((d) => featurize(d.text)));
      const run = createTriage(loadComplaintModel({ ...(modelFile as ComplaintModelFile), category: heads }));
      return test.filter((d) => run({ text: d.text, lang: 'en' }).category === d.category).length / test.length;
    };
    expect(accuracy([...synth, ...train])).toBeGreaterThan(accuracy(synth));
  });
});
