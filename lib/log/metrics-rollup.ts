/**
 * The popup's numbers from per-day rollups (lib/log/rollup-day.ts) instead of every row: the same
 * definitions as computeStats (lib/log/metrics.ts), which stays as the full recount the tests compare
 * against. The days' samples are gathered and sorted, so medians, p90, SLA shares and the distribution are exact.
 */
import type { Case } from './events';
import { dayIndex, localDayLabel } from './local-days';
import {
  DISTRIBUTION_BOUNDS_MS,
  medianOfSorted,
  percentileOfSorted,
  periodCounts,
  periodRange,
  unansweredCase,
  type Breakdown,
  type PeriodStats,
  type StatsOptions,
} from './metrics';
import { instantAt } from './compact-samples';
import { waitingOrder, type RollupDay, type WaitingEntry } from './rollup-day';

/**
 * Samples of several days (or cells) as one ascending array: concatenated, then the engine's built-in
 * typed-array sort. Merging the sorted runs in JavaScript does less work on paper, but the service
 * worker often runs it before the JIT has compiled it (a woken worker, a busy machine) and then it is
 * several times slower than the built-in sort.
 */
function sortedConcat(parts: ArrayLike<number>[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out.sort();
}

/** How many values of a sorted array are ≤ v. */
function countAtMost(xs: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Group {
  seen: number;
  answered: number;
  /** Where the group's run pieces are (fallback path) or the values at its middle ranks (one-sort path). */
  runs: ArrayLike<number>[];
  low: number;
  high: number;
}

function breakdown([key, g]: [string, Group], median: number | null): Breakdown {
  return { key, seen: g.seen, answered: g.answered, responseRate: g.seen ? g.answered / g.seen : null, medianFirstResponseMs: median };
}

const byVolume = (a: Breakdown, b: Breakdown) => b.seen - a.seen || a.key.localeCompare(b.key);

/** Bits of a sample left for its cell's tag in the one-sort path: whole ms < 2^32 times 2^8 stay exact in a double. */
const TAG = 256;

/**
 * The period's first-response times, sorted, and the platform and category breakdowns (each group is
 * the union of its cells' runs). When every time is whole milliseconds under 2^32 (4-byte samples) and
 * there are at most 256 platform × category pairs, each time is sorted once with its pair as a tag in the
 * low bits, and each group's middle values are picked on one pass — half the sorting of sorting the
 * total and every group apart, which is what the fallback does.
 */
function firstResponses(days: RollupDay[]): { frt: Float64Array; byPlatform: Breakdown[]; byCategory: Breakdown[] } {
  const platforms = new Map<string, Group>();
  const categories = new Map<string, Group>();
  const group = (m: Map<string, Group>, k: string) => {
    let g = m.get(k);
    if (!g) m.set(k, (g = { seen: 0, answered: 0, runs: [], low: NaN, high: NaN }));
    return g;
  };
  let n = 0;
  let narrow = true;
  for (const d of days) {
    let offset = 0;
    if (d.frt.BYTES_PER_ELEMENT !== 4) narrow = false;
    for (const c of d.cells) {
      const run = d.frt.subarray(offset, offset + c.answered);
      for (const g of [group(platforms, c.platform), group(categories, c.category)]) {
        g.seen += c.seen;
        g.answered += c.answered;
        if (c.answered) g.runs.push(run);
      }
      offset += c.answered;
    }
    n += offset;
  }
  const medianOf = (g: Group) => (g.answered === 0 ? null : g.answered % 2 ? g.high : (g.low + g.high) / 2);
  if (!narrow || platforms.size * categories.size > TAG) {
    const frt = sortedConcat(days.map((d) => d.frt));
    const rows = (m: Map<string, Group>) => [...m].map((e) => breakdown(e, medianOfSorted(sortedConcat(e[1].runs)))).sort(byVolume);
    return { frt, byPlatform: rows(platforms), byCategory: rows(categories) };
  }
  const ps = [...platforms.values()];
  const cs = [...categories.values()];
  const pIndex = new Map([...platforms.keys()].map((k, i) => [k, i]));
  const cIndex = new Map([...categories.keys()].map((k, i) => [k, i]));
  const tagged = new Float64Array(n);
  let k = 0;
  for (const d of days) {
    let offset = 0;
    for (const c of d.cells) {
      const tag = pIndex.get(c.platform)! * cs.length + cIndex.get(c.category)!;
      for (let i = offset; i < offset + c.answered; i++) tagged[k++] = d.frt[i]! * TAG + tag;
      offset += c.answered;
    }
  }
  tagged.sort();
  const frt = new Float64Array(n);
  const pSeen = new Int32Array(ps.length);
  const cSeen = new Int32Array(cs.length);
  const pick = (g: Group, rank: number, v: number) => {
    if (rank === (g.answered - 1) >> 1) g.low = v;
    if (rank === g.answered >> 1) g.high = v;
  };
  for (let i = 0; i < n; i++) {
    const x = tagged[i]!;
    const v = Math.floor(x / TAG);
    const tag = x - v * TAG;
    const pi = Math.floor(tag / cs.length);
    const ci = tag - pi * cs.length;
    frt[i] = v;
    pick(ps[pi]!, pSeen[pi]!++, v);
    pick(cs[ci]!, cSeen[ci]!++, v);
  }
  const rows = (m: Map<string, Group>) => [...m].map((e) => breakdown(e, medianOf(e[1]))).sort(byVolume);
  return { frt, byPlatform: rows(platforms), byCategory: rows(categories) };
}

/**
 * Unanswered complaints oldest first, in the order a full recount gives (clock start, first seen, key).
 * Each day keeps its own oldest first, so only the first `limit` of each day are looked at.
 */
export function oldestWaiting(days: RollupDay[], limit: number): { keys: string[]; total: number } {
  let best: WaitingEntry[] = [];
  let total = 0;
  for (const d of days) {
    total += d.waitingKeys.length;
    if (limit <= 0 || !d.waitingKeys.length) continue;
    const n = Math.min(limit, d.waitingKeys.length);
    const first: WaitingEntry[] = [];
    for (let i = 0; i < n; i++) first.push([instantAt(d.waitingTimes, 2 * i, d.start), instantAt(d.waitingTimes, 2 * i + 1, d.start), d.waitingKeys[i]!]);
    best = best.concat(first).sort(waitingOrder).slice(0, limit);
  }
  return { keys: best.map((w) => w[2]), total };
}

/**
 * Stats of a period from its days' rollups. `waitingCases` are the cases named by oldestWaiting (read
 * by key: the only rows the popup still reads one by one), in that order.
 */
export function computeStatsFromDays(days: RollupDay[], waitingCases: Case[], waitingTotal: number, opts: StatsOptions): PeriodStats {
  const { from, to, dayStarts } = periodRange(opts.period, opts.now, opts.timeZone);
  const inPeriod = days.filter((d) => d.start >= from && d.start <= to);
  const targets = [...opts.slaTargetsMs].sort((a, b) => a - b);
  const trend = dayStarts.map((start) => ({ day: localDayLabel(start, opts.timeZone), start, seen: 0, answered: 0 }));
  let seen = 0;
  let fromSeen = 0;
  let categoryCorrected = 0;
  let insertions = 0;
  const templates = new Map<string, { inserted: number; cases: number; answered: number }>();
  for (const d of inPeriod) {
    const i = dayIndex(dayStarts, d.start);
    trend[i]!.seen += d.seen;
    trend[i]!.answered += d.frt.length;
    seen += d.seen;
    fromSeen += d.fromSeen;
    categoryCorrected += d.corrected ?? 0;
    insertions += d.insertions;
    for (const [id, t] of Object.entries(d.templates)) {
      const sum = templates.get(id) ?? { inserted: 0, cases: 0, answered: 0 };
      sum.inserted += t.inserted;
      sum.cases += t.cases;
      sum.answered += t.answered;
      templates.set(id, sum);
    }
  }
  const { frt, byPlatform, byCategory } = firstResponses(inPeriod);
  const handling = sortedConcat(inPeriod.map((d) => d.handling));
  const answered = frt.length;
  const distribution: PeriodStats['distribution'] = [];
  let below = 0;
  for (const bound of DISTRIBUTION_BOUNDS_MS) {
    const upTo = countAtMost(frt, bound);
    distribution.push({ upToMs: bound, count: upTo - below });
    below = upTo;
  }
  distribution.push({ upToMs: null, count: answered - below });
  const byTemplate = [...templates]
    .filter(([, t]) => t.inserted || t.cases)
    .map(([templateId, t]) => ({ templateId, ...t }))
    .sort((a, b) => b.inserted - a.inserted || b.cases - a.cases || a.templateId.localeCompare(b.templateId));
  const unanswered = waitingCases.map((c) => unansweredCase(c, opts.now));
  return {
    ...periodCounts(opts, from, to, { seen, answered, insertions }),
    categoryCorrected,
    firstResponse: { count: answered, medianMs: medianOfSorted(frt), p90Ms: percentileOfSorted(frt, 90), fromSeen },
    handling: { count: handling.length, medianMs: medianOfSorted(handling) },
    sla: targets.map((targetMs) => {
      const within = countAtMost(frt, targetMs);
      return { targetMs, within, answered, rate: answered ? within / answered : null };
    }),
    trend,
    distribution,
    byPlatform,
    byCategory,
    byTemplate,
    unanswered,
    unansweredTotal: waitingTotal,
  };
}
