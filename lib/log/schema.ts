/**
 * The one strict schema for what enters the log: an event from a content script or page, and the
 * events and cases of an imported export. Everything here is untrusted (the page is hostile, files are
 * hand-edited), so every field has a type, a length and, for times, a sane range; enums are closed.
 * Unknown fields are dropped. A refusal names the field, e.g. `context.category: must be one of …`.
 *
 * `readableCase` is the lenient twin for data already stored (older versions were looser): it keeps
 * what is valid and drops what is not, so the popup and exports never break on old rows.
 */
import * as v from 'valibot';
import { CATEGORIES, SEVERITIES } from '../triage/categories';
import { isPlatform, type Platform } from '../sites/types';
import { cleanEditStats } from '../health/edit';
import { cleanTerms } from '../radar/terms';
import { AUTHOR_NAME_MAX, EVENT_TYPES, EXCERPT_MAX, type Case, type CaseContext, type LogEventInput } from './events';

const DAY = 24 * 60 * 60 * 1000;
/** Nothing Soothe logs happened before this (X and Facebook are younger); older is a broken clock or a unit mistake. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** Clocks differ a little between machines; a day ahead is allowed, more is refused. */
export const FUTURE_SLACK_MS = DAY;
/** Due dates (follow-ups, hand-offs) lie ahead by design, but not by years. */
const DUE_AHEAD_MS = 400 * DAY;
export const ID_MAX = 200;
export const URL_MAX = 2048;
const DEDUPE_MAX = 1000;
const TEMPLATE_IDS_MAX = 500;
export const LANGS = ['en', 'pl', 'el', 'other'] as const;
const STATUSES = ['open', 'answered', 'private', 'resolved'] as const;

const oneOf = (list: readonly string[]) => `must be one of ${list.join(', ')}`;

const shortString = (max = ID_MAX) =>
  v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

/** A time in ms since 1970, from 2000 up to `now` + `ahead`. */
function time(now: number, ahead = FUTURE_SLACK_MS) {
  const latest = now + ahead;
  return v.pipe(
    v.number('must be a time in ms (a number)'),
    v.finite('must be a finite time in ms'),
    v.minValue(EARLIEST_TIME, 'must not be before the year 2000'),
    v.maxValue(latest, `must not be later than ${new Date(latest).toISOString()}`),
  );
}

const platform = v.custom<Platform>(isPlatform, 'must be "x", "facebook" or "web:<host>"');

