/**
 * Experiment, not shipped (L-series, docs/decisions/session27-rule.md; scripts/experiments/README.md): learning from the
 * manager's corrections. Each correction becomes a lesson: the post's hashed features (never its text), triage's own
 * complaint log-odds and the verdict set. A residual linear model over the same features is fitted to the lessons on top
 * of triage's log-odds, refitted from the lessons alone after each one. Measured like a manager working down a stream:
 * each post is judged with the lessons so far, before its own label is seen, and corrected when wrong. Streams: the
 * team's customer-care labels, one stream per support account in time order (each team keeps its own lessons; dev half
 * to choose, test half held out), and the team-written dev posts of each language.
 *
 *   node --import tsx scripts/experiments/lessons-from-corrections.ts [--grid]   (--grid: the dev streams only)
 */
import { featurize, type SparseVector } from '../../lib/triage/features';
import { triage } from '../../lib/triage/triage';
import { table } from '../eval/metrics';
import { customerCareHalf, customerCareThreads, loadCustomerCareGoldSet, loadDevPosts } from '../train-triage';

interface Options {
  learningRate: number;
  /** Passes over the lessons per refit. */
  epochs: number;
}
/** The grid's choice on the dev streams. */
const CHOSEN: Options = { learningRate: 1, epochs: 2 };

interface Lesson extends SparseVector {
  base: number;
  complaint: boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const dot = (w: Map<number, number>, x: SparseVector) => x.idx.reduce((s, i, k) => s + (w.get(i) ?? 0) * x.val[k]!, 0);

/** The residual fitted to the lessons, oldest first. */
function fit(lessons: readonly Lesson[], { learningRate, epochs }: Options): Map<number, number> {
  const w = new Map<number, number>();
  for (let e = 0; e < epochs; e++)
    for (const l of lessons) {
      const g = learningRate * ((l.complaint ? 1 : 0) - sigmoid(l.base + dot(w, l)));
      l.idx.forEach((i, k) => w.set(i, (w.get(i) ?? 0) + g * l.val[k]!));
    }
  return w;
}

interface StreamItem {
  /** Whose stream it is: each team keeps its own lessons. */
  team: string;
  text: string;
  lang: 'en' | 'pl' | 'el';
  complaint: boolean;
}

/** Wrong complaint verdicts on one stream: triage alone, and with each team's lessons; and the corrections made. */
function prequential(items: readonly StreamItem[], options: Options): { n: number; alone: number; taught: number; lessons: number } {
  const teams = new Map<string, { lessons: Lesson[]; w: Map<number, number> }>();
  const out = { n: items.length, alone: 0, taught: 0, lessons: 0 };
  for (const item of items) {
    const team = teams.get(item.team) ?? { lessons: [] as Lesson[], w: new Map<number, number>() };
    teams.set(item.team, team);
    const base = logit(triage({ text: item.text, lang: item.lang }).score);
    const x = featurize(item.text);
    if (base >= 0 !== item.complaint) out.alone++;
    // The manager corrects what they were shown: the verdict with the lessons so far.
    if (base + dot(team.w, x) >= 0 !== item.complaint) {
      out.taught++;
      out.lessons++;
      team.lessons.push({ ...x, base, complaint: item.complaint });
      team.w = fit(team.lessons, options);
    }
  }
  return out;
}

function careStream(half: 'dev' | 'test'): StreamItem[] {
  const threads = customerCareThreads();
  return loadCustomerCareGoldSet()
    .filter((r) => customerCareHalf(r.id) === half)
    .map((r) => ({ r, thread: threads.get(r.id.slice('cct-gold-'.length))! }))
    .sort((a, b) => a.thread.company.localeCompare(b.thread.company) || a.thread.at.localeCompare(b.thread.at))
    .map(({ r, thread }) => ({ team: thread.company, text: r.text, lang: 'en' as const, complaint: r.complaint === 1 }));
}

function devStream(lang: 'en' | 'pl' | 'el'): StreamItem[] {
  return loadDevPosts()
    .filter((r) => r.lang === lang)
    .map((r) => ({ team: 'dev writers', text: r.text, lang, complaint: r.complaint === 1 }));
}

const DEV: Array<[string, () => StreamItem[]]> = [
  ['cct-dev (customer-care dev half, per account)', () => careStream('dev')],
  ['dev posts en', () => devStream('en')],
  ['dev posts pl', () => devStream('pl')],
  ['dev posts el', () => devStream('el')],
];
const TEST: Array<[string, () => StreamItem[]]> = [['cct-test (customer-care test half, per account; held out)', () => careStream('test')]];

if (process.argv.includes('--grid')) {
  const streams = DEV.map(([name, load]) => [name, load()] as const);
  const rows: string[][] = [];
  for (const learningRate of [0.25, 0.5, 1])
    for (const epochs of [1, 2, 4]) {
      const results = streams.map(([, items]) => prequential(items, { learningRate, epochs }));
      rows.push([String(learningRate), String(epochs), ...results.map((r) => `${r.alone} → ${r.taught}`), `${results.reduce((s, r) => s + r.alone, 0)} → ${results.reduce((s, r) => s + r.taught, 0)}`]);
    }
  console.log(table(['learning rate', 'epochs', ...streams.map(([n]) => n), 'all'], rows));
} else {
  const rows = [...DEV, ...TEST].map(([name, load]) => {
    const r = prequential(load(), CHOSEN);
    return [name, String(r.n), `${r.alone} → ${r.taught}`, String(r.lessons)];
  });
  console.log(table(['stream', 'posts', 'wrong complaint verdicts: alone → with lessons', 'corrections made'], rows));
}
