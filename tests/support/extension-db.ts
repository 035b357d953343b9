/**
 * Read the extension's real IndexedDB (the end-to-end tests' window onto what the background
 * stored). Plain IndexedDB API: no test-only code ships in the extension. `storedEvents` runs in
 * any of the extension's own contexts — Chromium's service worker here, a Firefox extension page
 * through tests/support/firefox.ts.
 */
import type { Worker } from 'playwright-core';
import type { FirefoxWithExtension } from './firefox';

export interface StoredEvent {
  type: string;
  platform: string;
  postId: string | null;
  replyId?: string;
  templateId?: string;
  at: number;
  context?: { postedAt?: number; url?: string; lang?: string; category?: string; isComplaint?: boolean };
  /** triage_corrected: what triage said and what the manager set. */
  correction?: { from: { complaint: boolean; category: string }; to: { complaint: boolean; category: string } };
}

/** Runs inside the extension (serialised by the driver): every event in the log, or none yet. */
export function storedEvents(): Promise<StoredEvent[]> {
  return new Promise<StoredEvent[]>((resolve, reject) => {
    const open = indexedDB.open('soothe');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('events')) return resolve([]);
      const req = db.transaction('events').objectStore('events').getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result as StoredEvent[]);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

export function readEvents(worker: Worker): Promise<StoredEvent[]> {
  return worker.evaluate(storedEvents);
}

/** Firefox: the same, read from a popup tab opened for it and closed after. */
export async function readEventsInFirefox(firefox: FirefoxWithExtension): Promise<StoredEvent[]> {
  const tab = await firefox.openExtensionPage('popup.html');
  try {
    return await tab.evaluate(storedEvents);
  } finally {
    await tab.close();
  }
}
