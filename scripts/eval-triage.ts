/**
 * `npm run eval:triage`: measures triage against the shared datasets and prints one table.
 *
 * - English complaint vs not (complaints-en-xci): stratified 10-fold cross-validation with the same
 *   training code as scripts/train-triage.ts (train on 9 folds, pack + quantise as shipped, test on
 *   the 10th); macro-F1 of the bare model and of the whole triage() pipeline, next to published results.
 * - Severity agreement on the gold complaints of each test fold.
 * - Category accuracy on twcs-categories-en (GPL: evaluation only, never training).
 * - Polish and Greek proxy checks: sentiment/review labels standing in for complaint labels.
 */
import { readFileSync } from 'node:fs';
import { featurize } from '../lib/triage/features';
import { loadComplaintModel } from '../lib/triage/model/complaint-model';
import { csvRecords } from '../lib/triage/train/csv';
import { seededRandom, shuffle } from '../lib/triage/train/random';
import { createTriage, triage } from '../lib/triage/triage';
import { SEVERITIES, type Category } from '../lib/triage/categories';
import { loadComplaintSet, trainComplaintModel, type LabelledTweet } from './train-triage';
import { sharedPath } from './support/shared-data';

const pct = (x: number) => (100 * x).toFixed(1);

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function add(c: Confusion, predicted: boolean, gold: boolean): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}
const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
const macroF1 = (c: Confusion) => (f1(c.tp, c.fp, c.fn) + f1(c.tn, c.fn, c.fp)) / 2;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

/** Fold number of each example: positives and negatives are dealt round-robin after a seeded shuffle. */
function stratifiedFolds(data: LabelledTweet[], k: number, seed: number): number[] {
  const rand = seededRandom(seed);
  const fold = new Array<number>(data.length).fill(0);
  for (const label of [0, 1]) {
    const idx = shuffle(data.flatMap((d, i) => (d.complaint === label ? [i] : [])), rand);
    idx.forEach((i, n) => (fold[i] = n % k));
  }
  return fold;
}

type Row = [string, string, string];
const rows: Row[] = [];
const section = (title: string) => rows.push([`— ${title}`, '', '']);

function englishCrossValidation(): void {
  const data = loadComplaintSet();
  const xs = data.map((d) => featurize(d.text));
  const fold = stratifiedFolds(data, 10, 7);
  const modelOnly: number[] = [];
  const pipeline: number[] = [];
  const pooledModel = emptyConfusion();
  const pooledPipe = emptyConfusion();
  let sevN = 0;
  let sevExact = 0;
  let sevNear = 0;
  const sevCounts = [0, 0, 0, 0, 0];
  const started = performance.now();
  for (let f = 0; f < 10; f++) {
    const train = data.flatMap((_, i) => (fold[i] !== f ? [i] : []));
    const model = loadComplaintModel(trainComplaintModel(train.map((i) => data[i]!), train.map((i) => xs[i]!)));
    const foldTriage = createTriage(model);
    const cm = emptyConfusion();
    const cp = emptyConfusion();
    data.forEach((d, i) => {
      if (fold[i] !== f) return;
      const gold = d.complaint === 1;
      add(cm, model.probability(xs[i]!) >= 0.5, gold);
      const r = foldTriage({ text: d.text, lang: 'en' });
      add(cp, r.complaint, gold);
      if (gold && d.severity > 0) {
        sevCounts[d.severity]!++;
        // Severity is judged on gold complaints, with the pipeline's level (or the model's if it missed).
        const level = r.complaint ? SEVERITIES.indexOf(r.severity) : Math.min(4, Math.max(1, Math.round(model.severity(xs[i]!))));
        sevN++;
        if (level === d.severity) sevExact++;
        if (Math.abs(level - d.severity) <= 1) sevNear++;
      }
    });
    modelOnly.push(macroF1(cm));
    pipeline.push(macroF1(cp));
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) {
      pooledModel[k] += cm[k];
      pooledPipe[k] += cp[k];
    }
  }
  const secs = (performance.now() - started) / 1000;
  section(`English complaint vs not — complaints-en-xci, ${data.length} tweets, stratified 10-fold CV (${secs.toFixed(1)} s)`);
  rows.push(['Soothe model only (hashed n-gram logistic regression)', `macro-F1 ${pct(mean(modelOnly))} ± ${pct(sd(modelOnly))}`, `complaint-class F1 ${pct(f1(pooledModel.tp, pooledModel.fp, pooledModel.fn))}`]);
  rows.push(['Soothe triage() (model + cues + no-target rule)', `macro-F1 ${pct(mean(pipeline))} ± ${pct(sd(pipeline))}`, `complaint-class F1 ${pct(f1(pooledPipe.tp, pooledPipe.fp, pooledPipe.fn))}`]);
  rows.push(['Preoţiuc-Pietro et al., ACL 2019 (features / neural)', 'up to 79 F1', 'published']);
  rows.push(['Jin & Aletras, COLING 2020 (fine-tuned transformers)', 'up to 87 macro-F1', 'published']);
  rows.push(['Majority class (always "not a complaint")', `macro-F1 ${pct(macroF1({ tp: 0, fp: 0, fn: 1232, tn: data.length - 1232 }))}`, 'baseline']);
  section('Severity on gold complaints (1 no reproach, 2 disapproval, 3 accusation, 4 blame), same CV');
  const majority = Math.max(...sevCounts) / Math.max(1, sevN);
  rows.push(['Exact agreement', `${pct(sevExact / sevN)} %`, `majority level: ${pct(majority)} %`]);
  rows.push(['Within one level', `${pct(sevNear / sevN)} %`, `${sevN} complaints`]);
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

