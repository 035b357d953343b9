/**
 * Turning on hashed author handles also hashes the handles already stored, so the setting means what
 * it says. The setting and the hashing are written in ONE transaction: either the setting is on and
 * no plain handle is left, or nothing changed. Hashing is async (WebCrypto) and cannot run inside an
 * IndexedDB transaction, so the hashes are computed first and the transaction checks that it knows a
 * hash for every plain handle it finds (a handle logged in between → compute again, up to a few times).
 *
 * An event prepared just before the setting turned on can still land with a plain handle, and a
 * worker can be stopped mid-way; `resumeHashing` (run at start-up) finishes the job whenever the
 * setting is on and plain handles remain. A stored author that is not a string (written by an older,
 * looser version) cannot be hashed as a handle and is removed rather than kept as it is.
 */
import type { SootheDB } from './db';
import { LogWriteError, toLogWriteError } from './errors';
import type { LogEvent } from './events';
import { getAuthorSalt, getSettings, hashHandle, updateSettings, type LogSettings } from './settings';

const isHashed = (s: string) => s.startsWith('sha256:');
const isPlain = (a: unknown): a is string => typeof a === 'string' && !isHashed(a);

class HandlesChanged extends Error {}

async function plainHandles(db: SootheDB): Promise<Set<string>> {
  const out = new Set<string>();
  await db.cases.each((c) => void (isPlain(c.author) && out.add(c.author)));
  await db.events.each((e) => void (isPlain(e.context?.author) && out.add(e.context!.author!)));
  return out;
}

/** Replaces every author in the transaction; false when a plain handle without a known hash turned up. */
async function replaceAuthors(db: SootheDB, hashes: Map<string, string>): Promise<{ complete: boolean; cases: number; events: number }> {
  let complete = true;
  const swap = (author: unknown): { author?: string; changed: boolean } => {
    if (author === undefined) return { changed: false };
    if (typeof author !== 'string') return { changed: true }; // not a handle: removed
    if (isHashed(author)) return { author, changed: false };
    const h = hashes.get(author);
    if (!h) {
      complete = false;
      return { author, changed: false };
    }
    return { author: h, changed: true };
  };
  // The shown name says who it was as well as the handle does: it goes when handles are hashed.
  const cases = await db.cases.toCollection().modify((c) => {
    if (c.authorName !== undefined) delete c.authorName;
    const { author, changed } = swap(c.author);
    if (!changed) return;
    if (author === undefined) delete c.author;
    else c.author = author;
  });
  const events = await db.events.toCollection().modify((e: LogEvent) => {
    if (!e.context || typeof e.context !== 'object') return;
    const { author, changed } = swap(e.context.author);
    if (!changed && e.context.authorName === undefined) return;
    const context = { ...e.context };
    delete context.authorName;
    if (author === undefined) delete context.author;
    else context.author = author;
    e.context = context;
  });
  return { complete, cases, events };
}

/**
 * Saves `patch` and, when hashed handles are (or become) on, hashes every stored handle, all in one
 * transaction. Returns the saved settings.
 */
export async function updateSettingsHashing(db: SootheDB, patch: Partial<LogSettings>): Promise<LogSettings> {
  const turnsOn = patch.hashAuthors === true || (patch.hashAuthors === undefined && (await getSettings(db)).hashAuthors);
  if (!turnsOn) return updateSettings(db, patch);
  const salt = await getAuthorSalt(db);
  const hashes = new Map<string, string>();
  for (let attempt = 0; attempt < 5; attempt++) {
    for (const raw of await plainHandles(db)) if (!hashes.has(raw)) hashes.set(raw, await hashHandle(salt, raw));
    try {
      return await db.transaction('rw', db.settings, db.cases, db.events, async () => {
        const next = await updateSettings(db, patch);
        const { complete } = await replaceAuthors(db, hashes);
        if (!complete) throw new HandlesChanged(); // rolls the setting back too
        return next;
      });
    } catch (err) {
      if (err instanceof HandlesChanged) continue;
      throw toLogWriteError(err);
    }
  }
  throw new LogWriteError('unknown', 'new author handles kept arriving while hashing; try again');
}

/** At start-up: when hashed handles are on but plain ones remain (an interrupted run, a race), hash them now. */
export async function resumeHashing(db: SootheDB): Promise<{ resumed: boolean }> {
  const { hashAuthors } = await getSettings(db);
  if (!hashAuthors) return { resumed: false };
  let remains = false;
  await db.cases.each((c) => void (c.author !== undefined && !(typeof c.author === 'string' && isHashed(c.author)) && (remains = true)));
  if (!remains) await db.events.each((e) => void (e.context?.author !== undefined && !(typeof e.context.author === 'string' && isHashed(e.context.author)) && (remains = true)));
  if (!remains) return { resumed: false };
  await updateSettingsHashing(db, {});
  return { resumed: true };
}
