/**
 * The popup's numbers, as pure functions over cases and events (definitions: ../shared/DESIGN.md).
 *
 * - A complaint belongs to the period in which it was first seen ("seen"); it is "answered" once a
 *   reply to it was sent (at any time up to now). Response rate = answered ÷ seen.
 * - First response time = first reply − the post's own timestamp. When the page gave no timestamp the
 *   first-seen time stands in, and `firstResponse.fromSeen` counts those cases so nobody is misled.
 * - Handling time = first reply − first opened (panel shown / template inserted); cases answered
 *   without being opened in Soothe have none.
 * - SLA attainment = share of answered complaints whose first response time is within the target.
 * - Median: the middle value (mean of the two middle ones for an even count). p90: nearest rank.
 * - Cases that triage marked as not a complaint are left out.
 * One pass over the cases and one over the events; only the answered times are sorted.
 */
import type { Platform } from '../sites/types';
import type { Case, LogEvent } from './events';
import { dayIndex, lastLocalDays, localDayLabel } from './local-days';
import { hasCorrectedCategory } from './rollup-day';

export type Period = 'today' | '7d' | '30d' | '365d';
export const PERIOD_DAYS: Record<Period, number> = { today: 1, '7d': 7, '30d': 30, '365d': 365 };

const MIN = 60_000;
/** Upper bounds of the response-time distribution buckets; the last bucket is open-ended. */
export const DISTRIBUTION_BOUNDS_MS = [15 * MIN, 30 * MIN, 60 * MIN, 120 * MIN, 240 * MIN, 480 * MIN, 1440 * MIN];

export interface StatsOptions {
  period: Period;
  now: number;
  timeZone: string;
  responseRateTarget: number;
  slaTargetsMs: number[];
  unansweredLimit?: number;
  /** Whether the log holds anything at all (tells a new user from a quiet period). */
  hasAnyData?: boolean;
}

export interface Breakdown {
  key: string;
  seen: number;
  answered: number;
  responseRate: number | null;
  medianFirstResponseMs: number | null;
}

export interface TemplateBreakdown {
  templateId: string;
  /** Times inserted during the period. */
  inserted: number;
  /** Complaints of the period it was used on, and how many of those were answered. */
  cases: number;
  answered: number;
}

export interface UnansweredCase {
  key: string;
  platform: Platform;
  postId: string;
  url: string | null;
  category: string | null;
  severity: string | null;
  /** Who wrote it: the shown name and the handle (null when unknown or stored hashed). */
  authorName: string | null;
  author: string | null;
  /** The complaint's first words, when the log has them. */
  excerpt: string | null;
  postedAt: number | null;
  firstSeenAt: number;
  /** From the post's timestamp (or first seen) to now. */
  waitingMs: number;
}

export interface PeriodStats {
  period: Period;
  from: number;
  to: number;
  timeZone: string;
  hasAnyData: boolean;
  seen: number;
  answered: number;
  responseRate: number | null;
  responseRateTarget: number;
  meetsTarget: boolean | null;
  /** Answered complaints of the period whose category the manager corrected in the panel (triage_corrected). */
  categoryCorrected: number;
  /** Replies inserted from templates during the period. */
  insertions: number;
  firstResponse: { count: number; medianMs: number | null; p90Ms: number | null; fromSeen: number };
  handling: { count: number; medianMs: number | null };
  sla: Array<{ targetMs: number; within: number; answered: number; rate: number | null }>;
  trend: Array<{ day: string; start: number; seen: number; answered: number }>;
  distribution: Array<{ upToMs: number | null; count: number }>;
  byPlatform: Breakdown[];
  byCategory: Breakdown[];
  byTemplate: TemplateBreakdown[];
  unanswered: UnansweredCase[];
  unansweredTotal: number;
}

export function periodRange(period: Period, now: number, timeZone: string): { from: number; to: number; dayStarts: number[] } {
  const dayStarts = lastLocalDays(now, PERIOD_DAYS[period], timeZone);
  return { from: dayStarts[0]!, to: now, dayStarts };
}

/** Median of numbers sorted ascending. */
export function medianOfSorted(xs: ArrayLike<number>): number | null {
  const n = xs.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100) of numbers sorted ascending. */
export function percentileOfSorted(xs: ArrayLike<number>, p: number): number | null {
  const n = xs.length;
  if (n === 0) return null;
  return xs[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!;
}

function sorted(xs: number[]): Float64Array {
  return Float64Array.from(xs).sort();
}

class Group {
  seen = 0;
  answered = 0;
  times: number[] = [];
  result(key: string): Breakdown {
    return {
      key,
      seen: this.seen,
      answered: this.answered,
      responseRate: this.seen ? this.answered / this.seen : null,
      medianFirstResponseMs: medianOfSorted(sorted(this.times)),
    };
  }
}

function groupsToRows(groups: Map<string, Group>): Breakdown[] {
  return [...groups].map(([k, g]) => g.result(k)).sort((a, b) => b.seen - a.seen || a.key.localeCompare(b.key));
}

function bump(groups: Map<string, Group>, key: string): Group {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = new Group()));
  return g;
}

/** The period and its headline counts, as both the full recount and the per-day rollups report them. */
export function periodCounts(opts: StatsOptions, from: number, to: number, n: { seen: number; answered: number; insertions: number }) {
  const responseRate = n.seen ? n.answered / n.seen : null;
  return {
    period: opts.period,
    from,
    to,
    timeZone: opts.timeZone,
    hasAnyData: opts.hasAnyData ?? (n.seen > 0 || n.insertions > 0),
    ...n,
    responseRate,
    responseRateTarget: opts.responseRateTarget,
    meetsTarget: responseRate === null ? null : responseRate >= opts.responseRateTarget,
  };
}

