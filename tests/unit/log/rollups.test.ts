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
const TYPES: LogEventInput['type'][] = ['seen', 'opened', 'suggestion_shown', 'template_inserted', 'reply_sent', 'moved_private', 'resolved', 'handed_off', 'triage_corrected'];

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
        // The manager's correction moves the case's category and complaint verdict (and the "category corrected" count).
        ...(type === 'triage_corrected' ? { correction: { from: { complaint: r() < 0.8, category: pick(['delivery', 'billing', 'product'] as const) }, to: { complaint: r() < 0.85, category: pick(['delivery', 'billing', 'returns'] as const) } } } : {}),
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
      // The random log holds corrected categories among its answered complaints: the comparison above covered them.
      expect((await loadStats(d, { period: '365d', timeZone: 'UTC', now: NOW })).categoryCorrected).toBeGreaterThan(0);
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

  it('stay exact for times the compact rows cannot hold in 4 bytes (answers after 50 days, posts a month before being seen, fractions)', async () => {
    const d = db();
    await loadStats(d, { period: 'today', timeZone: 'Pacific/Chatham', now: NOW });
    const at = (ms: number) => NOW - 3 * DAY + ms;
    const log: LogEventInput[] = [
      { id: 'a1', type: 'seen', at: at(0), platform: 'x', postId: 'a', context: { postedAt: at(-60 * DAY), category: 'billing' } }, // waiting since 63 days: offset past Int32
      { id: 'b1', type: 'seen', at: at(HOUR), platform: 'x', postId: 'b', context: { postedAt: at(-55 * DAY) } },
      { id: 'b2', type: 'reply_sent', at: at(2 * HOUR), platform: 'x', postId: 'b' }, // first response 55 days: past Uint32 ms
      { id: 'c1', type: 'seen', at: at(3 * HOUR) + 0.25, platform: 'facebook', postId: 'c' },
      { id: 'c2', type: 'opened', at: at(3 * HOUR) + 0.5, platform: 'facebook', postId: 'c' },
      { id: 'c3', type: 'reply_sent', at: at(4 * HOUR) + 0.75, platform: 'facebook', postId: 'c' }, // fractions
      { id: 'd1', type: 'seen', at: at(5 * HOUR), platform: 'x', postId: 'd', context: { postedAt: at(5 * HOUR - MIN), category: 'billing' } },
      { id: 'd2', type: 'reply_sent', at: at(6 * HOUR), platform: 'x', postId: 'd' },
    ];
    for (const e of log) await recordEvent(d, e);
    const rows = await d.rollups.toArray();
    expect(rows.some((r) => r.frt.BYTES_PER_ELEMENT === 8 && Array.from(r.frt).includes(4 * HOUR + 0.5 - 3 * HOUR))).toBe(true); // 8-byte samples kept
    expect(rows.some((r) => r.waitingTimes.BYTES_PER_ELEMENT === 8)).toBe(true); // and 8-byte waiting instants
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, ['Pacific/Chatham', 'UTC']);
    // Answering the long-waiting one and dropping the 55-day answer takes them out again, exactly.
    await recordEvent(d, { id: 'a2', type: 'reply_sent', at: at(7 * HOUR), platform: 'x', postId: 'a' });
    await applyRetention(d, 40, NOW + 35 * DAY);
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, ['Pacific/Chatham', 'UTC']);
  });

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

  it('are rebuilt in the compact format, for every kept zone, by the v4 → v5 upgrade; the log is kept', async () => {
    const name = freshName();
    const v4 = new Dexie(name) as SootheDB;
    declareVersions(v4, 4);
    await recordEventsV3(v4, randomLog(6, 150));
    await v4.settings.put({ key: 'log.settings', value: { followUpDays: 5 } });
    const system = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const kept = [...new Set([system, 'Asia/Kathmandu'])];
    for (const zone of kept) await v4.rollupZones.put({ zone, builtAt: NOW, lastUsedAt: NOW });
    // Rows as v4 stored them: samples copied per platform and category, waiting complaints in arrival order.
    // One of them is for a day with nothing logged: the upgrade must not keep it.
    const f64 = (...xs: number[]) => Float64Array.from(xs);
    await v4.rollups.bulkPut([
      { zone: system, start: NOW - 400 * DAY, seen: 2, fromSeen: 0, frt: f64(60_000), handling: f64(), platforms: { x: { seen: 2, frt: f64(60_000) } }, categories: { billing: { seen: 2, frt: f64(60_000) } }, templates: {}, insertions: 0, waitingKeys: ['x:gone'], waitingTimes: f64(NOW - 400 * DAY, NOW - 400 * DAY) },
      { zone: 'Asia/Kathmandu', start: NOW - 2 * DAY, seen: 1, fromSeen: 1, frt: f64(5), handling: f64(5), platforms: { x: { seen: 1, frt: f64(5) } }, categories: { unknown: { seen: 1, frt: f64(5) } }, templates: { t1: { cases: 1, answered: 1, inserted: 1 } }, insertions: 1, waitingKeys: [], waitingTimes: f64() },
    ] as never);
    const before = { cases: await v4.cases.toArray(), events: await v4.events.toArray() };
    v4.close();

    const d = openDatabase(name);
    open.push(d);
    await d.open();
    expect(d.verno).toBe(LATEST_VERSION);
    expect(await d.cases.toArray()).toEqual(before.cases);
    expect(await d.events.toArray()).toEqual(before.events);
    expect((await d.settings.get('log.settings'))?.value).toEqual({ followUpDays: 5 });
    expect((await d.rollupZones.toArray()).map((z) => z.zone).sort()).toEqual([...kept].sort());
    const rows = await d.rollups.toArray();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => Array.isArray(r.cells) && !('platforms' in r))).toBe(true);
    expect(rows.some((r) => r.start === NOW - 400 * DAY)).toBe(false);
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, kept);
    // and the kept rows go on being kept by new events
    await recordEvents(d, randomLog(7, 60, 'after'));
    await expectRowsAsIfRebuilt(d);
    await expectSameAsRecount(d, kept);
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
