/**
 * The per-day rollups must give exactly the numbers of a full recount (computeStats over every row),
 * whatever happened to the log: events one by one and in bulk, out of order, duplicates, imports that
 * merge cases, retention, delete-everything — in several time zones (DST changes inside the period,
 * zones 45 minutes off the hour).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { declareVersions, LATEST_VERSION, openDatabase, type SootheDB } from '@/lib/log/db';
import type { Case, LogEventInput } from '@/lib/log/events';
import { applyRetention, deleteAll, EXPORT_FORMAT, EXPORT_VERSION, importJson } from '@/lib/log/export';
import { computeStats, type Period } from '@/lib/log/metrics';
import { recordEvent, recordEvents } from '@/lib/log/record';
import { buildDays, waitingEntries, type RollupDay } from '@/lib/log/rollup-day';
import { MAX_ZONES } from '@/lib/log/rollups';
import { DEFAULT_SETTINGS } from '@/lib/log/settings';
import { loadStats } from '@/lib/log/stats';
import { seededRandom } from '@/lib/triage/train/random';
import { DAY, freshName, HOUR, MIN } from './helpers';

const NOW = Date.UTC(2024, 3, 5, 15, 17); // 2024-04-05: the last 30 days hold New York's and Warsaw's DST changes
const ZONES = ['UTC', 'Europe/Warsaw', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];
const PERIODS: Period[] = ['today', '7d', '30d', '365d'];
const TYPES: LogEventInput['type'][] = ['seen', 'opened', 'suggestion_shown', 'template_inserted', 'reply_sent', 'moved_private', 'resolved', 'handed_off'];

const open: Dexie[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
});

function db(): SootheDB {
  const d = openDatabase(freshName());
  open.push(d);
  return d;
}

/** A random but plausible log: posts over the last ~50 days, each with a handful of events in any order. */
function randomLog(seed: number, posts: number, idPrefix = 'r'): LogEventInput[] {
  const r = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: LogEventInput[] = [];
  let n = 0;
  for (let i = 0; i < posts; i++) {
    const postId = `${Math.floor(r() * posts * 0.8)}`; // some posts come up twice: their events merge
    const platform = pick(['x', 'facebook', 'web:shop.example'] as const);
    const base = NOW - Math.floor(r() * 50 * DAY) + (r() < 0.05 ? 2 * HOUR : 0); // a few land after "now"
    const context = {
      ...(r() < 0.8 ? { postedAt: base - Math.floor(r() * 5 * HOUR) } : {}),
      ...(r() < 0.85 ? { category: pick(['delivery', 'billing', 'product']) } : {}),
      ...(r() < 0.1 ? { isComplaint: false } : {}),
      url: `https://x.com/u/status/${postId}`,
    };
    const count = 1 + Math.floor(r() * 5);
    for (let k = 0; k < count; k++) {
      const type = k === 0 ? 'seen' : pick(TYPES);
      const at = base + Math.floor(r() * 3 * HOUR) - (r() < 0.2 ? HOUR : 0); // out of order sometimes
      out.push({
        id: `${idPrefix}${seed}-${n++}`,
        type,
        at,
        platform,
        postId: r() < 0.03 ? null : postId,
        ...(type === 'template_inserted' || type === 'suggestion_shown' ? { templateId: pick(['t1', 't2', 't3']) } : {}),
        ...(type === 'reply_sent' && r() < 0.3 ? { replyId: `reply${n}` } : {}),
        ...(type === 'handed_off' ? { handOff: { department: pick(['Billing', 'Legal']), agreedMs: 4 * HOUR } } : {}),
        context,
      });
    }
  }
  return out;
}

/** After every row: loadStats answers from the rollups (at NOW, rows after it make it recount instead). */
const LATER = NOW + 6 * HOUR;

async function expectSameAsRecount(d: SootheDB, zones = ZONES): Promise<void> {
  const cases = (await d.cases.orderBy('firstSeenAt').toArray()).sort((a, b) => a.firstSeenAt - b.firstSeenAt || (a.key < b.key ? -1 : 1));
  const events = await d.events.toArray();
  expect(Math.max(...cases.map((c) => c.firstSeenAt), ...events.map((e) => e.at))).toBeLessThan(LATER);
  const hasAnyData = events.length > 0;
  const settings = DEFAULT_SETTINGS;
  for (const now of [LATER, NOW])
  for (const timeZone of zones)
    for (const period of PERIODS) {
      const fromRollups = await loadStats(d, { period, timeZone, now });
      const recount = computeStats(cases, events, { period, now, timeZone, responseRateTarget: settings.responseRateTarget, slaTargetsMs: settings.slaTargetsMs, hasAnyData });
      expect(fromRollups, `${timeZone} ${period} ${now}`).toEqual(recount);
    }
}