function categoryAccuracy(): void {
  section('Category — twcs-categories-en inbound tweets whose topic maps to a category (GPL, eval only)');
  let allN = 0;
  let allHit = 0;
  const goldCounts = new Map<Category, number>();
  for (const company of ['AmazonHelp', 'AppleSupport', 'SpotifyCares']) {
    const file = sharedPath('datasets', 'twcs-categories-en', `twcs-${company}-200-inbound.csv`);
    let n = 0;
    let hit = 0;
    for (const r of csvRecords(readFileSync(file, 'utf8'))) {
      const gold = new Set<Category>();
      for (const [label, cats] of Object.entries(TWCS_TO_CATEGORY)) if (r[label] === '1') cats.forEach((c) => gold.add(c));
      if (gold.size === 0) continue;
      n++;
      gold.forEach((c) => goldCounts.set(c, (goldCounts.get(c) ?? 0) + 1));
      if (gold.has(triage({ text: r.text ?? '', lang: 'en' }).category)) hit++;
    }
    rows.push([`${company}`, `${pct(hit / n)} % of ${n}`, 'predicted category ∈ mapped gold topics']);
    allN += n;
    allHit += hit;
  }
  const best = Math.max(...goldCounts.values());
  rows.push(['All three', `${pct(allHit / allN)} % of ${allN}`, `constant best guess: ${pct(best / allN)} %`]);
}

function flaggedShare(texts: string[], lang: string): number {
  return texts.filter((t) => triage({ text: t, lang }).complaint).length / Math.max(1, texts.length);
}

