/**
 * Turning on hashed author handles also hashes the handles already stored, so the setting means
 * what it says. Hashing is async (WebCrypto), so it runs before the write transaction, which then
 * only replaces a handle that is still the one that was hashed.
 */
import type { SootheDB } from './db';
import { toLogWriteError } from './errors';
import { getAuthorSalt, hashHandle } from './settings';

const isHashed = (s: string) => s.startsWith('sha256:');

export async function hashStoredAuthors(db: SootheDB): Promise<{ cases: number; events: number }> {
  const salt = await getAuthorSalt(db);
  const [cases, events] = await Promise.all([
    db.cases.filter((c) => c.author !== undefined && !isHashed(c.author)).toArray(),
    db.events.filter((e) => e.context?.author !== undefined && !isHashed(e.context.author)).toArray(),
  ]);
  const hashes = new Map<string, string>();
  for (const raw of [...cases.map((c) => c.author!), ...events.map((e) => e.context!.author!)])
    if (!hashes.has(raw)) hashes.set(raw, await hashHandle(salt, raw));
  try {
    return await db.transaction('rw', db.cases, db.events, async () => {
      let nc = 0;
      let ne = 0;
      for (const { key } of cases) {
        const c = await db.cases.get(key);
        const h = c?.author && hashes.get(c.author);
        if (c && h) {
          await db.cases.put({ ...c, author: h });
          nc++;
        }
      }
      for (const { seq } of events) {
        const e = await db.events.get(seq!);
        const h = e?.context?.author && hashes.get(e.context.author);
        if (e && h) {
          await db.events.put({ ...e, context: { ...e.context, author: h } });
          ne++;
        }
      }
      return { cases: nc, events: ne };
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}
