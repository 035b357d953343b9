import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogInputError, LogWriteError } from '@/lib/log/errors';
import { recordEvent, recordEvents } from '@/lib/log/record';
import { updateSettings } from '@/lib/log/settings';
import { createHandlers } from '@/lib/messaging/handlers';
import { route as routeFrom, type Handlers } from '@/lib/messaging/router';
// These tests speak as one of Soothe's own pages; the sender policy has its own tests (messaging/policy.test.ts).
import { resumeHashing } from '@/lib/log/privacy';
import { getSettings } from '@/lib/log/settings';
import { ev, freshDb, MIN, T0 } from './helpers';
import { complaintExcerpt, EXCERPT_MAX } from '@/lib/log/events';

const route = (h: Partial<Handlers>, m: unknown) => routeFrom(h, m, 'extension');

afterEach(() => vi.restoreAllMocks());

describe('recordEvent', () => {
  it('stores a retried event (same id) once', async () => {
    const db = freshDb();
    const e = ev('template_inserted', T0, '1', { templateId: 't' });
    expect((await recordEvent(db, e)).status).toBe('recorded');
    expect((await recordEvent(db, e)).status).toBe('duplicate');
    expect(await db.events.count()).toBe(1);
  });

  it('makes one case of the same post seen in two tabs at once', async () => {
    const db = freshDb();
    const results = await Promise.all([
      recordEvent(db, ev('seen', T0 + 2000, '7', { context: { postedAt: T0 - 10 * MIN } })),
      recordEvent(db, ev('seen', T0 + 1000, '7', { context: { category: 'delivery' } })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'recorded']);
    expect(await db.cases.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    // Whatever order they land in, the case keeps the earliest sighting and both tabs' context.
    expect(await db.cases.get('x:7')).toMatchObject({ firstSeenAt: T0 + 1000, postedAt: T0 - 10 * MIN, category: 'delivery' });
  });

  it('never resets the clock when a complaint is reopened', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '5'));
    await recordEvent(db, ev('opened', T0 + MIN, '5'));
    await recordEvent(db, ev('seen', T0 + 60 * MIN, '5'));
    await recordEvent(db, ev('opened', T0 + 61 * MIN, '5'));
    await recordEvent(db, ev('template_inserted', T0 + 62 * MIN, '5', { templateId: 'a' }));
    const c = await db.cases.get('x:5');
    expect(c).toMatchObject({ firstSeenAt: T0, firstOpenedAt: T0 + MIN, lastEventAt: T0 + 62 * MIN });
  });

  it('logs a reply detected twice once, but keeps two distinct replies', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '5'));
    expect((await recordEvent(db, ev('reply_sent', T0 + 5 * MIN, '5'))).status).toBe('recorded');
    expect((await recordEvent(db, ev('reply_sent', T0 + 6 * MIN, '5'))).status).toBe('duplicate');
    expect((await db.cases.get('x:5'))?.firstReplyAt).toBe(T0 + 5 * MIN);
    expect(await db.events.where('type').equals('reply_sent').count()).toBe(1);

    await recordEvent(db, ev('reply_sent', T0 + 7 * MIN, '6', { replyId: 'r1' }));
    await recordEvent(db, ev('reply_sent', T0 + 7 * MIN, '6', { replyId: 'r1' }));
    await recordEvent(db, ev('reply_sent', T0 + 9 * MIN, '6', { replyId: 'r2' }));
    expect(await db.events.where('caseKey').equals('x:6').count()).toBe(2);
  });

  it('takes the earliest reply even when a later detection arrives first', async () => {
    const db = freshDb();
    await recordEvent(db, ev('reply_sent', T0 + 9 * MIN, '8', { replyId: 'late' }));
    await recordEvent(db, ev('reply_sent', T0 + 3 * MIN, '8', { replyId: 'early' }));
    expect(await db.cases.get('x:8')).toMatchObject({ firstReplyAt: T0 + 3 * MIN, firstSeenAt: T0 + 3 * MIN, status: 'answered' });
  });

  it('keeps events without a post id but makes no case of them', async () => {
    const db = freshDb();
    await recordEvent(db, ev('template_inserted', T0, null, { templateId: 't' }));
    await recordEvent(db, ev('template_inserted', T0, null, { templateId: 't' }));
    expect(await db.events.count()).toBe(2);
    expect(await db.cases.count()).toBe(0);
  });

  it('rejects malformed events with a clear message', async () => {
    const db = freshDb();
    await expect(recordEvent(db, { ...ev('seen', T0, '1'), type: 'liked' as never })).rejects.toThrow(LogInputError);
    await expect(recordEvent(db, { ...ev('seen', T0, '1'), at: Number.NaN })).rejects.toThrow(/"at" must be a time/);
    expect(await db.events.count()).toBe(0);
  });

  it('surfaces a refused write (quota) as a LogWriteError and leaves nothing half-written', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1'));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await recordEvent(db, ev('reply_sent', T0 + MIN, '1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LogWriteError);
    expect((err as LogWriteError).kind).toBe('quota');
    expect((err as LogWriteError).message).toMatch(/disk full or quota/);
    vi.restoreAllMocks();
    // The case update ran in the same transaction as the failed add: rolled back with it.
    expect((await db.cases.get('x:1'))?.firstReplyAt).toBeUndefined();
    expect(await db.events.count()).toBe(1);
    // and the same event can be retried once space is back
    expect((await recordEvent(db, { ...ev('reply_sent', T0 + MIN, '1'), id: 'retry' })).status).toBe('recorded');
  });

  it('surfaces a failing bulk write too', async () => {
    const db = freshDb();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('nope', 'UnknownError');
    });
    await expect(recordEvents(db, [ev('seen', T0, '1'), ev('seen', T0, '2')])).rejects.toBeInstanceOf(LogWriteError);
    vi.restoreAllMocks();
    expect(await db.cases.count()).toBe(0);
  });

  it('stores author handles as shown, or salted SHA-256 when the setting is on', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1', { context: { author: '@alice' } }));
    expect((await db.cases.get('x:1'))?.author).toBe('@alice');

    await updateSettings(db, { hashAuthors: true });
    await recordEvent(db, ev('seen', T0, '2', { context: { author: '@alice' } }));
    await recordEvent(db, ev('seen', T0, '3', { context: { author: '@Alice ' } }));
    const a = (await db.cases.get('x:2'))?.author;
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await db.cases.get('x:3'))?.author).toBe(a); // same handle, same hash
    const stored = JSON.stringify(await db.events.toArray());
    expect(stored.match(/@alice/gi)?.length).toBe(1); // only the event recorded before the setting
  });

  it('bulk-records with the same de-duplication as single writes', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1'));
    const r = await recordEvents(db, [ev('seen', T0 - MIN, '1'), ev('opened', T0, '1'), ev('opened', T0 + MIN, '1'), ev('seen', T0, '2')]);
    expect(r).toEqual({ recorded: 2, duplicates: 2 });
    expect(await db.cases.get('x:1')).toMatchObject({ firstSeenAt: T0 - MIN, firstOpenedAt: T0 });
  });
});

