/**
 * Regression guard on the labelled agent replies (shared/datasets/twcs-categories-en, read in place).
 * Fails with the shared-data locator's message when the dataset is missing.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';
import { parseCsv } from '../../../lib/triage/train/csv';
import { loadReplies } from '../../../scripts/eval-rules';

function precisionRecall(pairs: Array<[gold: boolean, predicted: boolean]>) {
  const tp = pairs.filter(([g, p]) => g && p).length;
  const fp = pairs.filter(([g, p]) => !g && p).length;
  const fn = pairs.filter(([g, p]) => g && !p).length;
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), positives: tp + fn };
}

describe('eval on TWCS agent replies', () => {
  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, ""y""","line\nbreak"\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
    ]);
  });

  it('finds the apologies labelled in AmazonHelp replies (precision and recall >= 0.9)', () => {
    const replies = loadReplies('AmazonHelp');
    expect(replies).toHaveLength(100);
    const r = precisionRecall(replies.map((x) => [x.labels.has('Apologize'), checkReply(x.text, { lang: 'en' }).apology]));
    expect(r.positives).toBeGreaterThan(20);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the DM requests labelled in AppleSupport replies (precision and recall >= 0.9)', () => {
    const replies = loadReplies('AppleSupport');
    const r = precisionRecall(replies.map((x) => [x.labels.has('Request DM'), checkReply(x.text, { lang: 'en' }).private]));
    expect(r.positives).toBeGreaterThan(20);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('does not flag public personal data where AmazonHelp tells customers not to post details', () => {
    const replies = loadReplies('AmazonHelp').filter((x) => x.labels.has('Request to not send personal details'));
    expect(replies.length).toBeGreaterThan(3);
    for (const x of replies) {
      expect(checkReply(x.text, { lang: 'en' }).findings.filter((f) => f.rule === 'public-personal-data')).toEqual([]);
    }
  });
});
