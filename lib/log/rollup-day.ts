/**
 * Per-day rollups of the popup's numbers, so a period costs what its number of days costs.
 *
 * A rollup row is the sum of the *contributions* of the cases first seen on one local day (in one time
 * zone) and of the template insertions made that day. Every change is "take the old contribution out,
 * put the new one in", so a case answered days later, merged by an import or deleted by retention moves
 * the numbers exactly. Medians and percentiles need the values, not a histogram: each row keeps the
 * day's first-response and handling times as sorted arrays (8 bytes per answered complaint), so a
 * period's median, p90, SLA share and distribution equal a full recount exactly — no bucket precision.
 * Pure: no database here (lib/log/rollups.ts stores the rows).
 */
import type { Case, LogEvent } from './events';
import { localDayStart } from './local-days';

/**
 * Samples are Float64Arrays: IndexedDB copies a typed array as one block, where an array of numbers is
 * cloned value by value — reading a year of rows stays cheap.
 */
export interface GroupRoll {
  seen: number;
  /** First-response times of the group's answered complaints, sorted ascending (answered = length). */
  frt: Float64Array;
}

export interface TemplateRoll {
  /** Complaints of the day it was used on, and how many of those were answered. */
  cases: number;
  answered: number;
  /** Times inserted that day. */
  inserted: number;
}

/** [clock start, first seen, case key] of an unanswered, not handed-off, unresolved complaint. */
export type WaitingEntry = [number, number, string];

export interface RollupDay {
  zone: string;
  /** The instant local midnight began, in `zone`. */
  start: number;
  seen: number;
  /** Answered complaints whose clock started when first seen (the page gave no timestamp). */
  fromSeen: number;
  frt: Float64Array;
  handling: Float64Array;
  platforms: Record<string, GroupRoll>;
  categories: Record<string, GroupRoll>;
  templates: Record<string, TemplateRoll>;
  insertions: number;
  /** Unanswered, not handed-off, unresolved complaints: case keys, and [clock start, first seen] per key. */
  waitingKeys: string[];
  waitingTimes: Float64Array;
}

export function waitingEntries(r: RollupDay): WaitingEntry[] {
  return r.waitingKeys.map((k, i) => [r.waitingTimes[2 * i]!, r.waitingTimes[2 * i + 1]!, k]);
}

export function emptyDay(zone: string, start: number): RollupDay {
  const none = () => new Float64Array(0);
  return { zone, start, seen: 0, fromSeen: 0, frt: none(), handling: none(), platforms: {}, categories: {}, templates: {}, insertions: 0, waitingKeys: [], waitingTimes: none() };
}

export function isEmptyDay(r: RollupDay): boolean {
  return r.seen === 0 && r.insertions === 0;
}

const HOUR = 3_600_000;

/** Finds local day starts in one zone; remembers every day it has worked out (formatting a date is the slow part). */
export class DayFinder {
  private starts: number[] = [];
  private ends: number[] = [];
  constructor(readonly zone: string) {}
  startOf(ms: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= ms) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i >= 0 && ms < this.ends[i]!) return this.starts[i]!;
    const start = localDayStart(ms, this.zone);
    // A local day is 23 to 25 hours long: 25 h after its start always lies in the next day.
    const end = localDayStart(start + 25 * HOUR, this.zone);
    this.starts.splice(lo, 0, start);
    this.ends.splice(lo, 0, end);
    return start;
  }
}

/** While building rows from scratch, samples are collected unsorted and sorted once at the end (finishDay). */
let collecting = false;

/** The array with `v` inserted in order (sign 1) or one occurrence of it removed (sign -1). */
function sortedApply(xs: Float64Array, v: number, sign: 1 | -1): Float64Array {
  if (collecting) {
    (xs as unknown as number[]).push(v);
    return xs;
  }
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sign === 1 ? xs[mid]! <= v : xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  if (sign === 1) {
    const out = new Float64Array(xs.length + 1);
    out.set(xs.subarray(0, lo));
    out[lo] = v;
    out.set(xs.subarray(lo), lo + 1);
    return out;
  }
  if (xs[lo] !== v) throw new Error(`rollup out of step: value ${v} not found`);
  const out = new Float64Array(xs.length - 1);
  out.set(xs.subarray(0, lo));
  out.set(xs.subarray(lo + 1), lo);
  return out;
}

function samples(): Float64Array {
  return collecting ? ([] as unknown as Float64Array) : new Float64Array(0);
}

function group(map: Record<string, GroupRoll>, key: string): GroupRoll {
  return (map[key] ??= { seen: 0, frt: samples() });
}

function template(map: Record<string, TemplateRoll>, key: string): TemplateRoll {
  return (map[key] ??= { cases: 0, answered: 0, inserted: 0 });
}