/** The kept rows equal rows built from scratch from what the log holds now. */
async function expectRowsAsIfRebuilt(d: SootheDB): Promise<void> {
  const cases = await d.cases.toArray();
  const insertions = await d.events.where('type').equals('template_inserted').toArray();
  for (const { zone } of await d.rollupZones.toArray()) {
    const kept = await d.rollups.where('[zone+start]').between([zone, -Infinity], [zone, Infinity]).toArray();
    // Waiting complaints are a set: compare them in key order. Typed arrays as plain ones (the stored
    // copies come back from another realm's Float64Array in jsdom).
    const plain = (x: unknown): unknown =>
      ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)])) : x;
    const norm = (rows: Iterable<RollupDay>) =>
      [...rows]
        .map((r) => ({ ...(plain({ ...r, waitingKeys: undefined, waitingTimes: undefined }) as object), start: r.start, waiting: waitingEntries(r).sort((a, b) => (a[2] < b[2] ? -1 : 1)) }))
        .sort((a, b) => a.start - b.start);
    expect(norm(kept), zone).toEqual(norm(buildDays(zone, cases, insertions).values()));
  }
}

describe('per-day rollups', () => {
  it('equal a full recount on random logs, in every zone and period, as events arrive one by one and in bulk', async () => {
    for (const seed of [1]) {
      const d = db();
      // Zones in use before any data: their rows are kept from the first event on.
      await loadStats(d, { period: 'today', timeZone: 'Europe/Warsaw', now: NOW });
      await loadStats(d, { period: 'today', timeZone: 'America/New_York', now: NOW });
      const log = randomLog(seed, 300);
      for (const e of log.slice(0, 200)) await recordEvent(d, e);
      await recordEvents(d, log.slice(200));
      await recordEvents(d, log.slice(100, 250)); // retried: all duplicates
      await expectRowsAsIfRebuilt(d);
      await expectSameAsRecount(d, ZONES.slice(0, MAX_ZONES)); // zones not kept yet are built on first use
      await expectSameAsRecount(d, ZONES.slice(MAX_ZONES));
      expect((await d.rollupZones.toArray()).length).toBeLessThanOrEqual(MAX_ZONES);
      await expectRowsAsIfRebuilt(d);
    }
  }, 60_000);

  it('stay equal through imports that merge cases, retention and delete-everything', async () => {
    const d = db();
    await loadStats(d, { period: 'today', timeZone: 'Asia/Kathmandu', now: NOW });
    await recordEvents(d, randomLog(3, 250));
    // An import from a teammate's export: overlapping events and cases with other facts (replies, hand-offs).
    const other = randomLog(3, 250, 'imp').slice(0, 400);
    const cases: Case[] = (await d.cases.limit(60).toArray()).map((c, i) => ({
      ...c,
      firstSeenAt: c.firstSeenAt - (i % 3) * HOUR,
      ...(i % 2 ? { firstReplyAt: c.firstSeenAt + 20 * MIN, status: 'answered' as const } : {}),
      ...(i % 5 === 0 ? { handedOff: true, handedOffTo: 'Billing', handedOffAt: c.firstSeenAt + MIN, handOffDueAt: c.firstSeenAt + HOUR } : {}),
      templateIds: [...c.templateIds, 't9'],
    }));
    await importJson(d, JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: LATEST_VERSION, exportedAt: new Date(NOW).toISOString(), cases, events: other }));
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, ['Asia/Kathmandu', 'UTC']);

    await applyRetention(d, 20, NOW);
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, ['Asia/Kathmandu', 'UTC']);

    await deleteAll(d);
    expect(await d.rollups.count()).toBe(0);
    await recordEvents(d, randomLog(4, 80));
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, ['Asia/Kathmandu']);
  }, 60_000);

  it('are rebuilt from existing rows by the v3 → v4 upgrade', async () => {
    const name = freshName();
    const v3 = new Dexie(name) as SootheDB;
    declareVersions(v3, 3);
    await recordEventsV3(v3, randomLog(5, 150));
    v3.close();
    const d = openDatabase(name);
    open.push(d);
    await d.open();
    expect(d.verno).toBe(LATEST_VERSION);
    const zones = await d.rollupZones.toArray();
    expect(zones.map((z) => z.zone)).toEqual([Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC']);
    expect(await d.rollups.count()).toBeGreaterThan(20);
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, [zones[0]!.zone]);
  });
});

/** Writes events into a v3 database the way v3 did (no rollup tables yet). */
async function recordEventsV3(d: SootheDB, inputs: LogEventInput[]): Promise<void> {
  const { applyEvent } = await import('@/lib/log/case-merge');
  const { caseKeyOf, defaultDedupeKey } = await import('@/lib/log/events');
  const cases = new Map<string, Case>();
  const ids = new Set<string>();
  const events = [];
  for (const e of inputs) {
    const stored = { ...e, caseKey: caseKeyOf(e.platform, e.postId), dedupeKey: e.dedupeKey ?? defaultDedupeKey(e) };
    if (stored.caseKey) cases.set(stored.caseKey, applyEvent(cases.get(stored.caseKey), stored)!);
    if (ids.has(stored.dedupeKey)) continue;
    ids.add(stored.dedupeKey);
    events.push(stored);
  }
  await d.table('events').bulkAdd(events);
  await d.table('cases').bulkPut([...cases.values()]);
}
