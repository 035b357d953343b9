/**
 * Section `triage-cv`: triage measured on the training side only — never on external-eval.
 *
 * - Complaint vs not: stratified 5-fold cross-validation over the real training sources
 *   (complaints-en-xci, twcs distant labels, PolEmo 2.0, the team's twcs-head-en complaint labels when trained
 *   on); the team-written synthetic rows are always on the training side,
 *   never scored. The model is re-trained per fold with the code of scripts/train-triage.ts.
 * - Severity on the gold English complaints of the same folds.
 * - Category: 5-fold CV over the team's category labels of TWCS head tweets (lib/triage/train/labels),
 *   the category heads re-trained per fold; the category mix of lib/triage/triage.ts was chosen on it.
 * - Sources the model is not trained on (licence: evaluation only): Ceneo reviews (pl), Greek bank tweets
 *   and Skroutz review lines (el), twcs-categories-en topics (category); and, not trained on by choice, the
 *   team-written dev posts (lib/triage/train/dev) and the team's twcs-head-en complaint labels when the
 *   complaint head does not train on them (TRAIN_ON_TWCS_GOLD).
 * - Escalation on the dev set (the escalation labels of lib/triage/train/synthetic; the cues were chosen on it).
 */
import { readFileSync } from 'node:fs';
import { SEVERITIES, type Category } from '../../lib/triage/categories';
import { featurize, withLanguage, type SparseVector } from '../../lib/triage/features';
import { loadComplaintModel, type ComplaintModel } from '../../lib/triage/model/complaint-model';
import { csvRecords } from '../../lib/triage/train/csv';
import type { TrainOptions } from '../../lib/triage/train/linear';
import { seededRandom, shuffle } from '../../lib/triage/train/random';
import { loadSynthetic } from '../../lib/triage/train/synthetic';
import modelFile from '../../lib/triage/model/triage-model.json';
import type { ComplaintModelFile } from '../../lib/triage/model/complaint-model';
import { createTriage, triage, DEFAULT_CATEGORY_MIX, DEFAULT_MIX, type CategoryMix, type TriageMix } from '../../lib/triage/triage';
import { customerCareHalf, loadCustomerCareGoldSet, loadDevPosts, loadSyntheticSet, loadTrainingSet, loadTwcsGoldSet, TRAIN_ON_TWCS_GOLD, loadTwcsCategorySet, trainCategoryHeads, trainComplaintModel, type LabelledTweet } from '../train-triage';
import { sharedPath } from '../support/shared-data';
import { categoryCvByLanguageRows } from './category-cv';
import { recordAim } from './aims';
import { logItem } from './item-log';
import { addTo, confusionCell, emptyConfusion, f1, macroF1, num, pct, precision, recall, table, type Confusion } from './metrics';

const K = 5;