const webUrl = v.pipe(
  v.string('must be a string'),
  v.maxLength(URL_MAX, `must be at most ${URL_MAX} characters`),
  v.check((s) => /^https?:\/\//i.test(s), 'must be an http(s) address'),
);

function contextSchema(now: number) {
  return v.object({
    threadId: v.optional(shortString()),
    url: v.optional(webUrl),
    lang: v.optional(v.picklist(LANGS, oneOf(LANGS))),
    category: v.optional(v.picklist(CATEGORIES, oneOf(CATEGORIES))),
    severity: v.optional(v.picklist(SEVERITIES, oneOf(SEVERITIES))),
    postedAt: v.optional(time(now)),
    author: v.optional(shortString()),
    authorName: v.optional(shortString(AUTHOR_NAME_MAX)),
    excerpt: v.optional(shortString(EXCERPT_MAX)),
    isComplaint: v.optional(v.boolean('must be true or false')),
    terms: v.optional(v.custom<string[]>((x) => cleanTerms(x) !== null, 'must be a short list of short words')),
  }, 'must be an object');
}

/** Template health (lib/health/edit.ts): counts, a ratio and a few short phrases, never the text. */
const editSchema = v.pipe(
  // looseObject: the counts and phrases must reach the check below (a plain object schema drops unknown keys).
  v.looseObject({ templateId: shortString() }, 'must be an object'),
  v.check((e) => cleanEditStats(e) !== null, 'must give word counts, a ratio 0..1 and a few short phrases'),
  v.transform((e) => ({ templateId: e.templateId, ...cleanEditStats(e)! })),
);

/** What triage said of a post, or what the manager set it to (triage_corrected). */
const verdictSchema = v.object({
  complaint: v.boolean('must be true or false'),
  category: v.picklist(CATEGORIES, oneOf(CATEGORIES)),
}, 'must be an object');
const correctionSchema = v.object({ from: verdictSchema, to: verdictSchema }, 'must be an object');

const handOffSchema = v.object({
  department: v.pipe(shortString(), v.check((s) => s.trim().length > 0, 'must not be blank')),
  agreedMs: v.pipe(v.number('must be a duration in ms'), v.finite('must be finite'), v.minValue(1, 'must be positive'), v.maxValue(DUE_AHEAD_MS, 'must be under 400 days')),
}, 'must be an object');

export function eventSchema(now: number) {
  return v.pipe(
    v.object({
      id: shortString(),
      type: v.picklist(EVENT_TYPES, `unknown type; ${oneOf(EVENT_TYPES)}`),
      at: time(now),
      platform,
      postId: v.nullable(shortString()),
      templateId: v.optional(shortString()),
      replyId: v.optional(shortString()),
      dedupeKey: v.optional(shortString(DEDUPE_MAX)),
      context: v.optional(contextSchema(now)),
      handOff: v.optional(handOffSchema),
      edit: v.optional(editSchema),
      correction: v.optional(correctionSchema),
    }, 'an event must be an object'),
    v.check((e) => e.type !== 'handed_off' || e.handOff !== undefined, 'a hand-off names its department and agreed reply time (handOff)'),
    v.check((e) => e.type !== 'triage_corrected' || e.correction !== undefined, 'a triage correction says what triage said and what it was set to (correction)'),
  );
}

export function caseSchema(now: number) {
  const t = time(now);
  const due = time(now, DUE_AHEAD_MS);
  return v.pipe(
    v.object({
      key: shortString(ID_MAX + 300),
      platform,
      postId: shortString(),
      threadId: v.optional(shortString()),
      url: v.optional(webUrl),
      lang: v.optional(v.picklist(LANGS, oneOf(LANGS))),
      category: v.optional(v.picklist(CATEGORIES, oneOf(CATEGORIES))),
      severity: v.optional(v.picklist(SEVERITIES, oneOf(SEVERITIES))),
      author: v.optional(shortString()),
      authorName: v.optional(shortString(AUTHOR_NAME_MAX)),
      excerpt: v.optional(shortString(EXCERPT_MAX)),
      isComplaint: v.optional(v.boolean('must be true or false')),
      postedAt: v.optional(t),
      firstSeenAt: t,
      firstOpenedAt: v.optional(t),
      firstReplyAt: v.optional(t),
      movedPrivateAt: v.optional(t),
      resolvedAt: v.optional(t),
      followUpDueAt: v.optional(due),
      followUpDoneAt: v.optional(t),
      handedOff: v.optional(v.boolean('must be true or false')),
      handedOffTo: v.optional(shortString()),
      handedOffAt: v.optional(t),
      handOffDueAt: v.optional(due),
      status: v.optional(v.picklist(STATUSES, oneOf(STATUSES))),
      correctedFrom: v.optional(verdictSchema),
      templateIds: v.pipe(v.array(shortString(), 'must be a list of template ids'), v.maxLength(TEMPLATE_IDS_MAX, `must list at most ${TEMPLATE_IDS_MAX} templates`)),
      lastEventAt: t,
    }, 'a case must be an object'),
    v.check((c) => c.key === `${c.platform}:${c.postId}`, 'key: must be "<platform>:<postId>"'),
  );
}

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const issue = issues[0]!;
  const path = v.getDotPath(issue);
  return { field: path ?? '', message: issue.message };
}

function check<T>(schema: v.GenericSchema<unknown, unknown>, input: unknown): Checked<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output as T };
  return { ok: false, ...firstIssue(result.issues) };
}

/** Schemas are built per minute of `now` (the time bounds move with it), not per row. */
function perMinute<S>(build: (now: number) => S): (now: number) => S {
  let minute = NaN;
  let schema: S | undefined;
  return (now) => {
    const m = Math.floor(now / 60_000);
    if (m !== minute || !schema) (minute = m), (schema = build(m * 60_000 + 60_000));
    return schema;
  };
}
const events = perMinute(eventSchema);
const cases = perMinute(caseSchema);

