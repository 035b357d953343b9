/**
 * What the handling-time log stores: one event per thing that happened to a complaint, and one case per
 * complaint post (platform + post id) that sums its events up. Only what the user saw on the page is kept.
 */
import type { Platform } from '../sites/types';
import type { EditStats } from '../health/edit';
import type { VerdictPair } from '../triage/correction';

export const EVENT_TYPES = [
  'seen',
  'opened',
  'suggestion_shown',
  'template_inserted',
  'reply_sent',
  'moved_private',
  'resolved',
  'followup_due',
  'followup_done',
  'handed_off',
  'triage_corrected',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type CaseStatus = 'open' | 'answered' | 'private' | 'resolved';

/** What the page told us about the complaint. Any field may be unknown. */
export interface CaseContext {
  threadId?: string;
  /** Address of the thread or post, as the user saw it (used for "links back"). */
  url?: string;
  lang?: string;
  category?: string;
  severity?: string;
  /** The post's own timestamp (epoch ms): the first-response clock starts here. */
  postedAt?: number;
  /** Author handle as shown; stored hashed when the user chose so. */
  author?: string;
  /** seen: the author's name as the page shows it (dropped when handles are hashed), for the popup's unanswered list. */
  authorName?: string;
  /** seen: the complaint's first words (at most EXCERPT_MAX characters), so the popup can say which complaint waits. */
  excerpt?: string;
  /** Triage's verdict; a case marked false is kept but not counted as a complaint. */
  isComplaint?: boolean;
  /** seen: a few content words and two-word phrases of the complaint for the crisis radar (lib/radar/terms.ts), never the text. */
  terms?: string[];
}

/** An event as a sender hands it over (content script, popup, import). */
export interface LogEventInput {
  /** Client-generated unique id (see newEventId); a retried send with the same id is stored once. */
  id: string;
  type: EventType;
  /** When it happened (epoch ms). */
  at: number;
  platform: Platform;
  /** The complaint post; null when the adapter could not tell (the event is kept, no case is touched). */
  postId: string | null;
  /** template_inserted / suggestion_shown: which template. */
  templateId?: string;
  /** reply_sent: id of the reply post when the adapter can tell (distinct replies stay distinct). */
  replyId?: string;
  /** Overrides the default de-duplication key (see defaultDedupeKey). */
  dedupeKey?: string;
  context?: CaseContext;
  /** handed_off: to whom, and the reply time agreed with them. Not a reply: the customer's clock runs on. */
  handOff?: HandOffDetails;
  /** reply_sent from a template: how much of it was changed (lengths, ratio, a few phrases — lib/health/edit.ts). */
  edit?: EditStats & { templateId: string };
  /**
   * triage_corrected: what triage said of the post and what the manager set it to in the panel
   * (complaint, category), logged once per case when a reply is inserted after the correction.
   */
  correction?: { from: VerdictPair; to: VerdictPair };
}

export interface HandOffDetails {
  /** Department's name as the user configured it (e.g. "Billing"). */
  department: string;
  /** Agreed reply time (ms) between the social team and that department. */
  agreedMs: number;
}

/** An event as stored. `seq` orders rows; `id` and `dedupeKey` are unique. */
export interface LogEvent extends LogEventInput {
  seq?: number;
  caseKey: string | null;
  dedupeKey: string;
}

export interface Case {
  /** platform + ":" + post id */
  key: string;
  platform: Platform;
  postId: string;
  threadId?: string;
  url?: string;
  lang?: string;
  category?: string;
  severity?: string;
  author?: string;
  authorName?: string;
  excerpt?: string;
  isComplaint?: boolean;
  postedAt?: number;
  /** first* fields are only ever set once, to the earliest time known. */
  firstSeenAt: number;
  firstOpenedAt?: number;
  firstReplyAt?: number;
  movedPrivateAt?: number;
  resolvedAt?: number;
  followUpDueAt?: number;
  followUpDoneAt?: number;
  /** Handed to someone else (another team, a colleague). */
  handedOff?: boolean;
  handedOffTo?: string;
  /** The latest hand-off: when, and when the department's agreed reply time runs out. */
  handedOffAt?: number;
  handOffDueAt?: number;
  status: CaseStatus;
  /**
   * The manager corrected triage's verdict in the panel (triage_corrected): what triage had said.
   * The case's category and isComplaint are then the manager's.
   */
  correctedFrom?: VerdictPair;
  /** Templates inserted into replies to this case, in first-use order. */
  templateIds: string[];
  lastEventAt: number;
}

/** How much of a complaint's text the log keeps: enough to recognise it in the popup, not the whole post. */
export const EXCERPT_MAX = 160;
export const AUTHOR_NAME_MAX = 80;

/** The first words of a complaint, one line, cut at a word boundary within EXCERPT_MAX characters. */
export function complaintExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_MAX) return flat;
  const cut = flat.slice(0, EXCERPT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function caseKeyOf(platform: Platform, postId: string | null): string | null {
  return postId ? `${platform}:${postId}` : null;
}

/**
 * Events that describe a once-per-complaint fact are de-duplicated on the fact itself, so the same post
 * seen in two tabs, or a reply detected twice, is logged once. Other events are unique by their id.
 */
export function defaultDedupeKey(e: Pick<LogEventInput, 'id' | 'type' | 'platform' | 'postId' | 'replyId'>): string {
  const key = caseKeyOf(e.platform, e.postId);
  if (!key) return `id:${e.id}`;
  switch (e.type) {
    case 'seen':
    case 'opened':
    case 'moved_private':
    case 'resolved':
    case 'followup_due':
    case 'followup_done':
    case 'triage_corrected':
      return `${e.type}|${key}`;
    case 'reply_sent':
      return `reply_sent|${key}|${e.replyId ?? ''}`;
    default:
      return `id:${e.id}`;
  }
}

/** A fresh event id. Generate it once per event and reuse it on retries. */
export function newEventId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