/** Fold of each scored row (per source and label, dealt round-robin after a seeded shuffle); -1 = always training. */
function folds(data: LabelledTweet[], seed: number): number[] {
  const rand = seededRandom(seed);
  const fold = new Array<number>(data.length).fill(-1);
  const groups = new Map<string, number[]>();
  data.forEach((d, i) => {
    if (d.source === 'synthetic' || d.use === 'category') return;
    const key = `${d.source}/${d.complaint}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const idx of groups.values()) shuffle(idx, rand).forEach((i, n) => (fold[i] = n % K));
  return fold;
}

export interface CvResult {
  /** per source: [model only, triage()] */
  bySource: Map<string, [Confusion, Confusion]>;
  severity: { n: number; exact: number; near: number; counts: number[] };
}

/**
 * Cross-validated predictions; `mixes` lets a dev run compare several rule mixes on the same folds.
 * `makeModel` (optional) builds a candidate complaint model from a fold's training rows
 * (scripts/experiments/ compare other model kinds on the same folds); default: the shipped training code.
 */
export function crossValidate(
  mixes: TriageMix[] = [DEFAULT_MIX],
  data: LabelledTweet[] = loadTrainingSet(),
  options: Partial<TrainOptions> = {},
  makeModel: (rows: LabelledTweet[], xs: SparseVector[]) => ComplaintModel = (rows, xs) => loadComplaintModel(trainComplaintModel(rows, xs, options)),
): CvResult[] {
  const xs = data.map((d) => featurize(d.text));
  const fold = folds(data, 7);
  const results: CvResult[] = mixes.map(() => ({ bySource: new Map(), severity: { n: 0, exact: 0, near: 0, counts: [0, 0, 0, 0, 0] } }));
  for (let f = 0; f < K; f++) {
    const train = data.flatMap((_, i) => (fold[i] !== f ? [i] : []));
    const model = makeModel(train.map((i) => data[i]!), train.map((i) => xs[i]!));
    mixes.forEach((mix, m) => {
      const run = createTriage(model, mix);
      const res = results[m]!;
      data.forEach((d, i) => {
        if (fold[i] !== f) return;
        const src = `${d.source} (${d.lang})`;
        const pair = res.bySource.get(src) ?? [emptyConfusion(), emptyConfusion()];
        res.bySource.set(src, pair);
        const gold = d.complaint === 1;
        addTo(pair[0], model.probability(withLanguage(xs[i]!, d.lang ?? 'en'), d.lang ?? 'en') >= 0.5, gold);
        const r = run({ text: d.text, lang: d.lang });
        addTo(pair[1], r.complaint, gold);
        if (m === 0) logItem(d.source === 'twcs-gold' ? 'twcs-gold' : `cv:${d.source}`, d.id, r.complaint === gold);
        if (gold && d.severity > 0) {
          const level = r.complaint ? SEVERITIES.indexOf(r.severity) : Math.min(4, Math.max(1, Math.round(model.severity(xs[i]!))));
          res.severity.counts[d.severity]!++;
          res.severity.n++;
          if (level === d.severity) res.severity.exact++;
          if (Math.abs(level - d.severity) <= 1) res.severity.near++;
        }
      });
    });
  }
  return results;
}

/**
 * Category by 5-fold CV over the team-labelled TWCS head tweets: per fold the category heads are re-trained
 * on the synthetic rows plus the other folds' labels (`withLabels` false: synthetic rows only, as before
 * the labels existed) and triage() — lexicon cues plus heads, mixed by `mix` — names the category of the
 * held-out tweets. Every labelled tweet has a real category, so `other` always counts as a miss here.
 */
export function categoryCv(mixes: CategoryMix[] = [DEFAULT_CATEGORY_MIX], withLabels = true): Array<{ mix: CategoryMix; n: number; hit: number; other: number }> {
  const labelled = loadTwcsCategorySet();
  const synth = loadSyntheticSet();
  const fold = new Array<number>(labelled.length);
  shuffle(labelled.map((_, i) => i), seededRandom(11)).forEach((i, n) => (fold[i] = n % K));
  const xsL = labelled.map((d) => featurize(d.text));
  const xsS = synth.map((d) => featurize(d.text));
  const out = mixes.map((mix) => ({ mix, n: labelled.length, hit: 0, other: 0 }));
  for (let f = 0; f < K; f++) {
    const tr = withLabels ? labelled.flatMap((_, i) => (fold[i] !== f ? [i] : [])) : [];
    const heads = trainCategoryHeads([...synth, ...tr.map((i) => labelled[i]!)], [...xsS, ...tr.map((i) => xsL[i]!)]);
    const model = loadComplaintModel({ ...(modelFile as ComplaintModelFile), ...heads });
    out.forEach((o) => {
      const run = createTriage(model, DEFAULT_MIX, o.mix);
      labelled.forEach((d, i) => {
        if (fold[i] !== f) return;
        const c = run({ text: d.text, lang: 'en' }).category;
        if (c === d.category) o.hit++;
        if (c === 'other') o.other++;
      });
    });
  }
  return out;
}

function categoryCvRows(): Array<Array<string | number>> {
  const before = categoryCv([{ model: 1.5, minEvidence: 0.9 }], false)[0]!;
  const after = categoryCv()[0]!;
  return [
    ['synthetic rows only, old mix (model 1.5, min evidence 0.9)', before.n, num(before.hit / before.n), `${pct(before.other / before.n)} %`],
    [`synthetic + labelled folds, shipped mix (model ${DEFAULT_CATEGORY_MIX.model}, min evidence ${DEFAULT_CATEGORY_MIX.minEvidence})`, after.n, `**${num(after.hit / after.n)}**`, `${pct(after.other / after.n)} %`],
  ];
}

/** twcs topic labels that correspond to a Soothe category; brand/product topics (iPhone, Prime…) have none. */
const TWCS_TO_CATEGORY: Record<string, Category[]> = {
  Delivery: ['delivery'],
  Packaging: ['delivery', 'product'],
  'Bad Support': ['support'],
  'Order Cancellation': ['returns'],
  Return: ['returns'],
  Replacement: ['returns', 'product'],
  Refund: ['billing', 'returns'],
  Account: ['account'],
  Update: ['technical'],
  Battery: ['product', 'technical'],
  'Unresponsive/Freezing Device': ['technical', 'product'],
  App: ['technical'],
  'Billing/Payment': ['billing'],
};

export function categoryRows(): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  let allN = 0;
  let allHit = 0;
  let allOther = 0;
  for (const company of ['AmazonHelp', 'AppleSupport', 'SpotifyCares']) {
    const file = sharedPath('datasets', 'twcs-categories-en', `twcs-${company}-200-inbound.csv`);
    let n = 0;
    let hit = 0;
    let other = 0;
    for (const r of csvRecords(readFileSync(file, 'utf8'))) {
      const gold = new Set<Category>();
      for (const [label, cats] of Object.entries(TWCS_TO_CATEGORY)) if (r[label] === '1') cats.forEach((c) => gold.add(c));
      if (gold.size === 0) continue;
      n++;
      const cat = triage({ text: r.text ?? '', lang: 'en' }).category;
      if (gold.has(cat)) hit++;
      if (cat === 'other') other++;
    }
    rows.push([`twcs-categories-en ${company}`, n, `**${num(hit / n)}**`, `${pct(other / n)} %`]);
    allN += n;
    allHit += hit;
    allOther += other;
  }
  rows.push(['all three', allN, `**${num(allHit / allN)}**`, `${pct(allOther / allN)} %`]);
  return rows;
}

type Triage = typeof triage;
const flagged = (run: Triage, texts: string[], lang: string) => texts.filter((t) => run({ text: t, lang }).complaint).length / Math.max(1, texts.length);

/** `run`: the shipped triage, or a candidate's (scripts/eval/triage-dev.ts compares candidates on these). */
export function proxyRows(run: Triage = triage): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  const reviews = csvRecords(readFileSync(sharedPath('datasets', 'ceneo-reviews-pl', 'ceneo_opinions.csv'), 'utf8'));
  const stars = (r: Record<string, string>) => Number((r.stars ?? '').split('/')[0]!.replace(',', '.'));
  const bad = reviews.filter((r) => r.recommendation === 'Nie polecam' || stars(r) <= 2).map((r) => r.content ?? '');
  const good = reviews.filter((r) => r.recommendation === 'Polecam' && stars(r) >= 5).map((r) => r.content ?? '');
  const cc = emptyConfusion();
  const ceneo = (texts: string[], gold: boolean, kind: string) =>
    texts.forEach((t, i) => {
      const got = run({ text: t, lang: 'pl' }).complaint;
      addTo(cc, got, gold);
      logItem('ceneo', `${kind}-${i}`, got === gold);
    });
  ceneo(bad, true, 'bad');
  ceneo(good, false, 'good');
  recordAim({
    what: 'complaint macro-F1, pl Ceneo reviews (never trained on)', side: 'held out', measured: macroF1(cc), target: 0.85, direction: '≥',
    whyNot: `A small set: ${cc.tp + cc.fn} complaints among ${cc.tp + cc.fn + cc.fp + cc.tn} reviews (${cc.fn} missed, ${cc.fp} five-star reviews flagged), so one review moves macro-F1 by about 0.02.`,
  });
  rows.push(['pl', 'Ceneo reviews: "Nie polecam" or ≤2/5 (complaint) vs 5/5 "Polecam"', `macro-F1 **${num(macroF1(cc))}**`, `${confusionCell(cc)}; positives flagged ${pct(cc.fp / Math.max(1, good.length))} %`]);
  const bank = csvRecords(readFileSync(sharedPath('datasets', 'bank-tweets-el', 'twitter_sample4000.csv'), 'utf8'));
  for (const label of ['0', '1', '2']) {
    const texts = bank.filter((r) => r.sentiment === label).map((r) => r.text ?? '');
    rows.push(['el', `Greek bank tweets, raw label ${label} (mapping unverified; preprocessed text)`, `${pct(flagged(run, texts, 'el'))} % flagged`, `${texts.length} tweets`]);
  }
  const lines = readFileSync(sharedPath('datasets', 'skroutz-reviews-el', 'reviews.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(2)
    .map((l) => l.trim())
    .filter((l) => l.length > 20);
  rows.push(['el', 'Skroutz review lines (unlabelled, mostly positive)', `${pct(flagged(run, lines, 'el'))} % flagged`, `${lines.length} lines`]);
  // The team's hand labels of a sample of those lines: the Greek dev set (the Greek mix was chosen on it).
  const dev = JSON.parse(readFileSync(new URL('../../lib/triage/train/dev/skroutz-el-labels.json', import.meta.url), 'utf8')) as { labels: Record<string, 0 | 1> };
  const cd = emptyConfusion();
  for (const [i, y] of Object.entries(dev.labels)) {
    const got = run({ text: lines[Number(i)] ?? '', lang: 'el' }).complaint;
    addTo(cd, got, y === 1);
    logItem('skroutz-dev', i, got === (y === 1));
  }
  recordAim({
    what: 'complaint macro-F1, el Skroutz lines (team labels)', side: 'dev (tuned on)', measured: macroF1(cd), target: 0.85, direction: '≥',
    whyNot: `A small set: ${cd.tp + cd.fn} complaints among ${cd.tp + cd.fn + cd.fp + cd.tn} review lines (${cd.fn} missed, ${cd.fp} flagged wrongly).`,
  });
  rows.push(['el', 'Skroutz lines hand-labelled by the team (dev set: the Greek mix was chosen on it)', `macro-F1 **${num(macroF1(cd))}**`, confusionCell(cd)]);
  // The team's complaint labels of real twcs-head-en tweets, when kept out of the complaint head's training (see loadTwcsGoldSet).
  // When the complaint head trains on them, the cross-validation table scores them instead.
  if (!TRAIN_ON_TWCS_GOLD) {
    const gold = emptyConfusion();
    for (const r of loadTwcsGoldSet()) {
      const got = run({ text: r.text, lang: 'en' }).complaint;
      addTo(gold, got, r.complaint === 1);
      logItem('twcs-gold', r.id, got === (r.complaint === 1));
    }
    rows.push(['en', 'twcs-head-en tweets to brands, team complaint labels (real; the complaint head never trains on them)', `macro-F1 **${num(macroF1(gold))}**`, confusionCell(gold)]);
  }
  // The team's complaint labels of real customer-care first tweets (session 26): never trained on. Session 27 cut them
  // in two (customerCareHalf): the dev half's errors may be read and learnt from, the test half is read as totals only.
  const care = { dev: emptyConfusion(), test: emptyConfusion() };
  for (const r of loadCustomerCareGoldSet()) {
    const got = run({ text: r.text, lang: 'en' }).complaint;
    const half = customerCareHalf(r.id);
    addTo(care[half], got, r.complaint === 1);
    logItem(`cct-${half}`, r.id, got === (r.complaint === 1));
  }
  recordAim({
    what: 'complaint macro-F1, en real customer-care tweets (team labels, test half)', side: 'held out', measured: macroF1(care.test), target: 0.85, direction: '≥',
    whyNot: `First messages to software and game support accounts, unlike the tweets triage learnt from: ${care.test.fp} of ${care.test.fp + care.test.tn} non-complaints are flagged (by the labellers' reports mostly how-to and account-recovery questions). Cues learnt from the dev half's errors did not carry over to this half, and training on the dev half's labels cost the TWCS checks (Q1, Q2 in docs/decisions/session27-rule.md).`,
  });
  rows.push(['en', 'customer-care-threads-en first tweets to 25 support accounts, team complaint labels, test half (real; never trained on or read)', `macro-F1 **${num(macroF1(care.test))}**`, confusionCell(care.test)]);
  rows.push(['en', 'the same, dev half (its errors are read: development numbers)', `macro-F1 ${num(macroF1(care.dev))}`, confusionCell(care.dev)]);
  // Team-written posts kept out of training (every lib/triage/train/dev/*.jsonl: social-posts.jsonl and later
  // batches): ordinary posts and complaints. A development set: the Polish ordinary-post negatives were chosen on it.
  const social = loadDevPosts();
  const results = social.map((r) => run({ text: r.text, lang: r.lang }));
  const called = results.map((t) => t.complaint);
  social.forEach((r, i) => logItem(`dev:${r.lang}`, r.where, called[i] === (r.complaint === 1)));
  // Category of the dev complaints that carry one (whether or not triage called them complaints): the only
  // category check on posts to brands in Polish and Greek (the category CV there is clinics and tablets).
  const withCategory = social.flatMap((r, i) => (r.complaint === 1 && r.category && r.category !== 'other' ? [{ r, right: results[i]!.category === r.category }] : []));
  withCategory.forEach(({ r, right }) => logItem(`devcat:${r.lang}`, r.where, right));
  for (const lang of ['en', 'pl', 'el'] as const) {
    const of = (label: 0 | 1) => social.flatMap((r, i) => (r.lang === lang && r.complaint === label ? [called[i]!] : []));
    const ordinary = of(0);
    const complaints = of(1);
    if (!ordinary.length && !complaints.length) continue;
    const share = (calls: boolean[]) => calls.filter(Boolean).length / Math.max(1, calls.length);
    const fa = share(ordinary);
    const rec = share(complaints);
    const dc = emptyConfusion();
    ordinary.forEach((c) => addTo(dc, c, false));
    complaints.forEach((c) => addTo(dc, c, true));
    recordAim({ what: `complaint macro-F1, ${lang} team-written posts`, side: 'dev (tuned on)', measured: macroF1(dc), target: 0.85, direction: '≥' });
    rows.push([lang, 'team-written posts, not trained on (dev set): non-complaints flagged · complaints found', `${pct(fa)} % · ${pct(rec)} %`, `${Math.round(fa * ordinary.length)}/${ordinary.length} · ${Math.round(rec * complaints.length)}/${complaints.length}`]);
    const cats = withCategory.filter(({ r }) => r.lang === lang);
    if (cats.length) {
      const right = cats.filter((c) => c.right).length;
      rows.push([lang, 'team-written complaints, not trained on (dev set): category right', `${pct(right / cats.length)} %`, `${right}/${cats.length}`]);
    }
  }
  return rows;
}

function escalationRows(): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  for (const lang of ['en', 'pl', 'el'] as const) {
    const dev = loadSynthetic([lang]);
    const threats = dev.filter((r) => r.escalation);
    const plain = dev.filter((r) => !r.escalation && /cancel|delete|close|anul|usun|zamkn|zrezygn|rezygn|ακυρ|διαγρ|κλείν|διακοπ|απεγγρ/i.test(r.text));
    const hit = threats.filter((r) => triage({ text: r.text, lang }).escalation).length;
    const alarms = plain.filter((r) => triage({ text: r.text, lang }).escalation).length;
    recordAim({ what: `escalation recall, ${lang} team-written threats`, side: 'dev (tuned on)', measured: hit / Math.max(1, threats.length), target: 0.8, direction: '≥' });
    recordAim({ what: `plain cancel/delete requests escalated, ${lang} team-written`, side: 'dev (tuned on)', measured: alarms / Math.max(1, plain.length), target: 0.05, direction: '≤', percent: true });
    rows.push([lang, `**${num(hit / Math.max(1, threats.length))}** (${hit}/${threats.length})`, `${pct(alarms / Math.max(1, plain.length))} % (${alarms}/${plain.length})`]);
  }
  return rows;
}