describe('who and what for the popup (issue 14)', () => {
  it('keeps the shown name and the first words of a complaint, and refuses a whole post', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1', { context: { author: 'marta', authorName: 'Marta K.', excerpt: complaintExcerpt('My parcel   was due\non Monday.') } }));
    expect(await db.cases.get('x:1')).toMatchObject({ author: 'marta', authorName: 'Marta K.', excerpt: 'My parcel was due on Monday.' });
    const long = 'word '.repeat(100);
    expect(complaintExcerpt(long).length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(complaintExcerpt(long)).toMatch(/word…$/);
    await expect(recordEvent(db, ev('seen', T0, '2', { context: { excerpt: long } }))).rejects.toThrow(/context\.excerpt" must be at most 160/);
  });

  it('drops the shown name when handles are hashed, now and for what is stored', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1', { context: { author: 'dora', authorName: 'Dora P.', excerpt: 'Charged twice' } }));
    const h = createHandlers(db);
    await route(h, { soothe: 1, type: 'log:updateSettings', payload: { patch: { hashAuthors: true } } });
    await recordEvent(db, ev('seen', T0, '2', { context: { author: 'dora', authorName: 'Dora P.' } }));
    await recordEvent(db, ev('seen', T0, '3', { context: { authorName: 'Dora P.' } }));
    expect(JSON.stringify([await db.cases.toArray(), await db.events.toArray()])).not.toMatch(/Dora|dora/);
    expect((await db.cases.get('x:1'))?.excerpt).toBe('Charged twice'); // the complaint's words stay (they go with retention)
  });
});

