/**
 * Issue 13, item 3: one strict schema for events, cases and imports. A bad event is refused naming its
 * field; a bad row of an import is refused with its row and field while the rest goes in; data stored
 * by older, looser versions can break neither the stats (popup) nor the CSV exports.
 */
import { describe, expect, it } from 'vitest';
import { applyRetention, exportCsv, exportJson, formatRefusal, importJson } from '@/lib/log/export';
import { LogInputError } from '@/lib/log/errors';
import { recordEvent } from '@/lib/log/record';
import { loadStats } from '@/lib/log/stats';
import { DAY, ev, freshDb, HOUR, MIN } from './helpers';

const NOW = Date.UTC(2026, 5, 15, 12, 0);
const exportOf = (cases: unknown[], events: unknown[]) => JSON.stringify({ format: 'soothe-log', version: 1, schema: 3, exportedAt: '', cases, events });
const goodCase = (postId: string) => ({ key: `x:${postId}`, platform: 'x', postId, firstSeenAt: NOW - HOUR, templateIds: [], lastEventAt: NOW - HOUR, status: 'open' });

describe('events from a sender', () => {
  it('refuses wrong types, lengths, enums and times, naming the field', async () => {
    const db = freshDb();
    const base = ev('template_inserted', NOW - MIN, '1', { templateId: 'apology' });
    const cases: Array<[object, RegExp]> = [
      [{ ...base, templateId: { a: 1 } }, /"templateId" must be a string/],
      [{ ...base, context: { category: { evil: true } } }, /"context.category" must be one of delivery/],
      [{ ...base, context: { severity: 'apocalyptic' } }, /"context.severity" must be one of/],
      [{ ...base, context: { lang: 'de' } }, /"context.lang" must be one of en, pl, el, other/],
      [{ ...base, at: 1e300 }, /"at" must not be later than 2026-06-16T12:01/],
      [{ ...base, at: NOW + 2 * DAY }, /"at" must not be later than/],
      [{ ...base, at: -5 }, /"at" must not be before the year 2000/],
      [{ ...base, at: '1718000000000' }, /"at" must be a time in ms/],
      [{ ...base, id: 'x'.repeat(201) }, /"id" must be at most 200 characters/],
      [{ ...base, platform: 'myspace' }, /"platform" must be "x", "facebook" or "web:<host>"/],
      [{ ...base, postId: 42 }, /"postId"/],
      [{ ...base, context: { url: 'javascript:alert(1)' } }, /"context.url" must be an http\(s\) address/],
      [{ ...base, context: { author: ['@a'] } }, /"context.author" must be a string/],
      [{ ...ev('handed_off', NOW - MIN, '1') }, /hand-off/],
    ];
    for (const [bad, message] of cases) {
      const err = await recordEvent(db, bad as never, NOW).catch((e: unknown) => e);
      expect(err, JSON.stringify(bad).slice(0, 120)).toBeInstanceOf(LogInputError);
      expect((err as Error).message).toMatch(message);
    }
    expect(await db.events.count()).toBe(0);
    // A clock a little ahead (under a day) is fine; unknown fields are dropped, not stored.
    await recordEvent(db, { ...base, at: NOW + 2 * HOUR, extra: 'x'.repeat(10_000) } as never, NOW);
    const [stored] = await db.events.toArray();
    expect(stored).not.toHaveProperty('extra');
  });
});

