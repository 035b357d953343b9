/** The background's message handlers: the only code that touches the database on behalf of others. */
import type { SootheDB } from '../log/db';
import { recordInsertion, summarise } from '../log/insertions';
import type { Handlers } from './router';
import { LogWriteError } from '../log/errors';
import { applyRetention, deleteAll, exportCsv, exportJson, importJson } from '../log/export';
import type { LogEventInput } from '../log/events';
import { recordEvent, recordTogether } from '../log/record';
import { checkReply } from '../rules';
import { ruleLang } from './rule-lang';
import { getSettings, updateSettings } from '../log/settings';
import { loadStats } from '../log/stats';
import { loadOverdueHandOffs } from '../handoff/overdue';
import { updateSettingsHashing } from '../log/privacy';
import { editStats } from '../health/edit';
import type { LogMessageType, WriteFailureNotice } from './protocol';

/** Longer texts are not compared word by word (the edit ratio is an LCS over words). */
const MAX_REPLY_CHARS = 20_000;

export interface HandlerHooks {
  /** An event was stored (not a duplicate, not a retry): what the background learns from (template choices). */
  onRecorded?(event: LogEventInput): void;
}

export function createHandlers(db: SootheDB, now: () => number = Date.now, hooks: HandlerHooks = {}): Pick<Handlers, LogMessageType> {
  // The last refused write, shown in the popup. In memory: if the disk is full it could not be stored anyway.
  let writeFailure: WriteFailureNotice | null = null;
  /** Runs a write; remembers a refusal for the popup and rethrows it (its message is meant for the user). */
  async function writing<R>(work: () => Promise<R>): Promise<R> {
    try {
      const result = await work();
      writeFailure = null;
      return result;
    } catch (err) {
      if (err instanceof LogWriteError) writeFailure = { at: now(), kind: err.kind, message: err.message };
      throw err;
    }
  }
  return {
    'log:insertion': async (rec) => ({ id: await writing(() => recordInsertion(db, rec, now())) }),
    'stats:summary': () => summarise(db),
    'log:event': async (event) => {
      const { status } = await writing(() => recordEvent(db, event, now()));
      if (status === 'recorded') hooks.onRecorded?.(event);
      return { status };
    },
    'case:sent': async ({ event: sentEvent, text, inserted }) => {
      if (sentEvent?.type !== 'reply_sent') throw new Error('case:sent carries a reply_sent event.');
      if (typeof text !== 'string') throw new Error('case:sent carries the reply text.');
      // Template health: how much of the inserted template survived, as counts and a few phrases.
      const fromTemplate = inserted && typeof inserted.templateId === 'string' && typeof inserted.text === 'string' && inserted.text.length <= MAX_REPLY_CHARS && text.length <= MAX_REPLY_CHARS;
      const event: LogEventInput = fromTemplate ? { ...sentEvent, edit: { templateId: inserted.templateId, ...editStats(inserted.text, text) } } : sentEvent;
      // The background decides: a reply that invites the customer to a private channel moves the case private.
      const movedPrivate = checkReply(text, { lang: ruleLang(event.context?.lang), platform: event.platform }).private;
      const together: LogEventInput[] = [event];
      if (movedPrivate && event.postId) together.push({ id: `${event.id}:private`, type: 'moved_private', at: event.at, platform: event.platform, postId: event.postId, ...(event.context ? { context: event.context } : {}) });
      const statuses = await writing(() => recordTogether(db, together, now()));
      statuses.forEach((status, i) => status === 'recorded' && hooks.onRecorded?.(together[i]!));
      return { status: statuses[0]!, movedPrivate };
    },
    'stats:period': async (req) => {
      const at = req.now ?? now();
      const [stats, overdueHandOffs] = await Promise.all([loadStats(db, { ...req, now: at }), loadOverdueHandOffs(db, at)]);
      return { ...stats, writeFailure, overdueHandOffs };
    },
    'log:export': async ({ format, table }) => {
      const stamp = new Date(now()).toISOString().slice(0, 10);
      if (format === 'json') return { filename: `soothe-log-${stamp}.json`, mimeType: 'application/json', content: await exportJson(db, now()) };
      const which = table ?? 'cases';
      return { filename: `soothe-${which}-${stamp}.csv`, mimeType: 'text/csv', content: await exportCsv(db, which) };
    },
    'log:import': ({ json }) => writing(() => importJson(db, typeof json === 'string' ? json : '', now())),
    'log:deleteAll': async () => {
      await writing(() => deleteAll(db));
      return { deleted: true as const };
    },
    'log:setRetention': ({ days }) =>
      writing(async () => {
        const { retentionDays } = await updateSettings(db, { retentionDays: days });
        const removed = retentionDays === null ? { events: 0, cases: 0 } : await applyRetention(db, retentionDays, now());
        return { retentionDays, removedEvents: removed.events, removedCases: removed.cases };
      }),
    'log:settings': () => getSettings(db),
    'log:updateSettings': ({ patch }) =>
      writing(async () => {
        // Hashed handles: the setting and the hashing of what is stored are one transaction (privacy.ts).
        const next = await updateSettingsHashing(db, patch ?? {});
        if (typeof patch?.retentionDays === 'number') await applyRetention(db, patch.retentionDays, now());
        return next;
      }),
  };
}
