/** The in-page panel's words: their shape here, the words in lib/i18n/locales/<locale>.ts (by the browser's language). */
import type { PackVariable } from '../library/pack/pack-variables';
import type { RuleId } from '../rules/types';
import type { Category, Escalation, Severity } from '../triage/categories';
import type { Lang } from '../triage/language';
import type { TriageFlag } from '../triage/triage';
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import { formatDuration, pickLocale, STATS_STRINGS, type Locale } from './stats';

export interface PanelStrings {
  locale: Locale;
  panelLabel: string;
  close: string;
  loading: string;
  analyseFailed: (why: string) => string;
  unreadPost: string;
  languages: Record<Lang, string>;
  categories: Record<Category, string>;
  severities: Record<Severity, string>;
  notComplaint: string;
  complaint: string;
  escalation: string;
  escalations: Record<Escalation, string>;
  flags: Record<TriageFlag, string>;
  waited: (d: string) => string;
  noTime: string;
  target: (d: string, met: boolean) => string;
  suggestions: string;
  noSuggestions: string;
  faq: string;
  fillIn: string;
  insert: string;
  insertWithout: string;
  cancel: string;
  variables: Record<PackVariable, string>;
  checklist: string;
  checklistEmpty: string;
  checks: Record<'apology' | 'fix' | 'private' | 'noBlame' | 'noBoilerplate' | 'noPersonalData' | 'length' | 'tone', string>;
  /** What to do about each finding, by rule id (English uses the checker's own hints, lib/rules/hints.ts). */
  ruleHints: Record<RuleId, string>;
  queue: (n: number) => string;
  queueEmpty: string;
  /** No brand in settings: the queue cannot tell complaints to the brand from bystander posts. */
  queueNeedsBrand: string;
  answered: string;
  unanswered: string;
  inserted: string;
  sentLogFailed: (why: string) => string;
  insertFailed: (tried: string) => string;
  logFailed: (why: string) => string;
  composerGone: string;
  resolve: string;
  notRegistered: string;
  resolvedCloseOut: string;
  resolveFailed: (why: string) => string;
  /** Under a reply that lacks values: which, and what happens without them. */
  needs: (labels: string) => string;
  /** Heading of the live preview in the fill-in form. */
  willInsert: string;
  /** After a detected send: logged, with the first response time when known. */
  sentLogged: (firstResponse: string | null) => string;
  /** The button (and its key, N) that moves to the next unanswered complaint on the page. */
  nextComplaint: string;
  allAnswered: string;
  /** The Soothe button's label when the draft has broken checklist lines. */
  draftFailing: (n: number) => string;
  /** The panel's search box over the whole library. */
  searchLabel: string;
  searchPlaceholder: string;
  noResults: (q: string) => string;
  /** Next complaint scrolled into view, but the site opened no reply box for it. */
  nextOnScreen: string;
  /** The clock once the case is answered. */
  answeredIn: (d: string) => string;
  /** Correcting triage: the category chip's menu and the complaint chip's toggle (accessible names), and the marks of a corrected chip. */
  correction: {
    changeCategory: (current: string) => string;
    categoryMenu: string;
    /** Beside triage's own pick and its runner-ups in the menu. */
    likely: string;
    toggleComplaint: (current: string) => string;
    /** On a chip the manager set. */
    edited: string;
    /** Back to triage's verdict; says what it was. */
    backToGuess: (guess: string) => string;
    failed: (why: string) => string;
  };
}

export const PANEL_STRINGS: Record<Locale, PanelStrings> = { en: enText.panel, pl: plText.panel, el: elText.panel };

export function panelStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): PanelStrings {
  return PANEL_STRINGS[pickLocale(languages)];
}

/** "2 h 5 min" in the panel's language (the popup's units). */
export function formatWait(ms: number, t: PanelStrings): string {
  return formatDuration(ms, STATS_STRINGS[t.locale]);
}
