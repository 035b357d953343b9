/**
 * The popup's words (their shape here, the words in lib/i18n/locales/), picked by the browser's
 * language; the locale picking and the formatting of durations and shares shared by every screen.
 */
import { SITE_PLATFORMS, type SitePlatform } from '../sites/types';
import type { Severity } from '../triage/categories';
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';

export type Locale = 'en' | 'pl' | 'el';

export interface StatsStrings {
  title: string;
  loading: string;
  loadFailed: string;
  periods: { today: string; '7d': string; '30d': string; '365d': string };
  periodLabel: string;
  emptyNew: string;
  emptyPeriod: string;
  seen: string;
  answered: string;
  responseRate: string;
  target: (pct: string) => string;
  belowTarget: string;
  onTarget: string;
  insertions: string;
  frtMedian: string;
  frtP90: string;
  handlingMedian: string;
  fromSeenNote: (n: number) => string;
  sla: string;
  within: (target: string) => string;
  trend: string;
  trendLegend: { seen: string; answered: string };
  distribution: string;
  more: (d: string) => string;
  upTo: (d: string) => string;
  byPlatform: string;
  byCategory: string;
  byTemplate: string;
  colKey: string;
  colSeen: string;
  colAnswered: string;
  colMedian: string;
  colInserted: string;
  unanswered: string;
  unansweredNone: string;
  unansweredMore: (n: number) => string;
  waiting: (d: string) => string;
  open: string;
  platforms: Record<SitePlatform, string>;
  unknownCategory: string;
  writeFailure: string;
  noValue: string;
  units: { lessThanMinute: string; min: string; h: string; d: string };
  /** "3 of 5 answered" (the headline's accessible name). */
  answeredOf: (answered: number, seen: number) => string;
  /** Folded sections' titles. */
  moreNumbers: string;
  breakdowns: string;
  /** What each severity word means (tooltip and glossary). */
  severityHelpTitle: string;
  severityHelp: Record<Exclude<Severity, 'none'>, string>;
  /** An unanswered complaint whose author is unknown or stored hashed. */
  customer: string;
  /** An unanswered complaint logged before its first words were kept. */
  noExcerpt: string;
  /** The link to the welcome page (first-run set-up), and why it is shown when there are numbers. */
  setupCta: string;
  setupNeeded: string;
  /** How often the manager corrected triage's category, of the answered complaints. */
  categoryCorrected: (corrected: number, answered: number) => string;
}

export const STATS_STRINGS: Record<Locale, StatsStrings> = { en: enText.stats, pl: plText.stats, el: elText.stats };

/** First supported language among the browser's preferences; English otherwise. */
export function pickLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'en' || base === 'pl' || base === 'el') return base;
  }
  return 'en';
}

/** The name of a site Soothe has an adapter for; undefined for other pages (`web:<host>`). */
export function platformName(platform: string, t: StatsStrings): string | undefined {
  return (SITE_PLATFORMS as readonly string[]).includes(platform) ? t.platforms[platform as SitePlatform] : undefined;
}

const MIN = 60_000;
/** "< 1 min", "12 min", "2 h 5 min", "3 d 4 h", in the locale's units. */
export function formatDuration(ms: number | null, t: StatsStrings): string {
  if (ms === null || !Number.isFinite(ms)) return t.noValue;
  const u = t.units;
  const mins = Math.round(ms / MIN);
  if (ms < MIN) return u.lessThanMinute;
  if (mins < 60) return `${mins} ${u.min}`;
  const hours = Math.floor(mins / 60);
  if (hours < 24) return mins % 60 ? `${hours} ${u.h} ${mins % 60} ${u.min}` : `${hours} ${u.h}`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} ${u.d} ${hours % 24} ${u.h}` : `${days} ${u.d}`;
}

export function formatShare(x: number | null, locale: Locale, t: StatsStrings): string {
  if (x === null || !Number.isFinite(x)) return t.noValue;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
}
