/** Words of the hand-off (panel section, summary, popup list) and of "Reply with Soothe" on any page: their shape here, the words in lib/i18n/locales/. */
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import { pickLocale, type Locale } from './stats';

export interface HandOffStrings {
  locale: Locale;
  section: string;
  open: string;
  department: string;
  handOff: string;
  noDepartments: string;
  editDepartments: string;
  /** The panel cannot change teams (the page could reach it): they are set in the options page. */
  departmentsInOptions: string;
  addDepartment: string;
  save: string;
  cancel: string;
  remove: string;
  name: string;
  email: string;
  agreedHours: string;
  copy: string;
  copied: string;
  copyFailed: string;
  sendEmail: string;
  noEmail: string;
  handedOff: (dept: string) => string;
  logFailed: (why: string) => string;
  noCase: string;
  summaryLabel: string;
  subject: (topic: string, author: string | null) => string;
  greeting: (dept: string) => string;
  closing: string;
  caseWord: string;
  fields: Record<'link' | 'author' | 'language' | 'category' | 'severity' | 'escalation' | 'waited' | 'agreed' | 'text', string>;
  unknown: string;
  none: string;
  waitedUnknown: string;
  // Popup
  overdueTitle: (n: number) => string;
  overdueBy: (d: string) => string;
  handedTo: (dept: string) => string;
  customerWaiting: (d: string) => string;
  open_: string;
  // Any page
  noSelection: string;
  noTextBox: string;
  selectionLabel: string;
  sentLogged: string;
  menuTitle: string;
}

export const HANDOFF_STRINGS: Record<Locale, HandOffStrings> = { en: enText.handoff, pl: plText.handoff, el: elText.handoff };

export function handOffStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): HandOffStrings {
  return HANDOFF_STRINGS[pickLocale(languages)];
}