export const checkEvent = (input: unknown, now: number = Date.now()): Checked<LogEventInput> => check<LogEventInput>(events(now), input);
export const checkCase = (input: unknown, now: number = Date.now()): Checked<Case> => check<Case>(cases(now), input);

/** `"field" message`, or the message alone for the whole object. */
export const describeRefusal = (r: { field: string; message: string }) => (r.field ? `"${r.field}" ${r.message}` : r.message);

export interface ImportRefusal {
  /** `events[12]` / `cases[3]`: the row in the file's list (counted from 0). */
  row: string;
  /** The row's `id` (events) or `key` (cases), when it had a readable one. */
  id?: string;
  /** Dotted path of the refused field, e.g. `context.category`; empty for the row as a whole. */
  field: string;
  message: string;
}

/** "events[3] (id "e1"): at: must not be later than …" */
export function formatRefusal(r: ImportRefusal): string {
  return `${r.row}${r.id ? ` (${JSON.stringify(r.id)})` : ''}: ${describeRefusal(r)}`;
}

// --- reading what is already stored ----------------------------------------------------------------

const str = (x: unknown, max = ID_MAX) => (typeof x === 'string' && x.length > 0 ? x.slice(0, max) : undefined);
const finiteTime = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= EARLIEST_TIME && x < 8.64e15 ? x : undefined);
const pick = <T extends string>(x: unknown, list: readonly T[]) => (list.includes(x as T) ? (x as T) : undefined);

/**
 * A stored case as the popup and exports may use it: wrong-typed fields dropped, labels cut to length.
 * Null when the row is unusable (no platform, post or first-seen time). Never throws.
 */
export function readableCase(c: unknown): Case | null {
  if (!c || typeof c !== 'object') return null;
  const x = c as Record<string, unknown>;
  const postId = str(x.postId);
  const firstSeenAt = finiteTime(x.firstSeenAt);
  if (!isPlatform(x.platform) || !postId || firstSeenAt === undefined) return null;
  const out: Record<string, unknown> = {
    key: `${x.platform}:${postId}`,
    platform: x.platform,
    postId,
    firstSeenAt,
    status: pick(x.status, STATUSES) ?? 'open',
    templateIds: Array.isArray(x.templateIds) ? x.templateIds.filter((t): t is string => typeof t === 'string').map((t) => t.slice(0, ID_MAX)) : [],
    lastEventAt: finiteTime(x.lastEventAt) ?? firstSeenAt,
  };
  const url = str(x.url, URL_MAX);
  if (url && /^https?:\/\//i.test(url)) out.url = url;
  for (const k of ['threadId', 'author', 'handedOffTo'] as const) if (str(x[k])) out[k] = str(x[k]);
  if (str(x.authorName)) out.authorName = str(x.authorName, AUTHOR_NAME_MAX);
  if (str(x.excerpt)) out.excerpt = str(x.excerpt, EXCERPT_MAX);
  if (pick(x.lang, LANGS)) out.lang = x.lang;
  if (pick(x.category, CATEGORIES)) out.category = x.category;
  if (pick(x.severity, SEVERITIES)) out.severity = x.severity;
  for (const k of ['isComplaint', 'handedOff'] as const) if (typeof x[k] === 'boolean') out[k] = x[k];
  const from = x.correctedFrom as Record<string, unknown> | undefined;
  if (from && typeof from === 'object' && typeof from.complaint === 'boolean' && pick(from.category, CATEGORIES)) out.correctedFrom = { complaint: from.complaint, category: from.category };
  for (const k of ['postedAt', 'firstOpenedAt', 'firstReplyAt', 'movedPrivateAt', 'resolvedAt', 'followUpDueAt', 'followUpDoneAt', 'handedOffAt', 'handOffDueAt'] as const)
    if (finiteTime(x[k]) !== undefined) out[k] = x[k];
  return out as unknown as Case;
}

/** A stored event's template id and context, as the stats may use them. Never throws. */
export function readableTemplateId(e: { templateId?: unknown }): string | undefined {
  return str(e.templateId);
}

export type { CaseContext };
