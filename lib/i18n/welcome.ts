/** The welcome page's words (first run; the shape here, the words in lib/i18n/locales/). Its field labels are the options page's. */
import { MESSAGES } from './locales';
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

export const WELCOME_STRINGS: Record<Locale, WelcomeStrings> = { en: MESSAGES.en.welcome, pl: MESSAGES.pl.welcome, el: MESSAGES.el.welcome };
