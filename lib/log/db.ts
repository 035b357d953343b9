/**
 * The Soothe database. Lives only in the background service worker and extension pages:
 * IndexedDB opened from a content script would belong to the site's origin.
 *
 * Schema history (every version stays listed so upgrades from old data keep working):
 *   v1 — insertions: one row per reply inserted into a site composer.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Platform } from '../sites/types';

export interface Insertion {
  id?: number;
  platform: Platform;
  postId: string | null;
  templateId: string;
  url: string;
  at: number;
}

export type SootheDB = Dexie & {
  insertions: EntityTable<Insertion, 'id'>;
};

export const DB_NAME = 'soothe';

export function openDatabase(name = DB_NAME): SootheDB {
  const db = new Dexie(name) as SootheDB;
  db.version(1).stores({ insertions: '++id, platform, at, postId' });
  return db;
}