/** A case still waiting for its first reply, as the popup lists it (its clock runs from the post's own time). */
export function unansweredCase(c: Case, now: number): UnansweredCase {
  return {
    key: c.key,
    platform: c.platform,
    postId: c.postId,
    url: c.url ?? null,
    category: c.category ?? null,
    severity: c.severity ?? null,
    authorName: c.authorName ?? null,
    author: c.author && !c.author.startsWith('sha256:') ? c.author : null,
    excerpt: c.excerpt ?? null,
    postedAt: c.postedAt ?? null,
    firstSeenAt: c.firstSeenAt,
    waitingMs: Math.max(0, now - (c.postedAt ?? c.firstSeenAt)),
  };
}

export function computeStats(cases: Iterable<Case>, events: Iterable<LogEvent>, opts: StatsOptions): PeriodStats {
  const { from, to, dayStarts } = periodRange(opts.period, opts.now, opts.timeZone);
  const targets = [...opts.slaTargetsMs].sort((a, b) => a - b);
  const trend = dayStarts.map((start) => ({ day: localDayLabel(start, opts.timeZone), start, seen: 0, answered: 0 }));
  const distribution = [...DISTRIBUTION_BOUNDS_MS, null].map((upToMs) => ({ upToMs, count: 0 }));
  const within = targets.map(() => 0);
  const frt: number[] = [];
  const handling: number[] = [];
  const byPlatform = new Map<string, Group>();
  const byCategory = new Map<string, Group>();
  const templateCases = new Map<string, { cases: number; answered: number }>();
  const waiting: Case[] = []; // turned into list rows only for the few shown
  let seen = 0;
  let fromSeen = 0;
  let categoryCorrected = 0;

  for (const c of cases) {
    if (c.firstSeenAt < from || c.firstSeenAt > to || c.isComplaint === false) continue;
    seen++;
    const day = trend[dayIndex(dayStarts, c.firstSeenAt)]!;
    day.seen++;
    const platform = bump(byPlatform, c.platform);
    const category = bump(byCategory, c.category ?? 'unknown');
    platform.seen++;
    category.seen++;
    const answered = c.firstReplyAt !== undefined;
    for (const t of c.templateIds) {
      const tc = templateCases.get(t) ?? { cases: 0, answered: 0 };
      tc.cases++;
      if (answered) tc.answered++;
      templateCases.set(t, tc);
    }
    const clockStart = c.postedAt ?? c.firstSeenAt;
    if (c.firstReplyAt === undefined) {
      if (!c.handedOff && c.resolvedAt === undefined) waiting.push(c);
      continue;
    }
    day.answered++;
    platform.answered++;
    category.answered++;
    if (c.postedAt === undefined) fromSeen++;
    if (hasCorrectedCategory(c)) categoryCorrected++;
    const t = Math.max(0, c.firstReplyAt - clockStart);
    frt.push(t);
    platform.times.push(t);
    category.times.push(t);
    for (let i = 0; i < targets.length; i++) if (t <= targets[i]!) within[i]!++;
    let b = 0;
    while (b < DISTRIBUTION_BOUNDS_MS.length && t > DISTRIBUTION_BOUNDS_MS[b]!) b++;
    distribution[b]!.count++;
    if (c.firstOpenedAt !== undefined && c.firstOpenedAt <= c.firstReplyAt) handling.push(c.firstReplyAt - c.firstOpenedAt);
  }

  const inserted = new Map<string, number>();
  let insertions = 0;
  for (const e of events) {
    if (e.type !== 'template_inserted' || e.at < from || e.at > to) continue;
    insertions++;
    if (e.templateId) inserted.set(e.templateId, (inserted.get(e.templateId) ?? 0) + 1);
  }
  const templateIds = new Set([...inserted.keys(), ...templateCases.keys()]);
  const byTemplate = [...templateIds]
    .map((templateId) => ({
      templateId,
      inserted: inserted.get(templateId) ?? 0,
      cases: templateCases.get(templateId)?.cases ?? 0,
      answered: templateCases.get(templateId)?.answered ?? 0,
    }))
    .sort((a, b) => b.inserted - a.inserted || b.cases - a.cases || a.templateId.localeCompare(b.templateId));

  const answered = frt.length;
  const frtSorted = sorted(frt);
  waiting.sort((a, b) => (a.postedAt ?? a.firstSeenAt) - (b.postedAt ?? b.firstSeenAt));
  const unanswered = waiting.slice(0, opts.unansweredLimit ?? 20).map((c) => unansweredCase(c, opts.now));
  return {
    ...periodCounts(opts, from, to, { seen, answered, insertions }),
    categoryCorrected,
    firstResponse: {
      count: answered,
      medianMs: medianOfSorted(frtSorted),
      p90Ms: percentileOfSorted(frtSorted, 90),
      fromSeen,
    },
    handling: { count: handling.length, medianMs: medianOfSorted(sorted(handling)) },
    sla: targets.map((targetMs, i) => ({ targetMs, within: within[i]!, answered, rate: answered ? within[i]! / answered : null })),
    trend,
    distribution,
    byPlatform: groupsToRows(byPlatform),
    byCategory: groupsToRows(byCategory),
    byTemplate,
    unanswered,
    unansweredTotal: waiting.length,
  };
}
