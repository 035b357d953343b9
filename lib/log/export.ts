/**
 * Taking the log out and back in, and throwing it away: JSON and CSV export, import that merges
 * without duplicates, delete everything, retention.
 */
import { mergeCases, statusOf } from './case-merge';
import { LATEST_VERSION, type SootheDB } from './db';
import { LogInputError, toLogWriteError } from './errors';
import type { Case, LogEvent, LogEventInput } from './events';
import { prepareEvents, writePrepared } from './record';
import { clearRollups, logWriteTables, updateRollups } from './rollups';
import { getAuthorSalt, getSettings, hashHandle } from './settings';
import { isPlatform } from '../sites/types';

const DAY = 24 * 60 * 60 * 1000;
export const EXPORT_FORMAT = 'soothe-log';
export const EXPORT_VERSION = 1;

export interface LogExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  schema: number;
  exportedAt: string;
  cases: Case[];
  events: LogEventInput[];
}

export async function exportJson(db: SootheDB, now = Date.now()): Promise<string> {
  const [cases, events] = await db.transaction('r', db.cases, db.events, () =>
    Promise.all([db.cases.toArray(), db.events.orderBy('seq').toArray()]),
  );
  const doc: LogExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: LATEST_VERSION,
    exportedAt: new Date(now).toISOString(),
    cases,
    // seq and caseKey are local bookkeeping, recomputed on import.
    events: events.map(({ seq: _seq, caseKey: _caseKey, ...e }) => e),
  };
  return JSON.stringify(doc);
}

// --- CSV -------------------------------------------------------------------------------------------

