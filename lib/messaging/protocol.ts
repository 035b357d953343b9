/**
 * The one typed messaging layer between content scripts / extension pages and the background,
 * which owns the database. Every request names its `type`; the map below fixes its payload and reply.
 * Adding a message = one entry here + one handler in lib/messaging/handlers.ts.
 */
import type { Platform } from '../sites/types';
import type { LogEventInput } from '../log/events';
import type { ImportResult } from '../log/export';
import type { PeriodStats } from '../log/metrics';
import type { OverdueHandOff } from '../handoff/overdue';
import type { LogSettings } from '../log/settings';
import type { StatsRequest } from '../log/stats';
import type { AnalyseRequest, AnalyseResponse, SuggestionView } from '../background/analyse';
import type { RuleReport } from '../rules';
import type { RadarSettings } from '../radar/settings';
import type { PackTemplate } from '../library/pack/pack-schema';
import type { AlertPatch } from '../radar/store';
import type { StoredAlert } from '../radar/types';
import type { HandOffSummary } from '../handoff/summary';
import type { HealthExport, TemplateHealth } from '../health/report';

/** The template a sent reply started from, as inserted: the background turns it into edit counts (never stored as text). */
export interface SentFromTemplate {
  templateId: string;
  text: string;
}

export interface InsertionRecord {
  platform: Platform;
  /** Id of the post being answered, when the adapter could tell. */
  postId: string | null;
  templateId: string;
  /** Page the reply was inserted on (the thread's address, as the user saw it). */
  url: string;
}

export interface StatsSummary {
  insertions: number;
  byPlatform: Partial<Record<Platform, number>>;
  lastInsertionAt: number | null;
}

/** The last refused write to the log since the background started (cleared by the next successful one). */
export interface WriteFailureNotice {
  at: number;
  kind: 'quota' | 'unavailable' | 'unknown';
  message: string;
}

export interface PopupStats extends PeriodStats {
  writeFailure: WriteFailureNotice | null;
  /** Handed-off cases past the reply time agreed with their team (any period: they are due now). */
  overdueHandOffs?: { items: OverdueHandOff[]; total: number };
}

export interface LogExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** Messages of the handling-time log (lib/messaging/handlers.ts). */
export interface LogMessageMap {
  'log:insertion': { request: InsertionRecord; response: { id: number } };
  'stats:summary': { request: Record<string, never>; response: StatsSummary };
  // Handling-time log (lib/log). Write failures come back as { ok: false, error: <message for the user> }.
  'log:event': { request: LogEventInput; response: { status: 'recorded' | 'duplicate' } };
  /**
   * A reply went out: one message. The background records the `reply_sent` event, checks the reply's
   * rules and, when it invites the customer to a private channel, records the case as moved private —
   * in one transaction (lib/messaging/handlers.ts).
   */
  'case:sent': { request: { event: LogEventInput; text: string; inserted?: SentFromTemplate }; response: { status: 'recorded' | 'duplicate'; movedPrivate: boolean } };
  'stats:period': { request: StatsRequest; response: PopupStats };
  'log:export': { request: { format: 'json' | 'csv'; table?: 'cases' | 'events' }; response: LogExportFile };
  'log:import': { request: { json: string }; response: ImportResult };
  'log:deleteAll': { request: Record<string, never>; response: { deleted: true } };
  'log:setRetention': { request: { days: number | null }; response: { retentionDays: number | null; removedEvents: number; removedCases: number } };
  /** Read the log's settings (the panel shows waits against the targets). */
  'log:settings': { request: Record<string, never>; response: LogSettings };
  /** Change them (options page only): retention, hashed handles, targets. */
  'log:updateSettings': { request: { patch: Partial<LogSettings> }; response: LogSettings };
}

