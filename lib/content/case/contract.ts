/**
 * What the reply panel and a case session exchange: the one contract between Soothe's in-page UI
 * (components/ReplyPanel and panel/) and the runtime that owns the case in the page
 * (lib/content/case/session.ts). The panel never touches the page or messaging; it asks the session.
 */
import type { Department } from '../../handoff/departments';
import type { TemplateValues } from '../../library/pack/render-template';
import type { SuggestionView } from '../../background/analyse';
import type { RuleReport } from '../../rules';
import type { Platform } from '../../sites/types';
import type { TriageResult } from '../../triage';
import type { RealCategory } from '../../triage/correction';

export type { SuggestionView };

/** A line the UI shows after an action: it worked, or what went wrong. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/** One complaint of the page in the panel's queue. */
export interface QueueItem {
  id: string;
  author: string | null;
  text: string;
  triage: TriageResult;
  answered: boolean;
  permalink: string | null;
}

export interface PanelData {
  platform: Platform;
  focus: { id: string | null; text: string | null; author: string | null; postedAt: number | null };
  /** Triage's verdict on the post, as the manager corrected it when they did (then `guess` is triage's own). */
  triage: TriageResult | null;
  /** Triage's own verdict, when the manager's correction replaced it in `triage`. */
  guess?: TriageResult;
  /** The manager's correction, when applied. */
  verdict?: Verdict;
  /** The correction could not be applied (the background said why); the suggestions are triage's. */
  correctionError?: string;
  suggestions: SuggestionView[];
  /** Relevant complaints only: addressed to the brand or about it. */
  queue: QueueItem[];
  /** No brand name, handle or keyword in settings: the queue cannot tell the brand's complaints apart. */
  needsBrand?: boolean;
  /** Variable values Soothe already knows (the customer's name from the post). */
  values: TemplateValues;
  /** Response-time targets (ms), from the user's settings. */
  targetsMs: number[];
}

/** A reply the site really sent and Soothe logged: what the panel confirms (first response, Next). */
export interface SentState {
  composerKey: string;
  postId: string | null;
  /** The answered post's own time, when known (first response = at − postedAt). */
  postedAt: number | null;
  at: number;
}

/** The reply the user picked, rendered. */
export interface Choice {
  text: string;
  templateId: string | null;
}

/** What the manager set in the panel: not a complaint, a complaint, or a complaint of this category. */
export type Verdict = { complaint: boolean; category?: undefined } | { category: RealCategory; complaint?: undefined };

export interface HandOffOutcome {
  /** Whether the hand-off event reached the log. */
  logged: boolean;
  notice: Notice;
  /** The case's link, for the summary. */
  url: string | null;
}

/** What the panel may ask of the case it shows. */
export interface CaseSession {
  analyse(): Promise<PanelData>;
  /**
   * Correct triage's verdict on the post being answered (null: back to Soothe's guess). Kept by the
   * session while the same post is answered; the next analyse() ranks for it. False when the post
   * is unknown (nothing to correct). A session without it shows the verdict as plain chips.
   */
  correct?(verdict: Verdict | null): boolean;
  insert(choice: Choice): Promise<Notice>;
  /** Follow the draft in the reply box: the rule report after each pause in typing. Returns a stop function. */
  watchDraft(onReport: (report: RuleReport | null) => void): () => void;
  /** Type-to-search over the whole library, in the languages the manager answers in. A session without it shows no search box. */
  search?(query: string): Promise<SuggestionView[]>;
  /** The manager marks the complaint solved (starts the follow-up clock). */
  resolve(): Promise<Notice | null>;
  /** Hand the case to another team: logged, not a reply. A session without it shows no hand-off section. */
  handOff?(department: Department): Promise<HandOffOutcome>;
  /** Remember where the caret is in the reply box (before focus moves into the panel). */
  rememberCaret(): void;
  focusComposer(): void;
  /** Scroll a post of the queue into view. */
  revealPost(permalink: string | null, id: string): void;
}

export function canHandOff(s: CaseSession): s is CaseSession & Required<Pick<CaseSession, 'handOff'>> {
  return typeof s.handOff === 'function';
}
