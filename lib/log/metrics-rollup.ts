/**
 * The popup's numbers from per-day rollups (lib/log/rollup-day.ts) instead of every row: the same
 * definitions as computeStats (lib/log/metrics.ts), which stays as the full recount the tests compare
 * against. Sorted per-day samples are merged, so medians, p90, SLA shares and the distribution are exact.
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
import type { GroupRoll, RollupDay, WaitingEntry } from './rollup-day';

/**
 * The days' ascending samples as one ascending array. Concatenated and sorted by the engine's built-in
 * typed-array sort: merging the sorted runs in JavaScript does less work on paper, but the service
 * worker often runs it before the JIT has compiled it (a woken worker, a busy machine) and then it is
 * several times slower than the built-in sort.
 */
function sortedConcat(parts: Float64Array[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  if (parts.length === 1) return parts[0]!;
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

function groupRows(days: RollupDay[], pick: (d: RollupDay) => Record<string, GroupRoll>): Breakdown[] {
  const seen = new Map<string, number>();
  const times = new Map<string, Float64Array[]>();
  for (const d of days)
    for (const [k, g] of Object.entries(pick(d))) {
      seen.set(k, (seen.get(k) ?? 0) + g.seen);
      const t = times.get(k) ?? [];
      t.push(g.frt);
      times.set(k, t);
    }
  return [...seen]
    .map(([key, s]) => {
      const frt = sortedConcat(times.get(key)!);
      return { key, seen: s, answered: frt.length, responseRate: s ? frt.length / s : null, medianFirstResponseMs: medianOfSorted(frt) };
    })
    .sort((a, b) => b.seen - a.seen || a.key.localeCompare(b.key));
}

const waitingOrder = (a: WaitingEntry, b: WaitingEntry) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

/** Unanswered complaints oldest first, in the order a full recount gives (clock start, first seen, key). Keeps only the first `limit`. */
export function oldestWaiting(days: RollupDay[], limit: number): { keys: string[]; total: number } {
  const best: WaitingEntry[] = [];
  let total = 0;
  for (const d of days) {
    const n = d.waitingKeys.length;
    total += n;
    if (limit <= 0) continue;
    for (let i = 0; i < n; i++) {
      const clock = d.waitingTimes[2 * i]!;
      const seen = d.waitingTimes[2 * i + 1]!;
      // Most entries lose to the list's last one: compare the numbers before building an entry.
      if (best.length === limit) {
        const last = best[limit - 1]!;
        if (clock > last[0] || (clock === last[0] && seen > last[1])) continue;
      }
      const w: WaitingEntry = [clock, seen, d.waitingKeys[i]!];
      if (best.length === limit && waitingOrder(w, best[limit - 1]!) >= 0) continue;
      let j = best.length;
      while (j > 0 && waitingOrder(w, best[j - 1]!) < 0) j--;
      best.splice(j, 0, w);
      if (best.length > limit) best.pop();
    }
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
    byPlatform: groupRows(inPeriod, (d) => d.platforms),
    byCategory: groupRows(inPeriod, (d) => d.categories),
    byTemplate,
    unanswered,
    unansweredTotal: waitingTotal,
  };
}
