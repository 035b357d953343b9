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
import { FUTURE_SLACK_MS, checkCase, checkEvent, type ImportRefusal } from './schema';
export { formatRefusal, type ImportRefusal } from './schema';

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

/**
 * Every text field is quoted, so a separator inside it stays inside it, whether the spreadsheet splits
 * on "," or (Polish, Greek and other locales) on ";". Text that a spreadsheet could run as a formula
 * gets a leading apostrophe, at the start of the field and after every ";", tab or line break in it:
 * those are the places where a spreadsheet that splits differently than we quote would start a cell.
 * Numbers and booleans are written as they are (they are never formulas).
 */
export function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return String(v);
  const s = (typeof v === 'string' ? v : safeString(v)).replace(FORMULA_START, "$1'");
  return `"${s.replace(/"/g, '""')}"`;
}

const FORMULA_START = /(^|[;\t\r\n])(?=[=+\-@\t\r])/g;

/** Stored data of the wrong type (an old or hand-edited log) is written as JSON, never thrown on. */
function safeString(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** ISO time, or nothing for a value that is not a representable time (an export must never throw on stored data). */
const iso = (ms: unknown) => {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};
const minutes = (ms: number | undefined) => (typeof ms !== 'number' || !Number.isFinite(ms) ? undefined : Math.round(ms / 6000) / 10);

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
    Array.isArray(c.templateIds) ? c.templateIds.join(' ') : c.templateIds,
  ];
}

function eventRow(e: LogEvent): unknown[] {
  return [e.id, e.type, iso(e.at), e.platform, e.postId, e.templateId, e.replyId, e.context?.url];
}

export async function exportCsv(db: SootheDB, table: 'cases' | 'events' = 'cases'): Promise<string> {
  const lines: string[] = [];
  if (table === 'cases') {
    lines.push(CASE_COLUMNS.join(','));
    // Not through the index: a row whose time is not a number would be missing from it, and so from the file.
    const cases = (await db.cases.toArray()).sort((a, b) => (Number(a.firstSeenAt) || 0) - (Number(b.firstSeenAt) || 0));
    for (const c of cases) lines.push(caseRow(c).map(csvField).join(','));
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
  /** Rows refused by the schema (lib/log/schema.ts), each with where and why; the other rows went in. */
  refused: ImportRefusal[];
  /** How many were refused in all (`refused` lists at most MAX_LISTED_REFUSALS). */
  refusedCount: number;
}

export const MAX_LISTED_REFUSALS = 50;

export interface ParsedExport {
  cases: Case[];
  events: LogEventInput[];
  refused: ImportRefusal[];
  refusedCount: number;
}

/** Reads an export: the document must be one; each row is checked on its own and a bad row is refused, not the file. */
export function parseExport(text: string, now: number = Date.now()): ParsedExport {
  let doc: Partial<LogExport>;
  try {
    doc = JSON.parse(text) as Partial<LogExport>;
  } catch (err) {
    throw new LogInputError(`This is not a Soothe export: not valid JSON (${(err as Error).message}).`);
  }
  if (!doc || typeof doc !== 'object' || doc.format !== EXPORT_FORMAT) throw new LogInputError('This is not a Soothe log export (format is not "soothe-log").');
  if (doc.version !== EXPORT_VERSION) throw new LogInputError(`Unsupported export version ${JSON.stringify(doc.version)}.`);
  if (!Array.isArray(doc.cases) || !Array.isArray(doc.events)) throw new LogInputError('The export has no cases/events lists.');
  const refused: ImportRefusal[] = [];
  let refusedCount = 0;
  const refuse = (r: ImportRefusal) => {
    refusedCount++;
    if (refused.length < MAX_LISTED_REFUSALS) refused.push(r);
  };
  const idOf = (x: unknown, k: 'id' | 'key') => {
    const v = x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined;
    return typeof v === 'string' ? { id: v.slice(0, 80) } : {};
  };
  const cases: Case[] = [];
  (doc.cases as unknown[]).forEach((row, i) => {
    const checked = checkCase(row, now);
    if (!checked.ok) return refuse({ row: `cases[${i}]`, ...idOf(row, 'key'), field: checked.field, message: checked.message });
    const c = checked.value;
    cases.push({ ...c, status: statusOf(c) });
  });
  const events: LogEventInput[] = [];
  (doc.events as unknown[]).forEach((row, i) => {
    const checked = checkEvent(row, now);
    if (!checked.ok) return refuse({ row: `events[${i}]`, ...idOf(row, 'id'), field: checked.field, message: checked.message });
    events.push(checked.value);
  });
  return { cases, events, refused, refusedCount };
}

/**
 * Merges an export into the log: events already present (same id or same fact) are skipped, cases
 * merged. Rows the schema refuses are reported in the result and left out; the others go in.
 */
export async function importJson(db: SootheDB, text: string, now: number = Date.now()): Promise<ImportResult> {
  const parsed = parseExport(text, now);
  const events = await prepareEvents(db, parsed.events, now); // hashes authors if set
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
      return { eventsAdded: recorded, eventsSkipped: duplicates, casesAdded, casesMerged, refused: parsed.refused, refusedCount: parsed.refusedCount };
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
    // Times beyond tomorrow cannot be real (the schema refuses them now; older versions stored them):
    // without this they would outlive every retention period.
    const future = now + FUTURE_SLACK_MS;
    return await db.transaction('rw', [...logWriteTables(db), db.alerts], async () => {
      const removedEvents = [
        ...(await db.events.where('[type+at]').between(['template_inserted', -Infinity], ['template_inserted', cutoff]).toArray()),
        ...(await db.events.where('[type+at]').between(['template_inserted', future], ['template_inserted', Infinity], false, true).toArray()),
      ];
      const removedCases = [
        ...(await db.cases.where('lastEventAt').below(cutoff).toArray()),
        ...(await db.cases.where('lastEventAt').above(future).toArray()),
      ];
      await updateRollups(db, { cases: removedCases.map((c) => ({ before: c, after: undefined })), removedEvents });
      await db.alerts.where('lastAt').below(cutoff).delete(); // a wave's words and links are kept no longer than its complaints
      return {
        events: (await db.events.where('at').below(cutoff).delete()) + (await db.events.where('at').above(future).delete()),
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
