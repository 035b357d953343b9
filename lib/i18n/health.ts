/** Template-health words (options page): their shape here, the words in lib/i18n/locales/. */
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import type { Locale } from './stats';

export interface HealthStrings {
  title: string;
  intro: string;
  language: string;
  all: string;
  columns: Record<'template' | 'used' | 'sent' | 'median' | 'rewritten' | 'followUps' | 'added' | 'deleted', string>;
  neverChosen: string;
  none: string;
  export: string;
  exportNote: string;
  import: string;
  team: string;
  teamFiles: (n: number) => string;
  people: string;
  medians: string;
  neverChosenBy: string;
  packs: string;
  loading: string;
}

export const HEALTH_STRINGS: Record<Locale, HealthStrings> = { en: enText.health, pl: plText.health, el: elText.health };

/** In the options page's language (its own choice, so no browser fallback here). */
export function healthStrings(locale: Locale = 'en'): HealthStrings {
  return HEALTH_STRINGS[locale];
}
