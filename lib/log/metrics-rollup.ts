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
import { waitingOrder, type Cell, type RollupDay, type WaitingEntry } from './rollup-day';

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

/** Per platform or per category: the union of the days' cells of that key (their runs are views, not copies). */
function groupRows(days: RollupDay[], keyOf: (c: Cell) => string): Breakdown[] {
  const groups = new Map<string, { seen: number; runs: ArrayLike<number>[] }>();
  for (const d of days) {
    let offset = 0;
    for (const c of d.cells) {
      const key = keyOf(c);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { seen: 0, runs: [] }));
      g.seen += c.seen;
      if (c.answered) g.runs.push(d.frt.subarray(offset, offset + c.answered));
      offset += c.answered;
    }
  }
  return [...groups]
    .map(([key, g]) => {
      const frt = sortedConcat(g.runs);
      return { key, seen: g.seen, answered: frt.length, responseRate: g.seen ? frt.length / g.seen : null, medianFirstResponseMs: medianOfSorted(frt) };
    })
    .sort((a, b) => b.seen - a.seen || a.key.localeCompare(b.key));
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
  let insertions = 0;
  const templates = new Map<string, { inserted: number; cases: number; answered: number }>();
  for (const d of inPeriod) {
    const i = dayIndex(dayStarts, d.start);
    trend[i]!.seen += d.seen;
    trend[i]!.answered += d.frt.length;
    seen += d.seen;
    fromSeen += d.fromSeen;
    insertions += d.insertions;
    for (const [id, t] of Object.entries(d.templates)) {
      const sum = templates.get(id) ?? { inserted: 0, cases: 0, answered: 0 };
      sum.inserted += t.inserted;
      sum.cases += t.cases;
      sum.answered += t.answered;
      templates.set(id, sum);
    }
  }
  const frt = sortedConcat(inPeriod.map((d) => d.frt));
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
    firstResponse: { count: answered, medianMs: medianOfSorted(frt), p90Ms: percentileOfSorted(frt, 90), fromSeen },
    handling: { count: handling.length, medianMs: medianOfSorted(handling) },
    sla: targets.map((targetMs) => {
      const within = countAtMost(frt, targetMs);
      return { targetMs, within, answered, rate: answered ? within / answered : null };
    }),
    trend,
    distribution,
    byPlatform: groupRows(inPeriod, (c) => c.platform),
    byCategory: groupRows(inPeriod, (c) => c.category),
    byTemplate,
    unanswered,
    unansweredTotal: waitingTotal,
  };
}
