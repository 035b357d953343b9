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
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Platform } from '../sites/types';
import { applyEvent } from './case-merge';
import { caseKeyOf, type Case, type LogEvent } from './events';

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
};

export const DB_NAME = 'soothe';
export const LATEST_VERSION = 3;

const V1 = { insertions: '++id, platform, at, postId' };
const V2 = {
  ...V1,
  cases: '&key, firstSeenAt, lastEventAt, resolvedAt, status',
  events: '++seq, &id, &dedupeKey, caseKey, at, type, [type+at]',
  settings: '&key',
};
const V3 = { ...V2, insertions: null };

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
}

export function openDatabase(name = DB_NAME): SootheDB {
  const db = new Dexie(name) as SootheDB;
  declareVersions(db);
  return db;
}