function polishChecks(): void {
  section('Polish proxies (sentiment/review labels, not complaint labels)');
  const lines = readFileSync(sharedPath('datasets', 'polemo2-sentences-pl', 'medicine.sentence.train.polemo2.txt'), 'utf8').split(/\r?\n/);
  const byLabel = new Map<string, string[]>();
  for (const raw of lines) {
    const m = /^\uFEFF?(.*?)\s*__label__(\w+)"?\s*$/.exec(raw);
    if (!m) continue;
    const list = byLabel.get(m[2]!) ?? [];
    list.push(m[1]!.replace(/ ([,.!?;:)])/g, '$1').replace(/\( /g, '('));
    byLabel.set(m[2]!, list);
  }
  const neg = byLabel.get('z_minus_m') ?? [];
  const pos = byLabel.get('z_plus_m') ?? [];
  const zero = byLabel.get('z_zero') ?? [];
  const c = emptyConfusion();
  for (const t of neg) add(c, triage({ text: t, lang: 'pl' }).complaint, true);
  for (const t of pos) add(c, triage({ text: t, lang: 'pl' }).complaint, false);
  rows.push(['PolEmo 2.0 medicine sentences: negative vs positive', `macro-F1 ${pct(macroF1(c))}`, `negative flagged ${pct(c.tp / neg.length)} %, positive flagged ${pct(c.fp / pos.length)} % (${neg.length}/${pos.length})`]);
  rows.push(['PolEmo 2.0 neutral sentences flagged', `${pct(flaggedShare(zero, 'pl'))} %`, `${zero.length} sentences`]);
  const autodetected = [...neg, ...pos].filter((t) => triage({ text: t }).lang === 'pl').length / (neg.length + pos.length);
  rows.push(['PolEmo 2.0 language detected as pl (no hint)', `${pct(autodetected)} %`, '']);

  const reviews = csvRecords(readFileSync(sharedPath('datasets', 'ceneo-reviews-pl', 'ceneo_opinions.csv'), 'utf8'));
  const stars = (r: Record<string, string>) => Number((r.stars ?? '').split('/')[0]!.replace(',', '.'));
  const text = (r: Record<string, string>) => r.content ?? '';
  const bad = reviews.filter((r) => r.recommendation === 'Nie polecam' || stars(r) <= 2).map(text);
  const good = reviews.filter((r) => r.recommendation === 'Polecam' && stars(r) >= 5).map(text);
  const cc = emptyConfusion();
  bad.forEach((t) => add(cc, triage({ text: t, lang: 'pl' }).complaint, true));
  good.forEach((t) => add(cc, triage({ text: t, lang: 'pl' }).complaint, false));
  rows.push(['Ceneo reviews: "Nie polecam" or ≤2/5 vs 5/5 "Polecam"', `macro-F1 ${pct(macroF1(cc))}`, `negative flagged ${pct(cc.tp / bad.length)} %, positive flagged ${pct(cc.fp / good.length)} % (${bad.length}/${good.length})`]);
}

function greekChecks(): void {
  section('Greek proxies (no labelled Greek complaint set exists here)');
  const bank = csvRecords(readFileSync(sharedPath('datasets', 'bank-tweets-el', 'twitter_sample4000.csv'), 'utf8'));
  for (const label of ['0', '1', '2']) {
    const texts = bank.filter((r) => r.sentiment === label).map((r) => r.text ?? '');
    rows.push([`Bank tweets, raw label ${label} (mapping unverified)`, `${pct(flaggedShare(texts, 'el'))} % flagged`, `${texts.length} tweets, lowercased, accents and stopwords removed`]);
  }
  const lines = readFileSync(sharedPath('datasets', 'skroutz-reviews-el', 'reviews.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(2)
    .map((l) => l.trim())
    .filter((l) => l.length > 20);
  rows.push(['Skroutz review lines (unlabelled; mostly positive)', `${pct(flaggedShare(lines, 'el'))} % flagged`, `${lines.length} lines`]);
  const detected = lines.filter((t) => triage({ text: t }).lang === 'el').length / lines.length;
  rows.push(['Skroutz lines detected as el (no hint)', `${pct(detected)} %`, 'Greek mixed with English/Greeklish']);
}

function printTable(): void {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) {
    if (a.startsWith('— ')) console.log(`\n${a}`);
    else console.log(`  ${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  }
}

englishCrossValidation();
categoryAccuracy();
polishChecks();
greekChecks();
printTable();
console.log(`
Notes:
  - The model is re-trained inside every fold; the few rule constants of triage() (cue weight, no-target
    penalty, escalation boosts) were chosen by looking at this same cross-validation, so the triage() row is
    slightly optimistic; the model-only row is clean.
  - Polish and Greek have no complaint labels here: negative sentiment / bad reviews stand in for complaints.
    PolEmo sentences are medical opinions, mostly narrative; "negative" there is rarely a service complaint.
    Some Polish/Greek cues were added after reading misses on Ceneo and PolEmo, so those rows are development
    numbers, not held-out ones. The Greek bank-tweet label mapping is undocumented (label 1 reads as the most
    critical in spot checks), and the Greek text is preprocessed (no accents, no stopwords).`);
