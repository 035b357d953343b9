import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/messaging/handlers';
import { route as routeFrom, type Handlers } from '@/lib/messaging/router';
import type { Envelope, MessageType, RequestOf } from '@/lib/messaging/protocol';
import { freshDb, MIN, T0 } from './helpers';

// These tests speak as one of Soothe's own pages; the sender policy has its own tests (messaging/policy.test.ts).
const route = (h: Partial<Handlers>, m: unknown) => routeFrom(h, m, 'extension');

afterEach(() => vi.restoreAllMocks());

const msg = <T extends MessageType>(type: T, payload: RequestOf<T>): Envelope<T> => ({ soothe: 1, type, payload });

describe('log message handlers', () => {
  it('keeps log:insertion and stats:summary working', async () => {
    const h = createHandlers(freshDb(), () => T0);
    const r = await route(h, msg('log:insertion', { platform: 'x', postId: '1', templateId: 'apology', url: 'https://x.com/a/status/1' }));
    expect(r).toMatchObject({ ok: true });
    expect(await route(h, msg('stats:summary', {}))).toEqual({ ok: true, value: { insertions: 1, byPlatform: { x: 1 }, lastInsertionAt: T0 } });
  });

  it('records events and reports period stats', async () => {
    const h = createHandlers(freshDb(), () => T0 + 10 * MIN);
    const seen = msg('log:event', { id: 'a', type: 'seen', at: T0, platform: 'x', postId: '1', context: { postedAt: T0 - 5 * MIN } });
    expect(await route(h, seen)).toEqual({ ok: true, value: { status: 'recorded' } });
    expect(await route(h, seen)).toEqual({ ok: true, value: { status: 'duplicate' } });
    await route(h, msg('log:event', { id: 'b', type: 'reply_sent', at: T0 + 2 * MIN, platform: 'x', postId: '1' }));
    const r = await route(h, msg('stats:period', { period: 'today', timeZone: 'UTC' }));
    if (!r?.ok) throw new Error('expected stats');
    const stats = r.value as import('@/lib/messaging/protocol').PopupStats;
    expect(stats).toMatchObject({ seen: 1, answered: 1, hasAnyData: true, writeFailure: null });
    expect(stats.firstResponse.medianMs).toBe(7 * MIN);
  });

  it('turns a refused write into a clear error and reports it in the stats until a write succeeds', async () => {
    const h = createHandlers(freshDb(), () => T0);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await route(h, msg('log:event', { id: 'a', type: 'seen', at: T0, platform: 'x', postId: '1' }));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/could not save to its log.*disk full/) });
    vi.restoreAllMocks();
    const s1 = await route(h, msg('stats:period', { period: 'today', timeZone: 'UTC' }));
    expect(s1).toMatchObject({ ok: true, value: { writeFailure: { kind: 'quota', at: T0 } } });
    await route(h, msg('log:event', { id: 'a', type: 'seen', at: T0, platform: 'x', postId: '1' }));
    expect(await route(h, msg('stats:period', { period: 'today', timeZone: 'UTC' }))).toMatchObject({ ok: true, value: { writeFailure: null, seen: 1 } });
  });

  it('exports, imports, sets retention, deletes everything', async () => {
    const db = freshDb();
    const h = createHandlers(db, () => T0);
    await route(h, msg('log:event', { id: 'old', type: 'seen', at: T0 - 100 * 24 * 60 * MIN, platform: 'x', postId: '0' }));
    await route(h, msg('log:event', { id: 'a', type: 'seen', at: T0, platform: 'x', postId: '1' }));
    const exp = await route(h, msg('log:export', { format: 'json' }));
    if (!exp?.ok) throw new Error('export failed');
    const file = exp.value as { filename: string; content: string };
    expect(file.filename).toBe('soothe-log-2024-03-10.json');
    expect(await route(h, msg('log:setRetention', { days: 30 }))).toEqual({ ok: true, value: { retentionDays: 30, removedEvents: 1, removedCases: 1 } });
    expect(await route(h, msg('log:setRetention', { days: -1 }))).toMatchObject({ ok: false, error: expect.stringMatching(/whole number of days/) });
    expect(await route(h, msg('log:settings', {}))).toMatchObject({ ok: true, value: { retentionDays: 30, responseRateTarget: 0.75 } });
    // Setting retention through the settings patch applies it too.
    await route(h, msg('log:event', { id: 'b', type: 'seen', at: T0 - 20 * 24 * 60 * MIN, platform: 'x', postId: '2' }));
    expect(await route(h, msg('log:updateSettings', { patch: { retentionDays: 10 } }))).toMatchObject({ ok: true, value: { retentionDays: 10 } });
    expect(await db.cases.get('x:2')).toBeUndefined();
    await route(h, msg('log:updateSettings', { patch: { retentionDays: null } }));
    expect(await route(h, msg('log:deleteAll', {}))).toEqual({ ok: true, value: { deleted: true } });
    expect(await db.events.count()).toBe(0);
    expect(await route(h, msg('log:import', { json: file.content }))).toMatchObject({ ok: true, value: { eventsAdded: 2 } });
    const csv = await route(h, msg('log:export', { format: 'csv' }));
    expect(csv).toMatchObject({ ok: true, value: { filename: 'soothe-cases-2024-03-10.csv', mimeType: 'text/csv' } });
  });

  it('takes a sent reply as one message: records it, checks its rules and moves the case private in one go; a retry changes nothing', async () => {
    const db = freshDb();
    const learnt: string[] = [];
    const h = createHandlers(db, () => T0, { onRecorded: (e) => learnt.push(`${e.type}:${e.id}`) });
    await route(h, msg('log:event', { id: 'o', type: 'opened', at: T0, platform: 'x', postId: '1', context: { lang: 'en' } }));
    const event = { id: 's', type: 'reply_sent' as const, at: T0 + 5 * MIN, platform: 'x' as const, postId: '1', context: { lang: 'en' } };
    const sent = msg('case:sent', { event, text: 'So sorry about this. Please send us a DM with your order number and we will sort it out today.' });
    expect(await route(h, sent)).toEqual({ ok: true, value: { status: 'recorded', movedPrivate: true } });
    expect((await db.cases.get('x:1'))?.movedPrivateAt).toBe(T0 + 5 * MIN);
    expect((await db.events.toArray()).map((e) => e.type).sort()).toEqual(['moved_private', 'opened', 'reply_sent']);
    // The same message again (a retry after a lost answer) is stored once and learnt from once.
    expect(await route(h, sent)).toEqual({ ok: true, value: { status: 'duplicate', movedPrivate: true } });
    expect(await db.events.count()).toBe(3);
    expect(learnt).toEqual(['opened:o', 'reply_sent:s', 'moved_private:s:private']);
    // A public reply does not move the case private; anything but a reply_sent is refused.
    const pub = { ...event, id: 't', postId: '2' };
    expect(await route(h, msg('case:sent', { event: pub, text: 'Thanks, glad it arrived!' }))).toEqual({ ok: true, value: { status: 'recorded', movedPrivate: false } });
    expect((await db.cases.get('x:2'))?.movedPrivateAt).toBeUndefined();
    expect(await route(h, msg('case:sent', { event: { ...event, id: 'u', type: 'opened' }, text: 'x' }))).toMatchObject({ ok: false });
  });

  it('measures how much a sent reply changed its template (template health), keeping counts and a few phrases, never the text', async () => {
    const db = freshDb();
    const h = createHandlers(db, () => T0);
    const template = 'We are so sorry your parcel is late. Please send us a DM and we will sort it out today.';
    const text = 'We are so sorry your parcel is late, Anna, and truly embarrassed. Please send us a DM and we will sort it out today.';
    const event = { id: 'e1', type: 'reply_sent' as const, at: T0, platform: 'x' as const, postId: '9', context: { lang: 'en' as const } };
    expect(await route(h, msg('case:sent', { event, text, inserted: { templateId: 'late-en', text: template } }))).toMatchObject({ ok: true, value: { status: 'recorded' } });
    const stored = (await db.events.toArray()).find((e) => e.type === 'reply_sent')!;
    expect(stored.edit?.templateId).toBe('late-en');
    expect(stored.edit!.ratio).toBeGreaterThan(0);
    expect(stored.edit!.ratio).toBeLessThan(0.5);
    expect(stored.edit!.added.join(' ')).toContain('embarrassed');
    expect(JSON.stringify(stored)).not.toContain('truly embarrassed. Please');
  });

  it('a sent reply that began as an inserted template is recorded with its edit stats (template health), never refused for them', async () => {
    const db = freshDb();
    const h = createHandlers(db, () => T0);
    const event = { id: 'e', type: 'reply_sent' as const, at: T0, platform: 'x' as const, postId: '9', context: { lang: 'en' } };
    const inserted = { templateId: 'late-en', text: 'Sorry Marta, your parcel is late. We will chase the courier today.' };
    const reply = await route(h, msg('case:sent', { event, text: 'Sorry Marta, your parcel is late. We will chase the courier today and call you back.', inserted }));
    expect(reply).toMatchObject({ ok: true, value: { status: 'recorded' } });
    const stored = (await db.events.toArray()).find((e) => e.id === 'e') as { edit?: { templateId: string; templateWords: number; sentWords: number; ratio: number } } | undefined;
    expect(stored?.edit).toMatchObject({ templateId: 'late-en', templateWords: 12, sentWords: 16 });
    expect(stored!.edit!.ratio).toBeGreaterThan(0);
    expect(stored!.edit!.ratio).toBeLessThan(0.5);
  });

  it('learns a template choice from the recorded event only: not from a duplicate, not from a refused write', async () => {
    const learnt: string[] = [];
    const h = createHandlers(freshDb(), () => T0, { onRecorded: (e) => learnt.push(`${e.type}:${e.templateId}`) });
    const inserted = msg('log:event', { id: 'i', type: 'template_inserted', at: T0, platform: 'x', postId: '1', templateId: 'late-en', context: { lang: 'en', category: 'delivery' } });
    await route(h, inserted);
    await route(h, inserted);
    expect(learnt).toEqual(['template_inserted:late-en']);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await route(h, msg('log:event', { ...inserted.payload, id: 'j' }))).toMatchObject({ ok: false });
    expect(learnt).toEqual(['template_inserted:late-en']);
  });
});