describe('import', () => {
  it('refuses each bad row with its row and field, and imports the rest', async () => {
    const db = freshDb();
    const good = ev('seen', NOW - HOUR, 'ok', { context: { category: 'billing' } });
    const text = exportOf(
      [goodCase('ok'), { ...goodCase('bad1'), category: { a: 1 } }, { ...goodCase('bad2'), lastEventAt: 1e300 }, { ...goodCase('bad3'), key: 'x:other' }],
      [good, ev('template_inserted', NOW - HOUR, 'ok', { templateId: { a: 1 } as never }), ev('seen', 1e300, 'far'), ev('seen', NOW - HOUR, 'neg', { context: { postedAt: -1 } }), 'not an event'],
    );
    const r = await importJson(db, text, NOW);
    expect(r.eventsAdded).toBe(1);
    expect(r.casesAdded + r.casesMerged).toBe(1);
    expect(r.refusedCount).toBe(7);
    const lines = r.refused.map(formatRefusal);
    expect(lines).toEqual([
      'cases[1] ("x:bad1"): "category" must be one of delivery, product, billing, returns, support, technical, account, other',
      expect.stringMatching(/^cases\[2\] \("x:bad2"\): "lastEventAt" must not be later than/),
      'cases[3] ("x:other"): key: must be "<platform>:<postId>"',
      expect.stringMatching(/^events\[1\] \("e\d+"\): "templateId" must be a string$/),
      expect.stringMatching(/^events\[2\] \("e\d+"\): "at" must not be later than/),
      expect.stringMatching(/^events\[3\] \("e\d+"\): "context.postedAt" must not be before the year 2000$/),
      'events[4]: an event must be an object',
    ]);
    expect((await db.events.toArray()).map((e) => e.postId)).toEqual(['ok']);
    expect((await db.cases.toArray()).map((c) => c.key)).toEqual(['x:ok']);
  });

  it('still refuses a file that is not an export at all, changing nothing', async () => {
    const db = freshDb();
    await expect(importJson(db, '[1,2]', NOW)).rejects.toThrow(LogInputError);
    await expect(importJson(db, JSON.stringify({ format: 'soothe-log', version: 1, cases: {}, events: [] }), NOW)).rejects.toThrow(/no cases\/events lists/);
    expect(await db.events.count()).toBe(0);
  });
});

describe('data stored by an older, looser version', () => {
  async function junkDb() {
    const db = freshDb();
    await recordEvent(db, ev('seen', NOW - HOUR, 'fine', { context: { category: 'delivery' } }), NOW);
    // Written straight to the tables, as versions before the schema could.
    await db.cases.bulkPut([
      { key: 'x:obj', platform: 'x', postId: 'obj', firstSeenAt: NOW - HOUR, lastEventAt: 1e300, status: 'open', templateIds: [{ a: 1 }], category: { a: 1 }, url: 'javascript:alert(1)', author: 7 } as never,
      { key: 'x:far', platform: 'x', postId: 'far', firstSeenAt: NOW - 2 * HOUR, firstReplyAt: 1e300, lastEventAt: NOW - HOUR, status: 'answered', templateIds: 'abc' } as never,
    ]);
    await db.events.bulkAdd([
      { id: 'j1', type: 'template_inserted', at: NOW - 30 * MIN, platform: 'x', postId: 'obj', caseKey: 'x:obj', dedupeKey: 'id:j1', templateId: { a: 1 } } as never,
      { id: 'j2', type: 'seen', at: 1e300, platform: 'x', postId: 'far', caseKey: 'x:far', dedupeKey: 'id:j2' } as never,
    ]);
    return db;
  }

  it('the stats come back with plain strings for every label', async () => {
    const db = await junkDb();
    const stats = await loadStats(db, { period: 'today', timeZone: 'UTC', now: NOW });
    const labels = [...stats.byCategory.map((r) => r.key), ...stats.byTemplate.map((r) => r.templateId)];
    for (const l of labels) expect(typeof l).toBe('string');
    expect(JSON.stringify(stats)).not.toContain('javascript:');
  });

  it('both CSV exports and the JSON export still work', async () => {
    const db = await junkDb();
    const cases = await exportCsv(db, 'cases');
    const events = await exportCsv(db, 'events');
    expect(cases.trimEnd().split('\r\n')).toHaveLength(4);
    expect(events.trimEnd().split('\r\n')).toHaveLength(4);
    expect(cases).toContain('"{""a"":1}"');
    expect(JSON.parse(await exportJson(db, NOW)).cases).toHaveLength(3);
  });

  it('retention removes rows dated beyond tomorrow, which no period could ever reach', async () => {
    const db = await junkDb();
    const removed = await applyRetention(db, 30, NOW);
    expect(removed).toEqual({ events: 1, cases: 1 });
    expect(await db.cases.get('x:obj')).toBeUndefined();
  });
});
