import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { declareVersions, LATEST_VERSION, openDatabase, type SootheDB } from '@/lib/log/db';
import { recordEvent } from '@/lib/log/record';
import { summarise } from '@/lib/log/insertions';
import { freshName, T0 } from './helpers';

const open: Dexie[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
});

/** Exactly the v1 schema the foundation shipped (lib/log/db.ts at commit 9a4fa07). */
async function writeV1(name: string, rows: Array<Record<string, unknown>>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ insertions: '++id, platform, at, postId' });
  await v1.table('insertions').bulkAdd(rows);
  v1.close();
}

describe('schema upgrades', () => {
  it('keeps v1 insertions as template_inserted events and cases after upgrading to the latest version', async () => {
    const name = freshName();
    await writeV1(name, [
      { platform: 'x', postId: '111', templateId: 'apology', url: 'https://x.com/a/status/111', at: T0 },
      { platform: 'x', postId: '111', templateId: 'refund', url: 'https://x.com/a/status/111', at: T0 - 5000 },
      { platform: 'facebook', postId: null, templateId: 'apology', url: 'https://www.facebook.com/p/1', at: T0 + 1000 },
    ]);
    const db = openDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['alerts', 'cases', 'events', 'rollupZones', 'rollups', 'settings']);

    const events = await db.events.orderBy('at').toArray();
    expect(events.map((e) => [e.type, e.platform, e.postId, e.templateId, e.at])).toEqual([
      ['template_inserted', 'x', '111', 'refund', T0 - 5000],
      ['template_inserted', 'x', '111', 'apology', T0],
      ['template_inserted', 'facebook', null, 'apology', T0 + 1000],
    ]);
    expect(events[2]!.context?.url).toBe('https://www.facebook.com/p/1');

    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(1); // the insertion without a post id names no case
    expect(cases[0]).toMatchObject({ key: 'x:111', firstSeenAt: T0 - 5000, firstOpenedAt: T0 - 5000, status: 'open', url: 'https://x.com/a/status/111' });
    expect(cases[0]!.templateIds).toEqual(['apology', 'refund']); // upgrade reads rows in id order

    // The foundation's summary still counts them.
    expect(await summarise(db)).toEqual({ insertions: 3, byPlatform: { x: 2, facebook: 1 }, lastInsertionAt: T0 + 1000 });
  });

  it('upgrades an empty v1 database', async () => {
    const name = freshName();
    await writeV1(name, []);
    const db = openDatabase(name);
    open.push(db);
    expect(await db.events.count()).toBe(0);
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('keeps data written at v2 when opening at the latest version', async () => {
    const name = freshName();
    const v2 = new Dexie(name) as SootheDB;
    declareVersions(v2, 2);
    await recordEvent(v2, { id: 'a', type: 'seen', at: T0, platform: 'x', postId: '9', context: { postedAt: T0 - 60_000 } });
    await recordEvent(v2, { id: 'b', type: 'reply_sent', at: T0 + 60_000, platform: 'x', postId: '9' });
    await v2.settings.put({ key: 'log.settings', value: { followUpDays: 5 } });
    v2.close();

    const db = openDatabase(name);
    open.push(db);
    expect(await db.events.count()).toBe(2);
    expect(await db.cases.get('x:9')).toMatchObject({ postedAt: T0 - 60_000, firstSeenAt: T0, firstReplyAt: T0 + 60_000, status: 'answered' });
    expect((await db.settings.get('log.settings'))?.value).toEqual({ followUpDays: 5 });
    // and the de-duplication index still works after the upgrade
    expect((await recordEvent(db, { id: 'c', type: 'seen', at: T0 + 5, platform: 'x', postId: '9' })).status).toBe('duplicate');
  });
});