/** Messages of the in-page panel (lib/messaging/panel-handlers.ts). */
export interface PanelMessageMap {
  /** Triage the thread, rank suggestions for the post being answered, and say which posts are answered. */
  'panel:analyse': { request: AnalyseRequest; response: AnalyseResponse & { answered: string[] } };
  /** Type-to-search over the whole library, in the languages the manager answers in. */
  'panel:search': { request: { query: string; langs: string[]; platform?: Platform }; response: { suggestions: SuggestionView[] } };
  /** The reply-rule checklist for a draft. */
  'rules:check': { request: { text: string; lang: string; platform?: Platform }; response: RuleReport };
}
export type PanelMessageType = keyof PanelMessageMap;

/** Messages of the crisis radar (lib/messaging/radar-handlers.ts). */
export interface RadarMessageMap {
  /** Active and past waves, and the settings (the crisis procedure's steps). */
  'radar:alerts': { request: Record<string, never>; response: { active: StoredAlert[]; past: StoredAlert[]; settings: RadarSettings; holding?: PackTemplate[] } };
  /** Tick procedure steps, hide the banner. */
  'radar:update': { request: AlertPatch; response: StoredAlert };
  /** The whole wave to a department: each case logged as handed off, and one summary. */
  'radar:handOff': { request: { id: string; departmentId: string }; response: { summary: HandOffSummary; mailto: string | null; handedOff: number } };
  'radar:settings': { request: { patch?: Partial<RadarSettings> }; response: RadarSettings };
}
export type RadarMessageType = keyof RadarMessageMap;

/** Template health (lib/health): the local report and its shareable export (counts and ratios only). */
export interface HealthMessageMap {
  'health:report': { request: Record<string, never>; response: { health: TemplateHealth; export: HealthExport } };
}
export type HealthMessageType = keyof HealthMessageMap;

/** Every message the background answers: one map per area, joined here. */
export interface MessageMap extends LogMessageMap, PanelMessageMap, RadarMessageMap, HealthMessageMap {}
export type LogMessageType = keyof LogMessageMap;

export type MessageType = keyof MessageMap;

/**
 * Who may send each message, checked by the background from the sender (lib/messaging/sender.ts):
 * - `content`: also content scripts, which run inside X's, Facebook's or any page the user opened
 *   Soothe on: only what the in-page panel needs (log what happened, analyse a thread, check a draft,
 *   read the targets).
 * - `extension`: only Soothe's own pages (popup, options): everything that reads the log back, changes
 *   or deletes it, or changes settings.
 * A message missing here is refused for everyone, so a new message must choose.
 */
export const MESSAGE_POLICY: { readonly [T in MessageType]: SenderKind } = {
  'log:event': 'content',
  'case:sent': 'content',
  'log:settings': 'content',
  'panel:analyse': 'content',
  'panel:search': 'content',
  'rules:check': 'content',
  'log:insertion': 'extension',
  'stats:summary': 'extension',
  'stats:period': 'extension',
  'log:export': 'extension',
  'log:import': 'extension',
  'log:deleteAll': 'extension',
  'log:setRetention': 'extension',
  'log:updateSettings': 'extension',
  // The panel's crisis banner reads waves, ticks their checklist and hands a wave off; settings stay with Soothe's pages.
  'radar:alerts': 'content',
  'radar:update': 'content',
  'radar:handOff': 'content',
  'radar:settings': 'extension',
  'health:report': 'extension',
};

/** What the background can tell about a sender: one of Soothe's own pages, a content script, or neither. */
export type SenderKind = 'extension' | 'content';
export type Sender = SenderKind | 'foreign';

/** May a sender of this kind send this message? Unknown types and foreign senders: no. */
export function allowed(type: string, from: Sender): boolean {
  const need = Object.hasOwn(MESSAGE_POLICY, type) ? (MESSAGE_POLICY as Record<string, SenderKind>)[type] : undefined;
  if (!need || from === 'foreign') return false;
  return need === 'content' || from === 'extension';
}
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

/** What travels over runtime messaging. */
export interface Envelope<T extends MessageType = MessageType> {
  soothe: 1;
  type: T;
  payload: RequestOf<T>;
}

/** The background's answer: never a thrown error across the boundary, always a result. */
export type Reply<T extends MessageType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: string };

export function isEnvelope(x: unknown): x is Envelope {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as Envelope).soothe === 1 &&
    typeof (x as Envelope).type === 'string'
  );
}
