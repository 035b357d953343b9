import { describe, expect, it } from 'vitest';
import { featurize, withLanguage } from '../../../lib/triage/features';
import { loadComplaintModel } from '../../../lib/triage/model/complaint-model';
import { loadComplaintSet, trainComplaintModel, type LabelledTweet } from '../../../scripts/train-triage';

describe('training (reads ../shared/datasets/complaints-en-xci in place)', () => {
  const data = loadComplaintSet();

  it('loads the labelled set with both classes and the severity scale', () => {
    expect(data.length).toBeGreaterThan(3000);
    const complaints = data.filter((d) => d.complaint === 1);
    expect(complaints.length).toBeGreaterThan(1000);
    expect(complaints.every((d) => d.severity >= 1 && d.severity <= 4)).toBe(true);
    expect(data.filter((d) => d.complaint === 0).every((d) => d.severity === 0)).toBe(true);
  });

  // Training is CPU-bound (a 2^20-feature space, several heads); on the shared 2-core machine it can pass the default 20 s.
  const TRAINING_TIMEOUT = 90_000;

  it('is reproducible: the same data gives the same weights', { timeout: TRAINING_TIMEOUT }, () => {
    const subset = data.slice(0, 600);
    expect(JSON.stringify(trainComplaintModel(subset))).toBe(JSON.stringify(trainComplaintModel(subset)));
  });

  it('learns something: held-out accuracy beats always saying "not a complaint"', { timeout: TRAINING_TIMEOUT }, () => {
    const train = data.filter((_, i) => i % 5 !== 0);
    const test = data.filter((_, i) => i % 5 === 0);
    const model = loadComplaintModel(trainComplaintModel(train));
    const correct = test.filter((d) => (model.probability(withLanguage(featurize(d.text), 'en')) >= 0.5 ? 1 : 0) === d.complaint).length;
    const majority = test.filter((d) => d.complaint === 0).length;
    expect(correct).toBeGreaterThan(majority);
  });

  it('gives each language its own complaint base rate: the same words lean as each language’s rows do', { timeout: TRAINING_TIMEOUT }, () => {
    const texts = ['the parcel came today', 'my order number is ready', 'a photo of the box', 'the driver called me', 'the app shows my ticket', 'the invoice is attached'];
    const rows: LabelledTweet[] = texts.flatMap((text, i) => [
      { id: `en-${i}`, text, complaint: 0 as const, severity: 0, lang: 'en' as const },
      { id: `pl-${i}`, text, complaint: 1 as const, severity: 1, lang: 'pl' as const },
    ]);
    const model = loadComplaintModel(trainComplaintModel(rows));
    const x = featurize('the parcel came today');
    expect(model.probability(withLanguage(x, 'pl'))).toBeGreaterThan(0.5);
    expect(model.probability(withLanguage(x, 'en'))).toBeLessThan(0.5);
  });

  it('adds the language as one feature without touching the post\'s own features', () => {
    const x = featurize('my order is late');
    const en = withLanguage(x, 'en');
    const pl = withLanguage(x, 'pl');
    expect(en.idx.slice(0, -1)).toEqual(x.idx);
    expect(en.idx.length).toBe(x.idx.length + 1);
    expect(en.idx.at(-1)).not.toBe(pl.idx.at(-1));
  });
});

describe('complaint heads per language', () => {
  const row = (id: string, text: string, complaint: 0 | 1, lang: 'en' | 'pl' | 'el'): LabelledTweet => ({ id, text, complaint, severity: complaint, lang });
  const english = [row('e1', 'my order never arrived', 1, 'en'), row('e2', 'thanks for the quick help', 0, 'en'), row('e3', 'the app crashes again', 1, 'en'), row('e4', 'what a lovely morning', 0, 'en')];
  const polish = [row('p1', 'paczka nie dotarła', 1, 'pl'), row('p2', 'dziękuję za pomoc', 0, 'pl'), row('p3', 'my order never arrived', 0, 'pl')];

  it("English rows alone train the English head: adding Polish rows leaves it unchanged, and the Polish head differs", () => {
    const alone = trainComplaintModel(english);
    const both = trainComplaintModel([...english, ...polish]);
    expect(both.complaintByLang?.en).toEqual(alone.complaintByLang?.en);
    expect(both.complaintByLang?.pl).toBeDefined();
    expect(both.complaintByLang?.pl).not.toEqual(both.complaintByLang?.en);
    expect(both.complaint).not.toEqual(alone.complaint);
  });

  it('Greek rows train a Greek head of their own that English and Polish rows cannot move', () => {
    const greek = [row('g1', 'το δέμα δεν ήρθε ποτέ', 1, 'el'), row('g2', 'ευχαριστώ πολύ για τη βοήθεια', 0, 'el')];
    const alone = trainComplaintModel(greek);
    const all = trainComplaintModel([...english, ...polish, ...greek]);
    expect(alone.complaintByLang?.el).toBeDefined();
    expect(all.complaintByLang?.el).toEqual(alone.complaintByLang?.el);
  });

  it('a post is scored by its own language head, and by the shared head for a language without one (here Greek: no Greek rows)', () => {
    const model = loadComplaintModel(trainComplaintModel([...english, ...polish]));
    const x = featurize('my order never arrived');
    expect(model.probability(withLanguage(x, 'en'), 'en')).toBeGreaterThan(0.5);
    expect(model.probability(withLanguage(x, 'pl'), 'pl')).toBeLessThan(0.5);
    expect(model.probability(withLanguage(x, 'el'), 'el')).toBe(model.probability(withLanguage(x, 'el')));
  });
});
