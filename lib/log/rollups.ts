/**
 * Keeping the per-day rollups (lib/log/rollup-day.ts) in step with the log. Every writer of cases or
 * events calls `updateRollups` inside its own transaction (tables: LOG_WRITE_TABLES), so a rollup is
 * never ahead of or behind the rows it sums.
 *
 * Days are local days, and which day an instant falls in depends on the time zone of the person
 * looking. Rollups are therefore kept per zone: the zone the log was migrated in, plus any zone the
 * popup asks for (built once from the rows on first use, then kept up to date). At most MAX_ZONES are
 * kept; the least recently used one is dropped (and rebuilt if it is asked for again).
 */
import type { Table } from 'dexie';
import type { SootheDB } from './db';
import type { Case, LogEvent } from './events';
import { DayFinder, applyCase, applyEvent, buildDays, countsAsComplaint, countsByEventDay, emptyDay, isEmptyDay, type RollupDay } from './rollup-day';

export interface RollupZone {
  zone: string;
  builtAt: number;
  lastUsedAt: number;
}

export const MAX_ZONES = 3;
const DAY = 86_400_000;

/** A database opened at a version before v4 (tests writing old data) has no rollups to keep. */
function hasRollups(db: SootheDB): boolean {
  return db.tables.some((t) => t.name === 'rollupZones');
}

/** The tables every write to cases/events must include in its transaction. */
export function logWriteTables(db: SootheDB): Table[] {
  return hasRollups(db) ? [db.events, db.cases, db.rollups, db.rollupZones] : [db.events, db.cases];
}

export interface CaseChange {
  before: Case | undefined;
  after: Case | undefined;
}

export interface RollupChanges {
  cases?: CaseChange[];
  addedEvents?: Array<Pick<LogEvent, 'type' | 'at' | 'templateId'>>;
  removedEvents?: Array<Pick<LogEvent, 'type' | 'at' | 'templateId'>>;
}

/** Applies changes to every kept zone's rows. Call inside a rw transaction over logWriteTables(db). */
export async function updateRollups(db: SootheDB, changes: RollupChanges): Promise<void> {
  const cases = (changes.cases ?? []).filter((ch) => ch.before !== ch.after && ((ch.before && countsAsComplaint(ch.before)) || (ch.after && countsAsComplaint(ch.after))));
  const added = (changes.addedEvents ?? []).filter(countsByEventDay);
  const removed = (changes.removedEvents ?? []).filter(countsByEventDay);
  if ((!cases.length && !added.length && !removed.length) || !hasRollups(db)) return;
  const zones = await db.rollupZones.toArray();
  for (const { zone } of zones) {
    const finder = new DayFinder(zone);
    const ops: Array<[number, (r: RollupDay) => void]> = [];
    for (const { before, after } of cases) {
      if (before) ops.push([finder.startOf(before.firstSeenAt), (r) => applyCase(r, before, -1)]);
      if (after) ops.push([finder.startOf(after.firstSeenAt), (r) => applyCase(r, after, 1)]);
    }
    for (const e of removed) ops.push([finder.startOf(e.at), (r) => applyEvent(r, e, -1)]);
    for (const e of added) ops.push([finder.startOf(e.at), (r) => applyEvent(r, e, 1)]);
    const starts = [...new Set(ops.map(([s]) => s))];
    const found = await db.rollups.bulkGet(starts.map((s) => [zone, s]));
    const rows = new Map<number, RollupDay>();
    starts.forEach((s, i) => rows.set(s, found[i] ?? emptyDay(zone, s)));
    for (const [s, op] of ops) op(rows.get(s)!);
    const keep = [...rows.values()].filter((r) => !isEmptyDay(r));
    const drop = [...rows.values()].filter(isEmptyDay).map((r): [string, number] => [zone, r.start]);
    if (keep.length) await db.rollups.bulkPut(keep);
    if (drop.length) await db.rollups.bulkDelete(drop);
  }
}

/** Every row of every zone goes (delete everything). Call inside the same transaction as the clear. */
export async function clearRollups(db: SootheDB): Promise<void> {
  await db.rollups.clear();
}

async function readAllForRollups(db: SootheDB): Promise<[Case[], LogEvent[]]> {
  return Promise.all([db.cases.toArray(), db.events.where('type').equals('template_inserted').toArray()]);
}

/** Builds one zone's rows from the whole log and starts keeping it; drops the least used zone past MAX_ZONES. */
export async function buildZone(db: SootheDB, zone: string, now: number): Promise<void> {
  await db.transaction('rw', logWriteTables(db), async () => {
    if (await db.rollupZones.get(zone)) return; // another caller built it meanwhile
    const [cases, events] = await readAllForRollups(db);
    await db.rollups.bulkPut([...buildDays(zone, cases, events).values()]);
    await db.rollupZones.put({ zone, builtAt: now, lastUsedAt: now });
    const others = (await db.rollupZones.toArray()).filter((z) => z.zone !== zone).sort((a, b) => b.lastUsedAt - a.lastUsedAt);
    for (const old of others.slice(MAX_ZONES - 1)) {
      await db.rollups.where('[zone+start]').between([old.zone, -Infinity], [old.zone, Infinity], true, true).delete();
      await db.rollupZones.delete(old.zone);
    }
  });
}

/** Notes that the zone is in use, at most daily (the least recently used zone is the one dropped). `now` is the real clock. */
export async function noteZoneUse(db: SootheDB, kept: RollupZone, now = Date.now()): Promise<void> {
  if (now - kept.lastUsedAt > DAY) await db.rollupZones.update(kept.zone, { lastUsedAt: now });
}

/**
 * How the rows are read. In Chromium one IndexedDB request whose answer passes a few hundred KB costs
 * several times what the same rows cost read as a few parallel requests (100 rows of 8 KB: ~60–160 ms
 * in one getAll, ~15 ms in four; measured in the extension's service worker on a busy machine). A busy
 * day's row is ~12 KB: a month goes in 8 slices of 4 days, a year in 8 larger slices of sparser days.
 */
const MIN_ROWS_PER_READ = 4;
const MAX_PARALLEL_READS = 8;

/** The keys of `zone`'s rows for days starting in [from, to], oldest first (cheap: no row is read). */
export function dayKeys(db: SootheDB, zone: string, from: number, to: number): Promise<Array<[string, number]>> {
  return db.rollups.where('[zone+start]').between([zone, from], [zone, to], true, true).primaryKeys();
}

/** The rows of those keys, oldest first, as parallel slices in the caller's transaction. */
export async function readDayRows(db: SootheDB, keys: Array<[string, number]>): Promise<RollupDay[]> {
  const perRead = Math.max(MIN_ROWS_PER_READ, Math.ceil(keys.length / MAX_PARALLEL_READS));
  const slices: Array<Promise<RollupDay[]>> = [];
  for (let i = 0; i < keys.length; i += perRead) {
    const first = keys[i]!;
    const last = keys[Math.min(keys.length, i + perRead) - 1]!;
    slices.push(db.rollups.where('[zone+start]').between(first, last, true, true).toArray());
  }
  return (await Promise.all(slices)).flat();
}
