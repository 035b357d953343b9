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

export interface GroupRoll {
  seen: number;
  /** First-response times of the group's answered complaints, sorted ascending (answered = length). */
  frt: number[];
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
  frt: number[];
  handling: number[];
  platforms: Record<string, GroupRoll>;
  categories: Record<string, GroupRoll>;
  templates: Record<string, TemplateRoll>;
  insertions: number;
  waiting: WaitingEntry[];
}

export function emptyDay(zone: string, start: number): RollupDay {
  return { zone, start, seen: 0, fromSeen: 0, frt: [], handling: [], platforms: {}, categories: {}, templates: {}, insertions: 0, waiting: [] };
}

export function isEmptyDay(r: RollupDay): boolean {
  return r.seen === 0 && r.insertions === 0;
}

const HOUR = 3_600_000;

/** Finds local day starts in one zone; remembers the last day, since events come in runs of the same day. */
export class DayFinder {
  private from = Infinity;
  private to = -Infinity;
  constructor(readonly zone: string) {}
  startOf(ms: number): number {
    if (ms >= this.from && ms < this.to) return this.from;
    const start = localDayStart(ms, this.zone);
    this.from = start;
    // A local day is 23 to 25 hours long: 25 h after its start always lies in the next day.
    this.to = localDayStart(start + 25 * HOUR, this.zone);
    return start;
  }
}

/** Inserts into / removes one occurrence from a sorted array, in place. */
function sortedInsert(xs: number[], v: number): void {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, v);
}

function sortedRemove(xs: number[], v: number): void {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  if (xs[lo] === v) xs.splice(lo, 1);
  else throw new Error(`rollup out of step: value ${v} not found`);
}

function sortedApply(xs: number[], v: number, sign: 1 | -1): void {
  if (sign === 1) sortedInsert(xs, v);
  else sortedRemove(xs, v);
}

function group(map: Record<string, GroupRoll>, key: string): GroupRoll {
  return (map[key] ??= { seen: 0, frt: [] });
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
      if (sign === 1) row.waiting.push([clockStart, c.firstSeenAt, c.key]);
      else {
        const i = row.waiting.findIndex((w) => w[2] === c.key);
        if (i < 0) throw new Error(`rollup out of step: ${c.key} not waiting`);
        row.waiting.splice(i, 1);
      }
    }
    tidy(row);
    return;
  }
  if (c.postedAt === undefined) row.fromSeen += sign;
  const t = Math.max(0, c.firstReplyAt - clockStart);
  sortedApply(row.frt, t, sign);
  sortedApply(platform.frt, t, sign);
  sortedApply(category.frt, t, sign);
  if (c.firstOpenedAt !== undefined && c.firstOpenedAt <= c.firstReplyAt) sortedApply(row.handling, c.firstReplyAt - c.firstOpenedAt, sign);
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
    if (!r) rows.set(start, (r = emptyDay(zone, start)));
    return r;
  };
  for (const c of cases) if (countsAsComplaint(c)) applyCase(rowAt(c.firstSeenAt), c, 1);
  for (const e of events) if (countsByEventDay(e)) applyEvent(rowAt(e.at), e, 1);
  return rows;
}
