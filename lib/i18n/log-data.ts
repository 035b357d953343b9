/** Words of the options page's "Your log" card (export, import, delete everything): their shape here, the words in lib/i18n/locales/. */
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import { pickLocale, type Locale } from './stats';

export interface LogDataStrings {
  title: string;
  help: string;
  exportJson: string;
  exportCases: string;
  exportEvents: string;
  importLabel: string;
  imported: (events: number, skipped: number, cases: number) => string;
  /** Rows of the file that were refused (each listed after this line). */
  refusedRows: (n: number) => string;
  deleteAll: string;
  confirmDelete: string;
  deleted: string;
  failed: (why: string) => string;
}

export const LOG_DATA_STRINGS: Record<Locale, LogDataStrings> = { en: enText.logData, pl: plText.logData, el: elText.logData };

export function logDataStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): LogDataStrings {
  return LOG_DATA_STRINGS[pickLocale(languages)];
}
