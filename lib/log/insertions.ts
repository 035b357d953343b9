/** Recording and summarising reply insertions (the foundation slice of the handling-time log). */
import type { InsertionRecord, StatsSummary } from '../messaging/protocol';
import type { SootheDB } from './db';

export async function recordInsertion(db: SootheDB, rec: InsertionRecord, now = Date.now()): Promise<number> {
  return (await db.insertions.add({ ...rec, at: now })) as number;
}

export async function summarise(db: SootheDB): Promise<StatsSummary> {
  const byPlatform: StatsSummary['byPlatform'] = {};
  let last: number | null = null;
  await db.insertions.each((row) => {
    byPlatform[row.platform] = (byPlatform[row.platform] ?? 0) + 1;
    if (last === null || row.at > last) last = row.at;
  });
  const insertions = Object.values(byPlatform).reduce((a, b) => a + b, 0);
  return { insertions, byPlatform, lastInsertionAt: last };
}
