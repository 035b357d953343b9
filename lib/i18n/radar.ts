/** Crisis-radar words (banner, popup, notification, wave hand-off): their shape here, the words in lib/i18n/locales/. */
import type { AlertKind } from '../radar/types';
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import { pickLocale, type Locale } from './stats';

export interface RadarStrings {
  title: string;
  kind: Record<AlertKind, (scope: string) => string>;
  /** "9 complaints from 8 people since 14:05" */
  howMany: (count: number, people: number, since: string) => string;
  growth: (ratePerHour: number, growth: number) => string;
  about: string;
  examples: string;
  platforms: string;
  procedure: string;
  handOff: string;
  handOffTo: (dept: string) => string;
  handedOff: (dept: string, n: number) => string;
  noDepartments: string;
  copy: string;
  email: string;
  dismiss: string;
  active: string;
  past: string;
  none: string;
  notificationTitle: string;
  summarySubject: (about: string, count: number) => string;
  summaryIntro: (count: number, people: number) => string;
  holdingTitle: string;
  holdingInsert: string;
  holdingCopy: string;
  copied: string;
  noHolding: string;
  fields: { since: string; latest: string; rate: string; platforms: string; about: string; examples: string; complaints: string; agreed: string };
}

export const RADAR_STRINGS: Record<Locale, RadarStrings> = { en: enText.radar, pl: plText.radar, el: elText.radar };

export function radarStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): RadarStrings {
  return RADAR_STRINGS[pickLocale(languages)];
}
