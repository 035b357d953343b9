/**
 * Per-day rollups of the popup's numbers, so a period costs what its number of days costs.
 *
 * A rollup row is the sum of the *contributions* of the cases first seen on one local day (in one time
 * zone) and of the template insertions made that day. Every change is "take the old contribution out,
 * put the new one in", so a case answered days later, merged by an import or deleted by retention moves
 * the numbers exactly. Medians and percentiles need the values, not a histogram: each row keeps the
 * day's first-response and handling times, sorted, so a period's median, p90, SLA share and
 * distribution equal a full recount exactly — no bucket precision.
 *
 * The row is compact, because reading it is the popup's cost (Chromium's IndexedDB answer grows much
 * faster than its bytes): each first-response time is stored once, in the run of its (platform,
 * category) cell — the platform and category breakdowns are unions of cells — as 4-byte whole
 * milliseconds where they fit (lib/log/compact-samples.ts); waiting complaints are kept oldest first,
 * their instants as 4-byte offsets from the day's start.
 * Pure: no database here (lib/log/rollups.ts stores the rows).
 */
import type { Case, LogEvent } from './events';
import { insertAt, instantAt, noSamples, packInstants, packSamples, removeAt, searchRun, type Instants, type Samples } from './compact-samples';
import { localDayStart } from './local-days';
import { categoryCorrected } from '../triage/correction';

/** The complaints of one platform and one category first seen that day. */
export interface Cell {
  platform: string;
  category: string;
  seen: number;
  /** How many of them were answered: the length of the cell's run in the day's `frt`. */
  answered: number;
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
  /** Ordered by platform, then category (code-unit order), so rows built and kept compare equal. */
  cells: Cell[];
  /** First-response times: each cell's run in cell order, every run sorted ascending. */
  frt: Samples;
  /** Handling times, sorted ascending. */
  handling: Samples;
  templates: Record<string, TemplateRoll>;
  insertions: number;
  /** Unanswered, not handed-off, unresolved complaints, oldest first (clock start, first seen, key). */
  waitingKeys: string[];
  /** [clock start, first seen] per key, as offsets from `start` (lib/log/compact-samples.ts packInstants). */
  waitingTimes: Instants;
  /** Answered complaints whose category the manager corrected in the panel; absent when none (rows from before it stay equal). */
  corrected?: number;
}

export function waitingEntries(r: RollupDay): WaitingEntry[] {
  return r.waitingKeys.map((k, i) => [instantAt(r.waitingTimes, 2 * i, r.start), instantAt(r.waitingTimes, 2 * i + 1, r.start), k]);
}

export const waitingOrder = (a: WaitingEntry, b: WaitingEntry): number => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