export default async function triageCv(): Promise<string> {
  const started = performance.now();
  const [cv] = crossValidate();
  const secs = ((performance.now() - started) / 1000).toFixed(0);
  const gold = cv!.bySource.get('twcs-gold (en)')?.[1];
  if (gold) {
    recordAim({
      what: 'complaint macro-F1, en real tweets to brands (twcs-gold, team labels)', side: 'training-side CV', measured: macroF1(gold), target: 0.85, direction: '≥',
      whyNot: `The linear model's level on the team's own labels (${gold.fp} false alarms, ${gold.fn} misses of ${gold.tp + gold.fp + gold.fn + gold.tn}): a small neural model scored lower than it on the same training-side folds (scripts/experiments/README.md), and the changes kept since session 23 moved it by less than 0.01.`,
    });
  }
  const rows = [...cv!.bySource].map(([src, [mo, tr]]) => [src, mo.tp + mo.fp + mo.fn + mo.tn, num(macroF1(mo)), num(precision(tr)), num(recall(tr)), num(f1(tr.tp, tr.fp, tr.fn)), `**${num(macroF1(tr))}**`, confusionCell(tr)]);
  const s = cv!.severity;
  return [
    '## Triage — training-set cross-validation and dev checks (no external-eval)',
    '',
    `Complaint vs not, stratified ${K}-fold CV over the real training sources (${secs} s); the synthetic rows are always training-only. PolEmo labels are weak (negative opinion sentence = complaint). P/R/F1 are triage()'s, complaint class.`,
    '',
    table(['source', 'n', 'model-only macro-F1', 'P', 'R', 'F1', 'triage() macro-F1', 'confusion'], rows),
    '',
    `Severity on gold English complaints, same CV: exact ${pct(s.exact / s.n)} %, within one level ${pct(s.near / s.n)} % (${s.n} complaints; majority level ${pct(Math.max(...s.counts) / s.n)} %).`,
    '',
    'Sources the model never trains on (shipped model):',
    '',
    table(['lang', 'check', 'result', 'detail'], proxyRows()),
    '',
    `Category, ${K}-fold CV over the team's hand labels of first customer tweets in twcs-head-en (lib/triage/train/labels; the heads are re-trained per fold; the mix was chosen on this CV):`,
    '',
    table(['category heads', 'n', 'accuracy', 'predicted `other`'], categoryCvRows()),
    '',
    `Category per language, ${K}-fold CV over all the team's category labels (lib/triage/train/labels: twcs-head-en, twcs-sample-en, customer-care-threads-en, PolEmo negatives, Skroutz lines; scripts/eval/category-cv.ts). Before: heads trained on the synthetic rows and the first-pass twcs-head-en labels; after: plus the other label files. Same held-out items, shipped mix; pl and el are in-domain (clinic opinions, tablet reviews):`,
    '',
    table(['held-out labels', 'n', 'before', 'after'], categoryCvByLanguageRows()),
    '',
    'Category on twcs-categories-en inbound tweets whose topic maps to a category (GPL: evaluation only):',
    '',
    table(['source', 'n', 'accuracy', 'predicted `other`'], categoryRows()),
    '',
    'Escalation on the dev set (team-written, synthetic; the cues were chosen on it, so this is a development number): recall on explicit threats, alarms on plain cancel/delete/close requests.',
    '',
    table(['lang', 'recall on threats', 'alarms on plain requests'], escalationRows()),
  ].join('\n');
}
