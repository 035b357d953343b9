/** The welcome page's words (first run; the shape here, the words in lib/i18n/locales/). Its field labels are the options page's. */
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import type { Locale } from './stats';

export interface WelcomeStrings {
  title: string;
  intro: string;
  stepBrand: string;
  stepYou: string;
  stepChannels: string;
  stepLanguages: string;
  stepTargets: string;
  channelsHint: string;
  saveAndStart: string;
  saved: string;
  problem: string;
  targetsFailed: (why: string) => string;
}

export const WELCOME_STRINGS: Record<Locale, WelcomeStrings> = { en: enText.welcome, pl: plText.welcome, el: elText.welcome };