export function emptyDay(zone: string, start: number): RollupDay {
  return { zone, start, seen: 0, fromSeen: 0, cells: [], frt: noSamples(), handling: noSamples(), templates: {}, insertions: 0, waitingKeys: [], waitingTimes: new Int32Array(0) };
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

/** Whether a case counts in the popup at all (triage said "not a complaint": kept, not counted). */
export function countsAsComplaint(c: Case): boolean {
  return c.isComplaint !== false;
}

/** The manager corrected triage's category for this complaint (filed elsewhere, or missed as a complaint). */
export function hasCorrectedCategory(c: Case): boolean {
  return c.correctedFrom !== undefined && categoryCorrected(c.correctedFrom, { complaint: c.isComplaint !== false, category: String(c.category ?? 'unknown') });
}

/** What one complaint adds to the row of the day it was first seen — the one definition both the kept and the rebuilt rows use. */
interface Contribution {
  platform: string;
  category: string;
  templateIds: string[];
  answered: boolean;
  /** When answered: first-response time, whether its clock started when first seen, handling time if opened before the reply. */
  frt?: number;
  fromSeen?: boolean;
  handling?: number;
  waiting?: WaitingEntry;
  /** Answered, and its category corrected by the manager. */
  corrected?: boolean;
}

function contributionOf(c: Case): Contribution {
  const clockStart = c.postedAt ?? c.firstSeenAt;
  // Rows stored by older, looser versions may hold anything: labels are made strings here, as object keys were before.
  const k: Contribution = { platform: String(c.platform), category: String(c.category ?? 'unknown'), templateIds: c.templateIds, answered: c.firstReplyAt !== undefined };
  if (c.firstReplyAt === undefined) {
    if (!c.handedOff && c.resolvedAt === undefined) k.waiting = [clockStart, c.firstSeenAt, c.key];
    return k;
  }
  k.frt = Math.max(0, c.firstReplyAt - clockStart);
  k.fromSeen = c.postedAt === undefined;
  if (hasCorrectedCategory(c)) k.corrected = true;
  if (c.firstOpenedAt !== undefined && c.firstOpenedAt <= c.firstReplyAt) k.handling = c.firstReplyAt - c.firstOpenedAt;
  return k;
}

const cellOrder = (p: string, c: string, cell: Cell) => (p < cell.platform ? -1 : p > cell.platform ? 1 : c < cell.category ? -1 : c > cell.category ? 1 : 0);

function template(map: Record<string, TemplateRoll>, key: string): TemplateRoll {
  return (map[key] ??= { cases: 0, answered: 0, inserted: 0 });
}

/** The cell's index and where its run starts in `frt`; the cell is added (empty, in order) when missing. */
function cellAt(row: RollupDay, platform: string, category: string): [number, number] {
  let offset = 0;
  let i = 0;
  for (; i < row.cells.length; i++) {
    const order = cellOrder(platform, category, row.cells[i]!);
    if (order === 0) return [i, offset];
    if (order < 0) break;
    offset += row.cells[i]!.answered;
  }
  row.cells.splice(i, 0, { platform, category, seen: 0, answered: 0 });
  return [i, offset];
}

function outOfStep(what: string): Error {
  return new Error(`rollup out of step: ${what}`);
}

function applyWaiting(row: RollupDay, w: WaitingEntry, sign: 1 | -1): void {
  const entries = waitingEntries(row);
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (waitingOrder(entries[mid]!, w) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (sign === 1) entries.splice(lo, 0, w);
  else if (entries[lo]?.[2] === w[2] && waitingOrder(entries[lo]!, w) === 0) entries.splice(lo, 1);
  else throw outOfStep(`${w[2]} not waiting`);
  row.waitingKeys = entries.map((e) => e[2]);
  row.waitingTimes = packInstants(entries.flatMap((e) => [e[0], e[1]]), row.start);
}

/** What one case adds to (sign 1) or takes from (sign -1) the row of the day it was first seen. */
export function applyCase(row: RollupDay, c: Case, sign: 1 | -1): void {
  if (!countsAsComplaint(c)) return;
  const k = contributionOf(c);
  row.seen += sign;
  const [ci, offset] = cellAt(row, k.platform, k.category);
  const cell = row.cells[ci]!;
  cell.seen += sign;
  for (const t of k.templateIds) {
    const tr = template(row.templates, t);
    tr.cases += sign;
    if (k.answered) tr.answered += sign;
  }
  if (k.waiting) applyWaiting(row, k.waiting, sign);
  if (k.frt !== undefined) {
    if (k.fromSeen) row.fromSeen += sign;
    if (k.corrected) row.corrected = (row.corrected ?? 0) + sign;
    const end = offset + cell.answered;
    if (sign === 1) row.frt = insertAt(row.frt, searchRun(row.frt, offset, end, k.frt, true), k.frt);
    else {
      const at = searchRun(row.frt, offset, end, k.frt, false);
      if (at >= end || row.frt[at] !== k.frt) throw outOfStep(`value ${k.frt} not found`);
      row.frt = removeAt(row.frt, at);
    }
    cell.answered += sign;
    if (k.handling !== undefined) {
      const h = k.handling;
      if (sign === 1) row.handling = insertAt(row.handling, searchRun(row.handling, 0, row.handling.length, h, true), h);
      else {
        const at = searchRun(row.handling, 0, row.handling.length, h, false);
        if (row.handling[at] !== h) throw outOfStep(`value ${h} not found`);
        row.handling = removeAt(row.handling, at);
      }
    }
  }
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

/** Drops cells and templates that no longer hold anything, so rows stay small and compare cleanly. */
function tidy(row: RollupDay): void {
  if (row.corrected === 0) delete row.corrected;
  if (row.cells.some((c) => c.seen === 0 && c.answered === 0)) row.cells = row.cells.filter((c) => c.seen !== 0 || c.answered !== 0);
  for (const k of Object.keys(row.templates)) {
    const t = row.templates[k]!;
    if (t.cases === 0 && t.answered === 0 && t.inserted === 0) delete row.templates[k];
  }
}

/** A day being built from scratch: samples collected unsorted, packed once at the end. */
interface DayDraft {
  row: RollupDay;
  cells: Map<string, { cell: Cell; frt: number[] }>;
  handling: number[];
  waiting: WaitingEntry[];
}

/** Rows for one zone built from scratch (migration, a new zone, tests). */
export function buildDays(zone: string, cases: Iterable<Case>, events: Iterable<Pick<LogEvent, 'type' | 'at' | 'templateId'>>): Map<number, RollupDay> {
  const finder = new DayFinder(zone);
  const drafts = new Map<number, DayDraft>();
  const draftAt = (ms: number) => {
    const start = finder.startOf(ms);
    let d = drafts.get(start);
    if (!d) drafts.set(start, (d = { row: emptyDay(zone, start), cells: new Map(), handling: [], waiting: [] }));
    return d;
  };
  for (const c of cases) {
    if (!countsAsComplaint(c)) continue;
    const d = draftAt(c.firstSeenAt);
    const k = contributionOf(c);
    d.row.seen++;
    const key = `${k.platform}\u0000${k.category}`;
    let cell = d.cells.get(key);
    if (!cell) d.cells.set(key, (cell = { cell: { platform: k.platform, category: k.category, seen: 0, answered: 0 }, frt: [] }));
    cell.cell.seen++;
    for (const t of k.templateIds) {
      const tr = template(d.row.templates, t);
      tr.cases++;
      if (k.answered) tr.answered++;
    }
    if (k.waiting) d.waiting.push(k.waiting);
    if (k.frt === undefined) continue;
    if (k.fromSeen) d.row.fromSeen++;
    if (k.corrected) d.row.corrected = (d.row.corrected ?? 0) + 1;
    cell.frt.push(k.frt);
    cell.cell.answered++;
    if (k.handling !== undefined) d.handling.push(k.handling);
  }
  for (const e of events) if (countsByEventDay(e)) applyEvent(draftAt(e.at).row, e, 1);
  const rows = new Map<number, RollupDay>();
  const ascending = (a: number, b: number) => a - b;
  for (const [start, d] of drafts) {
    const cells = [...d.cells.values()].sort((a, b) => cellOrder(a.cell.platform, a.cell.category, b.cell));
    d.row.cells = cells.map((c) => c.cell);
    d.row.frt = packSamples(cells.flatMap((c) => c.frt.sort(ascending)));
    d.row.handling = packSamples(d.handling.sort(ascending));
    d.waiting.sort(waitingOrder);
    d.row.waitingKeys = d.waiting.map((w) => w[2]);
    d.row.waitingTimes = packInstants(d.waiting.flatMap((w) => [w[0], w[1]]), start);
    rows.set(start, d.row);
  }
  return rows;
}

