/**
 * Handling-time log: time to compute the popup's stats over 100,000 events, and logging throughput.
 * IndexedDB here is fake-indexeddb running in Node (an in-memory JavaScript implementation), so the
 * database numbers show the shape of the cost, not what Chromium's IndexedDB on disk will do.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { applyEvent } from '../../lib/log/case-merge';
import { declareVersions, type SootheDB } from '../../lib/log/db';
import { caseKeyOf, defaultDedupeKey, type Case, type LogEvent, type LogEventInput } from '../../lib/log/events';
import { computeStats, type Period } from '../../lib/log/metrics';
import { recordEvent, recordEvents } from '../../lib/log/record';
import { DEFAULT_SETTINGS } from '../../lib/log/settings';
import { loadStats } from '../../lib/log/stats';
import { seededRandom } from '../../lib/triage/train/random';
import type { Bench } from './types';

const TOTAL_EVENTS = 100_000;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const CATEGORIES = ['delivery', 'billing', 'product', 'support', 'account']; // triage's own categories: the import refuses others
const TEMPLATES = ['apology', 'refund', 'delay', 'dm', 'fixed', 'thanks', 'escalate', 'info'];

/** About 4.5 events per complaint over the last `days` days (30 by default), until `total` events. */
export function syntheticEvents(total: number, now: number, days = 30): LogEventInput[] {
  const r = seededRandom(42); // the same data on every run
  const out: LogEventInput[] = [];
  let n = 0;
  for (let i = 0; out.length < total; i++) {
    const platform = r() < 0.5 ? 'x' : 'facebook';
    const postId = `p${i}`;
    const postedAt = now - Math.floor(r() * days * DAY);
    const seenAt = postedAt + Math.floor(r() * 120 * MIN);
    const push = (type: LogEventInput['type'], at: number, extra: Partial<LogEventInput> = {}) =>
      out.length < total && out.push({ id: `b${n++}`, type, at: Math.min(at, now), platform, postId, ...extra });
    push('seen', seenAt, { context: { postedAt, category: CATEGORIES[i % CATEGORIES.length], url: `https://x.com/u/status/${i}` } });
    if (r() < 0.8) {
      const opened = seenAt + Math.floor(r() * 60 * MIN);
      push('opened', opened);
      push('template_inserted', opened + MIN, { templateId: TEMPLATES[Math.floor(r() * TEMPLATES.length)] });
      if (r() < 0.85) push('reply_sent', opened + Math.floor(r() * 30 * MIN) + 2 * MIN);
      if (r() < 0.3) push('resolved', opened + Math.floor(r() * DAY));
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

function fakeDb(): SootheDB {
  const db = new Dexie(`bench-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange }) as SootheDB;
  declareVersions(db);
  return db;
}

export const logBench: Bench = {
  name: 'log',
  async run() {
    const rows: Array<[string, string]> = [];
    const now = Date.UTC(2024, 2, 10, 12);
    const inputs = syntheticEvents(TOTAL_EVENTS, now);

    // Pure computation, as the background does after reading: fold events into cases, then the stats.
    const events: LogEvent[] = inputs.map((e) => ({ ...e, caseKey: caseKeyOf(e.platform, e.postId), dedupeKey: defaultDedupeKey(e) }));
    const cases = new Map<string, Case>();
    for (const e of events) cases.set(e.caseKey!, applyEvent(cases.get(e.caseKey!), e)!);
    const caseList = [...cases.values()];
    rows.push(['data', `${events.length} events, ${caseList.length} complaints over 30 days`]);
    for (const period of ['today', '7d', '30d'] as Period[]) {
      const runs: number[] = [];
      for (let i = 0; i < 7; i++)
        runs.push(time(() => computeStats(caseList, events, { period, now, timeZone: 'Europe/Warsaw', ...DEFAULT_SETTINGS }))[1]);
      rows.push([`compute stats ${period} (pure, all 100k events)`, `median ${median(runs).toFixed(1)} ms, max ${Math.max(...runs).toFixed(1)} ms (7 runs)`]);
    }

    // Bulk logging into Dexie (fake-indexeddb), 1,000 events per transaction.
    const db = fakeDb();
    const t0 = performance.now();
    for (let i = 0; i < inputs.length; i += 1000) await recordEvents(db, inputs.slice(i, i + 1000));
    const bulkMs = performance.now() - t0;
    rows.push(['bulk log 100k events (fake-indexeddb, 1k/tx)', `${(bulkMs / 1000).toFixed(1)} s = ${Math.round(inputs.length / (bulkMs / 1000))} events/s`]);

    // One event per transaction, as the content scripts send them.
    const single = syntheticEvents(2000, now).map((e) => ({ ...e, id: `s-${e.id}`, postId: `s-${e.postId}` }));
    const t1 = performance.now();
    for (const e of single) await recordEvent(db, e);
    const singleMs = performance.now() - t1;
    rows.push(['single recordEvent (fake-indexeddb)', `${Math.round(single.length / (singleMs / 1000))} events/s (${(singleMs / single.length).toFixed(2)} ms each, 2,000 events)`]);

    // What the popup waits for: read through the indexes + compute.
    for (const period of ['today', '7d', '30d', '365d'] as Period[]) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await loadStats(db, { period, now, timeZone: 'Europe/Warsaw' });
        runs.push(performance.now() - t);
      }
      rows.push([`stats:period ${period} read+compute (fake-indexeddb)`, `median ${median(runs).toFixed(0)} ms (3 runs)`]);
    }
    db.close();
    rows.push(['note', 'IndexedDB numbers are fake-indexeddb in Node, not a browser']);
    return rows;
  },
};