describe('turning on hashed handles', () => {
  it('hashes the handles already stored, in cases and events', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1', { context: { author: '@carol' } }));
    const h = createHandlers(db);
    expect(await route(h, { soothe: 1, type: 'log:updateSettings', payload: { patch: { hashAuthors: true } } })).toMatchObject({ ok: true, value: { hashAuthors: true } });
    expect((await db.cases.get('x:1'))?.author).toMatch(/^sha256:/);
    expect(JSON.stringify(await db.events.toArray())).not.toMatch(/carol/);
    // A later sighting of the same handle hashes to the same value.
    await recordEvent(db, ev('seen', T0, '2', { context: { author: '@carol' } }));
    expect((await db.cases.get('x:2'))?.author).toBe((await db.cases.get('x:1'))?.author);
  });
});

describe('hashed handles: one transaction, resumable, robust (issue 13, item 4)', () => {
  it('a stored author that is not a string neither stops the hashing nor stays', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1', { context: { author: '@dave' } }));
    // Written by an older, looser version straight to the tables.
    await db.cases.put({ key: 'x:9', platform: 'x', postId: '9', firstSeenAt: T0, lastEventAt: T0, status: 'open', templateIds: [], author: { handle: '@eve' } } as never);
    await db.events.add({ id: 'old', type: 'seen', at: T0, platform: 'x', postId: '9', caseKey: 'x:9', dedupeKey: 'id:old', context: { author: 42 } } as never);
    const reply = await route(createHandlers(db), { soothe: 1, type: 'log:updateSettings', payload: { patch: { hashAuthors: true } } });
    expect(reply).toMatchObject({ ok: true, value: { hashAuthors: true } });
    expect((await db.cases.get('x:1'))?.author).toMatch(/^sha256:/);
    expect(await db.cases.get('x:9')).not.toHaveProperty('author');
    const stored = JSON.stringify([await db.cases.toArray(), await db.events.toArray()]);
    expect(stored).not.toMatch(/dave|eve|"author":42/);
  });

  it('when the hashing cannot be written, the setting is not saved either', async () => {
    const db = freshDb();
    await recordEvent(db, ev('seen', T0, '1', { context: { author: '@frank' } }));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'cases') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const reply = await route(createHandlers(db), { soothe: 1, type: 'log:updateSettings', payload: { patch: { hashAuthors: true } } });
    vi.restoreAllMocks();
    expect(reply).toMatchObject({ ok: false });
    expect((await getSettings(db)).hashAuthors).toBe(false); // not "on" with plain handles underneath
    expect((await db.cases.get('x:1'))?.author).toBe('@frank');
  });

  it('plain handles left while the setting is on are hashed at start-up', async () => {
    const db = freshDb();
    await updateSettings(db, { hashAuthors: true });
    // As if an event prepared before the setting turned on landed after it, or the worker stopped mid-way.
    await db.cases.put({ key: 'x:5', platform: 'x', postId: '5', firstSeenAt: T0, lastEventAt: T0, status: 'open', templateIds: [], author: '@gina' });
    expect(await resumeHashing(db)).toEqual({ resumed: true });
    expect((await db.cases.get('x:5'))?.author).toMatch(/^sha256:/);
    expect(await resumeHashing(db)).toEqual({ resumed: false });
  });
});
