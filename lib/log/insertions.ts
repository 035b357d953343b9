/**
 * The foundation's insertion messages, kept working on top of the event log: an insertion is a
 * `template_inserted` event, and the summary counts those events.
 */
import type { InsertionRecord, StatsSummary } from '../messaging/protocol';
import type { SootheDB } from './db';
import { newEventId } from './events';
import { recordEvent } from './record';

export async function recordInsertion(db: SootheDB, rec: InsertionRecord, now = Date.now()): Promise<number> {
  const result = await recordEvent(db, {
    id: newEventId(),
    type: 'template_inserted',
    at: now,
    platform: rec.platform,
    postId: rec.postId,
    templateId: rec.templateId,
    context: { url: rec.url },
  });
  return result.seq ?? 0;
}

export async function summarise(db: SootheDB): Promise<StatsSummary> {
  const byPlatform: StatsSummary['byPlatform'] = {};
  let last: number | null = null;
  await db.events.where('type').equals('template_inserted').each((row) => {
    byPlatform[row.platform] = (byPlatform[row.platform] ?? 0) + 1;
    if (last === null || row.at > last) last = row.at;
  });
  const insertions = Object.values(byPlatform).reduce((a: number, b) => a + (b ?? 0), 0);
  return { insertions, byPlatform, lastInsertionAt: last };
}
