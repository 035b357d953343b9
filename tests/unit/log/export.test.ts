import { describe, expect, it } from 'vitest';
import { applyRetention, csvField, deleteAll, exportCsv, exportJson, formatRefusal, importJson } from '@/lib/log/export';
import { LogInputError } from '@/lib/log/errors';
import { recordEvent, recordEvents } from '@/lib/log/record';
import { getAuthorSalt } from '@/lib/log/settings';
import { DAY, ev, freshDb, MIN, T0 } from './helpers';

async function sample() {
  const db = freshDb();
  await recordEvents(db, [
    ev('seen', T0, '1', { context: { postedAt: T0 - 30 * MIN, url: 'https://x.com/a/status/1', category: 'delivery', author: '@bob' } }),
    ev('opened', T0 + MIN, '1'),
    ev('template_inserted', T0 + 2 * MIN, '1', { templateId: 'apology' }),
    ev('reply_sent', T0 + 3 * MIN, '1'),
    ev('seen', T0 + 10 * MIN, '2', { platform: 'facebook', context: { url: 'https://www.facebook.com/x/posts/2' } }),
  ]);
  return db;
}

describe('export / import', () => {
  it('round-trips through JSON without duplicates, and re-importing adds nothing', async () => {
    const src = await sample();
    const json = await exportJson(src);
    const dst = freshDb();
    expect(await importJson(dst, json)).toEqual({ eventsAdded: 5, eventsSkipped: 0, casesAdded: 2, casesMerged: 0, refused: [], refusedCount: 0 });
    expect(await importJson(dst, json)).toEqual({ eventsAdded: 0, eventsSkipped: 5, casesAdded: 0, casesMerged: 2, refused: [], refusedCount: 0 });
    expect(await dst.events.count()).toBe(5);
    expect(await dst.cases.toArray()).toEqual(await src.cases.toArray());
  });

  it('merges an export into a log that already has some of the same facts, keeping the earliest clocks', async () => {
    const src = await sample();
    const dst = freshDb();
    // The other machine saw post 1 later and has an unrelated case 3.
    await recordEvent(dst, ev('seen', T0 + 5 * MIN, '1'));
    await recordEvent(dst, ev('seen', T0, '3'));
    const r = await importJson(dst, await exportJson(src));
    expect(r).toEqual({ eventsAdded: 4, eventsSkipped: 1, casesAdded: 1, casesMerged: 1, refused: [], refusedCount: 0 });
    expect(await dst.cases.count()).toBe(3);
    expect(await dst.cases.get('x:1')).toMatchObject({ firstSeenAt: T0, firstReplyAt: T0 + 3 * MIN, postedAt: T0 - 30 * MIN, status: 'answered' });
  });

  it('rejects what is not an export, with a message', async () => {
    const db = freshDb();
    await expect(importJson(db, 'not json')).rejects.toThrow(/not valid JSON/);
    await expect(importJson(db, '{"format":"other"}')).rejects.toThrow(LogInputError);
    // A bad row is refused with its row and field; it is not stored (the rest of a file would be: see import.test.ts).
    const r = await importJson(db, JSON.stringify({ format: 'soothe-log', version: 1, cases: [], events: [{ id: 'x', type: 'nope', at: 1, platform: 'x', postId: '1' }] }));
    expect(r.refusedCount).toBe(1);
    expect(formatRefusal(r.refused[0]!)).toMatch(/^events\[0\] \("x"\): "type" unknown type/);
    expect(await db.events.count()).toBe(0);
  });

  it('exports cases and events as CSV with quoting', async () => {
    const db = await sample();
    const cases = (await exportCsv(db, 'cases')).trimEnd().split('\r\n');
    expect(cases).toHaveLength(3);
    expect(cases[0]).toMatch(/^platform,post_id,url,/);
    const row1 = cases[1]!.split(',');
    expect(row1.slice(0, 6)).toEqual(['"x"', '"1"', '"https://x.com/a/status/1"', '', '', '"delivery"']);
    const header = cases[0]!.split(',');
    const col = (name: string) => row1[header.indexOf(name)];
    expect(col('first_response_minutes')).toBe('33'); // posted T0-30 min, replied T0+3 min
    expect(col('handling_minutes')).toBe('2'); // opened T0+1 min
    expect(col('author')).toBe(`"'@bob"`);
    expect(col('status')).toBe('"answered"');
    const events = (await exportCsv(db, 'events')).trimEnd().split('\r\n');
    expect(events).toHaveLength(6);
  });

  it('escapes CSV fields and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('"plain"'); // every text field is quoted
    expect(csvField('a;=1+1')).toBe(`"a;'=1+1"`); // a ";" spreadsheet would start a cell after the ";"
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('-1+2')).toBe(`"'-1+2"`);
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvField(Infinity)).toBe('');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@bob')).toBe(`"'@bob"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });
});

describe('delete and retention', () => {
  it('deletes everything, including the hash salt', async () => {
    const db = await sample();
    const salt = await getAuthorSalt(db);
    await deleteAll(db);
    expect(await db.events.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await getAuthorSalt(db)).not.toBe(salt);
  });

  it('drops events older than N days and cases with no activity since', async () => {
    const db = freshDb();
    await recordEvents(db, [ev('seen', T0 - 40 * DAY, 'old'), ev('seen', T0 - 40 * DAY, 'mixed'), ev('reply_sent', T0 - 2 * DAY, 'mixed'), ev('seen', T0, 'new')]);
    expect(await applyRetention(db, 30, T0)).toEqual({ events: 2, cases: 1 });
    expect((await db.cases.toArray()).map((c) => c.key).sort()).toEqual(['x:mixed', 'x:new']);
    expect(await db.events.count()).toBe(2);
    await expect(applyRetention(db, 0, T0)).rejects.toThrow(LogInputError);
  });
});