/** Quotes when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const minutes = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms / 6000) / 10);

export const CASE_COLUMNS = [
  'platform', 'post_id', 'url', 'thread_id', 'language', 'category', 'severity', 'author', 'status',
  'posted_at', 'first_seen_at', 'first_opened_at', 'first_reply_at', 'resolved_at',
  'first_response_minutes', 'handling_minutes', 'templates',
] as const;
export const EVENT_COLUMNS = ['id', 'type', 'at', 'platform', 'post_id', 'template_id', 'reply_id', 'url'] as const;

function caseRow(c: Case): unknown[] {
  const start = c.postedAt ?? c.firstSeenAt;
  return [
    c.platform, c.postId, c.url, c.threadId, c.lang, c.category, c.severity, c.author, c.status,
    iso(c.postedAt), iso(c.firstSeenAt), iso(c.firstOpenedAt), iso(c.firstReplyAt), iso(c.resolvedAt),
    c.firstReplyAt === undefined ? undefined : minutes(Math.max(0, c.firstReplyAt - start)),
    c.firstReplyAt === undefined || c.firstOpenedAt === undefined || c.firstOpenedAt > c.firstReplyAt
      ? undefined
      : minutes(c.firstReplyAt - c.firstOpenedAt),
    c.templateIds.join(' '),
  ];
}

function eventRow(e: LogEvent): unknown[] {
  return [e.id, e.type, iso(e.at), e.platform, e.postId, e.templateId, e.replyId, e.context?.url];
}

export async function exportCsv(db: SootheDB, table: 'cases' | 'events' = 'cases'): Promise<string> {
  const lines: string[] = [];
  if (table === 'cases') {
    lines.push(CASE_COLUMNS.join(','));
    for (const c of await db.cases.orderBy('firstSeenAt').toArray()) lines.push(caseRow(c).map(csvField).join(','));
  } else {
    lines.push(EVENT_COLUMNS.join(','));
    for (const e of await db.events.orderBy('seq').toArray()) lines.push(eventRow(e).map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

// --- import ----------------------------------------------------------------------------------------

export interface ImportResult {
  eventsAdded: number;
  eventsSkipped: number;
  casesAdded: number;
  casesMerged: number;
}

const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function checkCase(c: unknown, i: number): Case {
  const where = `cases[${i}]`;
  const x = c as Partial<Case> | null;
  if (!x || typeof x !== 'object') throw new LogInputError(`${where}: not an object.`);
  if (!isPlatform(x.platform)) throw new LogInputError(`${where}: unknown platform.`);
  if (typeof x.postId !== 'string' || !x.postId) throw new LogInputError(`${where}: postId missing.`);
  if (x.key !== `${x.platform}:${x.postId}`) throw new LogInputError(`${where}: key does not match platform and postId.`);
  if (!isTime(x.firstSeenAt) || !isTime(x.lastEventAt)) throw new LogInputError(`${where}: firstSeenAt/lastEventAt must be times.`);
  for (const f of ['postedAt', 'firstOpenedAt', 'firstReplyAt', 'movedPrivateAt', 'resolvedAt', 'followUpDueAt', 'followUpDoneAt'] as const)
    if (x[f] !== undefined && !isTime(x[f])) throw new LogInputError(`${where}: ${f} must be a time.`);
  if (!Array.isArray(x.templateIds) || !x.templateIds.every((t) => typeof t === 'string'))
    throw new LogInputError(`${where}: templateIds must be a list of strings.`);
  const out = { ...x } as Case;
  out.status = statusOf(out);
  return out;
}

export function parseExport(text: string): { cases: Case[]; events: LogEventInput[] } {
  let doc: Partial<LogExport>;
  try {
    doc = JSON.parse(text) as Partial<LogExport>;
  } catch (err) {
    throw new LogInputError(`This is not a Soothe export: not valid JSON (${(err as Error).message}).`);
  }
  if (!doc || doc.format !== EXPORT_FORMAT) throw new LogInputError('This is not a Soothe log export (format is not "soothe-log").');
  if (doc.version !== EXPORT_VERSION) throw new LogInputError(`Unsupported export version ${JSON.stringify(doc.version)}.`);
  if (!Array.isArray(doc.cases) || !Array.isArray(doc.events)) throw new LogInputError('The export has no cases/events lists.');
  return { cases: doc.cases.map(checkCase), events: doc.events as LogEventInput[] };
}

/** Merges an export into the log: events already present (same id or same fact) are skipped, cases merged. */
export async function importJson(db: SootheDB, text: string): Promise<ImportResult> {
  const parsed = parseExport(text);
  const events = await prepareEvents(db, parsed.events); // validates each event, hashes authors if set
  const settings = await getSettings(db);
  const salt = settings.hashAuthors && parsed.cases.some((c) => c.author && !c.author.startsWith('sha256:')) ? await getAuthorSalt(db) : null;
  const cases: Case[] = [];
  for (const c of parsed.cases) cases.push(salt && c.author && !c.author.startsWith('sha256:') ? { ...c, author: await hashHandle(salt, c.author) } : c);
  try {
    return await db.transaction('rw', logWriteTables(db), async () => {
      const keys = cases.map((c) => c.key);
      const before = await db.cases.bulkGet(keys);
      const { recorded, duplicates } = await writePrepared(db, events);
      const after = await db.cases.bulkGet(keys); // now including what the imported events said
      const casesMerged = before.filter(Boolean).length;
      const casesAdded = cases.length - casesMerged;
      const merged = cases.map((c, i) => {
        const current = after[i];
        return current ? mergeCases(current, c) : mergeCases(c, c);
      });
      await db.cases.bulkPut(merged);
      await updateRollups(db, { cases: merged.map((c, i) => ({ before: after[i], after: c })) });
      return { eventsAdded: recorded, eventsSkipped: duplicates, casesAdded, casesMerged };
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}

// --- deletion and retention ------------------------------------------------------------------------

/** Deletes every case and event, and the author-hash salt (so old hashes cannot be linked to new ones). */
export async function deleteAll(db: SootheDB): Promise<void> {
  try {
    await db.transaction('rw', [...logWriteTables(db), db.settings, db.alerts], async () => {
      await db.events.clear();
      await db.cases.clear();
      await clearRollups(db);
      await db.alerts.clear(); // radar alerts carry complaint links and words: they go with the log
      await db.settings.delete('log.authorSalt');
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}

/** Drops events older than `days` and cases with no activity since then. */
export async function applyRetention(db: SootheDB, days: number, now = Date.now()): Promise<{ events: number; cases: number }> {
  if (!(Number.isInteger(days) && days >= 1)) throw new LogInputError('Retention must be a whole number of days (1 or more).');
  const cutoff = now - days * DAY;
  try {
    return await db.transaction('rw', [...logWriteTables(db), db.alerts], async () => {
      const removedEvents = await db.events.where('[type+at]').between(['template_inserted', -Infinity], ['template_inserted', cutoff]).toArray();
      const removedCases = await db.cases.where('lastEventAt').below(cutoff).toArray();
      await updateRollups(db, { cases: removedCases.map((c) => ({ before: c, after: undefined })), removedEvents });
      await db.alerts.where('lastAt').below(cutoff).delete(); // a wave's words and links are kept no longer than its complaints
      return {
        events: await db.events.where('at').below(cutoff).delete(),
        cases: await db.cases.bulkDelete(removedCases.map((c) => c.key)).then(() => removedCases.length),
      };
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}

/** Applies the stored retention setting (for the background's daily alarm); nothing when unset. */
export async function applyRetentionFromSettings(db: SootheDB, now = Date.now()): Promise<{ events: number; cases: number }> {
  const { retentionDays } = await getSettings(db);
  return retentionDays === null ? { events: 0, cases: 0 } : applyRetention(db, retentionDays, now);
}
