/**
 * The Soothe database. Lives only in the background service worker and extension pages:
 * IndexedDB opened from a content script would belong to the site's origin.
 *
 * Schema history (every version stays listed so upgrades from old data keep working):
 *   v1 — insertions: one row per reply inserted into a site composer.
 *   v2 — cases (one per complaint post), events (append-only log, unique client id and de-duplication
 *        key), settings (key/value). Every v1 insertion becomes a `template_inserted` event (id
 *        "v1-insertion-<n>", so a re-run is harmless) and, when it named a post, a case.
 *   v3 — drops the v1 insertions table (its rows live on as events since v2).
 *   v4 — per-day rollups of the popup's numbers (rollups, per time zone; rollupZones says which zones
 *        are kept), rebuilt from the existing cases and events for the zone the upgrade runs in; crisis
 *        radar alerts (alerts).
 *   v5 — compact rollup rows (each first-response time stored once, in its platform × category cell;
 *        4-byte whole milliseconds where they fit; waiting complaints oldest first): same tables, every
 *        kept zone's rows rebuilt from the cases and events.
 *   (no version) — `triage_corrected` events (the manager's correction of triage, lib/triage/correction.ts),
 *        cases' `correctedFrom` and rollup rows' `corrected` count: optional fields, no new index; rows
 *        stored before them read as "nothing corrected", so no upgrade is needed.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Platform } from '../sites/types';
import { applyEvent } from './case-merge';
import { caseKeyOf, type Case, type LogEvent } from './events';
import { systemTimeZone } from './local-days';
import { buildDays, type RollupDay } from './rollup-day';
import type { RollupZone } from './rollups';
import type { StoredAlert } from '../radar/types';

/** A v1 row. Kept for the v1 → v2 upgrade and for tests that write v1 data. */
export interface Insertion {
  id?: number;
  platform: Platform;
  postId: string | null;
  templateId: string;
  url: string;
  at: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SootheDB = Dexie & {
  cases: EntityTable<Case, 'key'>;
  events: EntityTable<LogEvent, 'seq'>;
  settings: EntityTable<SettingRow, 'key'>;
  rollups: Table<RollupDay, [string, number]>;
  rollupZones: EntityTable<RollupZone, 'zone'>;
  alerts: EntityTable<StoredAlert, 'id'>;
};

export const DB_NAME = 'soothe';
export const LATEST_VERSION = 5;

const V1 = { insertions: '++id, platform, at, postId' };
const V2 = {
  ...V1,
  cases: '&key, firstSeenAt, lastEventAt, resolvedAt, status',
  events: '++seq, &id, &dedupeKey, caseKey, at, type, [type+at]',
  settings: '&key',
};
const V3 = { ...V2, insertions: null };
const V4 = {
  ...V3,
  rollups: '[zone+start]',
  rollupZones: '&zone',
  alerts: '&id, kind, startedAt, lastAt, status',
};

async function readAllForRollups(tx: Transaction): Promise<[Case[], LogEvent[]]> {
  const cases = (await tx.table('cases').toArray()) as Case[];
  const events = (await tx.table('events').where('type').equals('template_inserted').toArray()) as LogEvent[];
  return [cases, events];
}

/** Rollups for the zone this runs in, from every case and insertion already logged. */
async function upgradeV3toV4(tx: Transaction): Promise<void> {
  const zone = systemTimeZone();
  const [cases, events] = await readAllForRollups(tx);
  await tx.table('rollups').bulkPut([...buildDays(zone, cases, events).values()]);
  const now = Date.now();
  await tx.table('rollupZones').put({ zone, builtAt: now, lastUsedAt: now } satisfies RollupZone);
}

/** v4 rows → compact rows: every kept zone rebuilt from the log (the rows are sums of it; nothing else is lost). */
async function upgradeV4toV5(tx: Transaction): Promise<void> {
  const zones = (await tx.table('rollupZones').toArray()) as RollupZone[];
  await tx.table('rollups').clear();
  if (!zones.length) return;
  const [cases, events] = await readAllForRollups(tx);
  for (const { zone } of zones) await tx.table('rollups').bulkPut([...buildDays(zone, cases, events).values()]);
}

/** v1 insertions → events + cases. Deterministic ids make it idempotent. */
async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const rows = (await tx.table('insertions').toArray()) as Insertion[];
  const cases = new Map<string, Case>();
  const events: LogEvent[] = rows.map((row) => {
    const id = `v1-insertion-${row.id}`;
    const caseKey = caseKeyOf(row.platform, row.postId);
    const event: LogEvent = {
      id,
      type: 'template_inserted',
      at: row.at,
      platform: row.platform,
      postId: row.postId,
      templateId: row.templateId,
      caseKey,
      dedupeKey: `id:${id}`,
      context: { url: row.url },
    };
    if (caseKey) {
      const next = applyEvent(cases.get(caseKey), event);
      if (next) cases.set(caseKey, next);
    }
    return event;
  });
  await tx.table('events').bulkAdd(events);
  await tx.table('cases').bulkPut([...cases.values()]);
}

/** Declares schema versions 1..upTo (tests open older versions to write old data). */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  db.version(1).stores(V1);
  if (upTo >= 2) db.version(2).stores(V2).upgrade(upgradeV1toV2);
  if (upTo >= 3) db.version(3).stores(V3).upgrade(() => {
    /* nothing to move: v2 already copied the insertions into events */
  });
  if (upTo >= 4) db.version(4).stores(V4).upgrade(upgradeV3toV4);
  if (upTo >= 5) db.version(5).stores(V4).upgrade(upgradeV4toV5);
}

export function openDatabase(name = DB_NAME): SootheDB {
  const db = new Dexie(name) as SootheDB;
  declareVersions(db);
  return db;
}