/** Whether a case counts in the popup at all (triage said "not a complaint": kept, not counted). */
export function countsAsComplaint(c: Case): boolean {
  return c.isComplaint !== false;
}

/** What one case adds to (sign 1) or takes from (sign -1) the row of the day it was first seen. */
export function applyCase(row: RollupDay, c: Case, sign: 1 | -1): void {
  if (!countsAsComplaint(c)) return;
  row.seen += sign;
  const platform = group(row.platforms, c.platform);
  const category = group(row.categories, c.category ?? 'unknown');
  platform.seen += sign;
  category.seen += sign;
  const answered = c.firstReplyAt !== undefined;
  for (const t of c.templateIds) {
    const tr = template(row.templates, t);
    tr.cases += sign;
    if (answered) tr.answered += sign;
  }
  const clockStart = c.postedAt ?? c.firstSeenAt;
  if (c.firstReplyAt === undefined) {
    if (!c.handedOff && c.resolvedAt === undefined) {
      if (collecting) {
        row.waitingKeys.push(c.key);
        (row.waitingTimes as unknown as number[]).push(clockStart, c.firstSeenAt);
        return;
      }
      const times = Array.from(row.waitingTimes);
      if (sign === 1) {
        row.waitingKeys.push(c.key);
        times.push(clockStart, c.firstSeenAt);
      } else {
        const i = row.waitingKeys.indexOf(c.key);
        if (i < 0) throw new Error(`rollup out of step: ${c.key} not waiting`);
        row.waitingKeys.splice(i, 1);
        times.splice(2 * i, 2);
      }
      row.waitingTimes = Float64Array.from(times);
    }
    tidy(row);
    return;
  }
  if (c.postedAt === undefined) row.fromSeen += sign;
  const t = Math.max(0, c.firstReplyAt - clockStart);
  row.frt = sortedApply(row.frt, t, sign);
  platform.frt = sortedApply(platform.frt, t, sign);
  category.frt = sortedApply(category.frt, t, sign);
  if (c.firstOpenedAt !== undefined && c.firstOpenedAt <= c.firstReplyAt) row.handling = sortedApply(row.handling, c.firstReplyAt - c.firstOpenedAt, sign);
  tidy(row);
}

/** What one stored event adds or takes: only template insertions count by the event's own day. */
export function countsByEventDay(e: Pick<LogEvent, 'type'>): boolean {
  return e.type === 'template_inserted';
}

export function applyEvent(row: RollupDay, e: Pick<LogEvent, 'type' | 'templateId'>, sign: 1 | -1): void {
  if (!countsByEventDay(e)) return;
  row.insertions += sign;
  if (e.templateId) template(row.templates, e.templateId).inserted += sign;
  tidy(row);
}

/** Drops groups that no longer hold anything, so rows stay small and compare cleanly. */
function tidy(row: RollupDay): void {
  for (const map of [row.platforms, row.categories]) for (const k of Object.keys(map)) if (map[k]!.seen === 0 && map[k]!.frt.length === 0) delete map[k];
  for (const k of Object.keys(row.templates)) {
    const t = row.templates[k]!;
    if (t.cases === 0 && t.answered === 0 && t.inserted === 0) delete row.templates[k];
  }
}

/** Rows for one zone built from scratch (migration, a new zone, tests). */
export function buildDays(zone: string, cases: Iterable<Case>, events: Iterable<Pick<LogEvent, 'type' | 'at' | 'templateId'>>): Map<number, RollupDay> {
  const finder = new DayFinder(zone);
  const rows = new Map<number, RollupDay>();
  const rowAt = (ms: number) => {
    const start = finder.startOf(ms);
    let r = rows.get(start);
    if (!r) {
      r = emptyDay(zone, start);
      for (const k of ['frt', 'handling', 'waitingTimes'] as const) r[k] = samples();
      rows.set(start, r);
    }
    return r;
  };
  collecting = true;
  try {
    for (const c of cases) if (countsAsComplaint(c)) applyCase(rowAt(c.firstSeenAt), c, 1);
    for (const e of events) if (countsByEventDay(e)) applyEvent(rowAt(e.at), e, 1);
  } finally {
    collecting = false;
  }
  const sorted = (xs: Float64Array) => Float64Array.from(xs as unknown as number[]).sort();
  for (const r of rows.values()) {
    r.frt = sorted(r.frt);
    r.handling = sorted(r.handling);
    r.waitingTimes = Float64Array.from(r.waitingTimes as unknown as number[]);
    for (const g of [...Object.values(r.platforms), ...Object.values(r.categories)]) g.frt = sorted(g.frt);
  }
  return rows;
}
