/**
 * Writing to the log. Every write is one transaction over events + cases, so a service worker killed
 * mid-write leaves either both or neither; a retried event (same id) or the same fact reported twice
 * (same de-duplication key) is stored once. Refused writes surface as LogWriteError, never silently.
 */
import { applyEvent } from './case-merge';
import type { SootheDB } from './db';
import { LogInputError, toLogWriteError } from './errors';
import { caseKeyOf, defaultDedupeKey, type Case, type LogEvent, type LogEventInput } from './events';
import { getAuthorSalt, getSettings, hashHandle } from './settings';
import { checkEvent, describeRefusal } from './schema';
import { logWriteTables, updateRollups } from './rollups';

export type RecordStatus = 'recorded' | 'duplicate';
export interface RecordResult {
  status: RecordStatus;
  /** Row number of the stored event (the existing one for a duplicate), when known. */
  seq: number | null;
}

/** The event as the schema (lib/log/schema.ts) lets it in, unknown fields dropped; a refusal names the field. */
export function validateEvent(e: unknown, now: number = Date.now()): LogEventInput {
  const checked = checkEvent(e, now);
  if (checked.ok) return checked.value;
  const id = e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? (e as { id: string }).id.slice(0, 80) : null;
  throw new LogInputError(`event ${JSON.stringify(id)}: ${describeRefusal(checked)}.`);
}

/** Normalises an input into the stored shape. Hashes the author first (async work cannot run inside a Dexie transaction). */
async function prepare(raw: LogEventInput, salt: () => Promise<string | null>, now: number): Promise<LogEvent> {
  const input = validateEvent(raw, now);
  const event: LogEvent = {
    ...input,
    caseKey: caseKeyOf(input.platform, input.postId),
    dedupeKey: input.dedupeKey ?? defaultDedupeKey(input),
  };
  delete event.seq;
  const author = input.context?.author;
  if (author !== undefined && !author.startsWith('sha256:')) {
    const s = await salt();
    if (s !== null) {
      // Hashed handles: the shown name would say who it was just as well, so it is not kept.
      const { authorName: _name, ...context } = input.context!;
      event.context = { ...context, author: await hashHandle(s, author) };
    }
  } else if (input.context?.authorName !== undefined && (await salt()) !== null) {
    const { authorName: _name, ...context } = input.context;
    event.context = context;
  }
  return event;
}

/** Salt when the user asked for hashed handles, else null (keep as shown). Looked up at most once per call. */
function saltLoader(db: SootheDB): () => Promise<string | null> {
  let cached: Promise<string | null> | undefined;
  return () => (cached ??= getSettings(db).then((s) => (s.hashAuthors ? getAuthorSalt(db) : null)));
}

export async function recordEvent(db: SootheDB, input: LogEventInput, now: number = Date.now()): Promise<RecordResult> {
  const event = await prepare(input, saltLoader(db), now);
  try {
    return await db.transaction('rw', logWriteTables(db), async () => {
      const sameId = await db.events.get({ id: event.id });
      if (sameId) return { status: 'duplicate' as const, seq: sameId.seq ?? null };
      const sameFact = event.dedupeKey === `id:${event.id}` ? undefined : await db.events.get({ dedupeKey: event.dedupeKey });
      // A second report of the same fact may still carry context the first lacked, or an earlier time.
      const current = event.caseKey ? await db.cases.get(event.caseKey) : undefined;
      const next = applyEvent(current, event);
      if (next && next !== current) await db.cases.put(next);
      const added = sameFact ? [] : [event];
      await updateRollups(db, { cases: [{ before: current, after: next }], addedEvents: added }); // same transaction
      if (sameFact) return { status: 'duplicate' as const, seq: sameFact.seq ?? null };
      const seq = (await db.events.add(event)) as number;
      return { status: 'recorded' as const, seq };
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}

export interface BulkResult {
  recorded: number;
  duplicates: number;
}

/** Validates and normalises events (hashing authors when asked). Must run before, not inside, a transaction. */
export async function prepareEvents(db: SootheDB, inputs: LogEventInput[], now: number = Date.now()): Promise<LogEvent[]> {
  const salt = saltLoader(db);
  const events: LogEvent[] = [];
  for (const input of inputs) events.push(await prepare(input, salt, now));
  return events;
}

/** Writes prepared events; call inside a rw transaction over logWriteTables(db). `statuses`, when given, gets each event's outcome in order. */
export async function writePrepared(db: SootheDB, events: LogEvent[], statuses?: RecordStatus[]): Promise<BulkResult> {
  // Point lookups on the unique indexes: anyOf() over a large batch walks the index far more slowly.
  const known = await Promise.all(events.map((e) => db.events.get({ id: e.id })));
  const ids = new Set(known.filter((e) => e !== undefined).map((e) => e.id));
  const factKeys = events.filter((e) => e.dedupeKey !== `id:${e.id}`).map((e) => e.dedupeKey);
  const knownFacts = await Promise.all(factKeys.map((k) => db.events.get({ dedupeKey: k })));
  const facts = new Set(knownFacts.filter((e) => e !== undefined).map((e) => e.dedupeKey));
  const caseKeys = [...new Set(events.map((e) => e.caseKey).filter((k): k is string => k !== null))];
  const cases = new Map<string, Case>();
  (await db.cases.bulkGet(caseKeys)).forEach((c) => c && cases.set(c.key, c));
  const before = new Map(cases);
  const touched = new Set<string>();
  const fresh: LogEvent[] = [];
  let duplicates = 0;
  for (const e of events) {
    if (ids.has(e.id)) {
      duplicates++;
      statuses?.push('duplicate');
      continue;
    }
    ids.add(e.id);
    if (e.caseKey) {
      const next = applyEvent(cases.get(e.caseKey), e);
      if (next) {
        cases.set(e.caseKey, next);
        touched.add(e.caseKey);
      }
    }
    if (facts.has(e.dedupeKey)) {
      duplicates++;
      statuses?.push('duplicate');
      continue;
    }
    facts.add(e.dedupeKey);
    fresh.push(e);
    statuses?.push('recorded');
  }
  await db.events.bulkAdd(fresh);
  await db.cases.bulkPut([...touched].map((k) => cases.get(k)!));
  await updateRollups(db, { cases: [...touched].map((k) => ({ before: before.get(k), after: cases.get(k) })), addedEvents: fresh });
  return { recorded: fresh.length, duplicates };
}

/** Many events in one transaction (backfill, benchmark). Same guarantees as recordEvent. */
export async function recordEvents(db: SootheDB, inputs: LogEventInput[], now: number = Date.now()): Promise<BulkResult> {
  const events = await prepareEvents(db, inputs, now);
  try {
    return await db.transaction('rw', logWriteTables(db), () => writePrepared(db, events));
  } catch (err) {
    throw toLogWriteError(err);
  }
}

/** Events that belong together (a sent reply and the move private it implies): all or none, in one transaction. Each one's outcome, in order. */
export async function recordTogether(db: SootheDB, inputs: LogEventInput[], now: number = Date.now()): Promise<RecordStatus[]> {
  const events = await prepareEvents(db, inputs, now);
  const statuses: RecordStatus[] = [];
  try {
    await db.transaction('rw', logWriteTables(db), () => writePrepared(db, events, statuses));
  } catch (err) {
    throw toLogWriteError(err);
  }
  return statuses;
}
