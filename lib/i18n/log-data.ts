/** Words of the options page's "Your log" card (export, import, delete everything) in en/pl/el. */
import { pickLocale } from './stats';

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

const en: LogDataStrings = {
  title: 'Your handling-time log',
  help: 'Everything Soothe logged stays in this browser. Take a copy, bring one back (merged, without duplicates), or delete it all.',
  exportJson: 'Export (JSON)',
  exportCases: 'Export complaints (CSV)',
  exportEvents: 'Export events (CSV)',
  importLabel: 'Import a Soothe log export (JSON)',
  imported: (e, s, c) => `Imported ${e} events (${s} already here) and ${c} new complaints.`,
  refusedRows: (n) => `${n} ${n === 1 ? 'row was' : 'rows were'} refused and left out:`,
  deleteAll: 'Delete everything…',
  confirmDelete: 'Really delete the whole log? This cannot be undone.',
  deleted: 'The log is empty.',
  failed: (why) => `That did not work: ${why}`,
};

const pl: LogDataStrings = {
  title: 'Twój dziennik czasu obsługi',
  help: 'Wszystko, co Soothe zapisał, zostaje w tej przeglądarce. Zrób kopię, wczytaj kopię (scalaną bez duplikatów) albo usuń wszystko.',
  exportJson: 'Eksport (JSON)',
  exportCases: 'Eksport skarg (CSV)',
  exportEvents: 'Eksport zdarzeń (CSV)',
  importLabel: 'Wczytaj eksport dziennika Soothe (JSON)',
  imported: (e, s, c) => `Wczytano ${e} zdarzeń (${s} już było) i ${c} nowych skarg.`,
  refusedRows: (n) => `Odrzucone i pominięte wiersze: ${n}.`,
  deleteAll: 'Usuń wszystko…',
  confirmDelete: 'Na pewno usunąć cały dziennik? Tego nie da się cofnąć.',
  deleted: 'Dziennik jest pusty.',
  failed: (why) => `Nie udało się: ${why}`,
};

const el: LogDataStrings = {
  title: 'Το ημερολόγιο χρόνων εξυπηρέτησης',
  help: 'Ό,τι κατέγραψε το Soothe μένει σε αυτόν τον φυλλομετρητή. Κρατήστε αντίγραφο, φέρτε ένα πίσω (συγχωνεύεται χωρίς διπλότυπα) ή διαγράψτε τα όλα.',
  exportJson: 'Εξαγωγή (JSON)',
  exportCases: 'Εξαγωγή παραπόνων (CSV)',
  exportEvents: 'Εξαγωγή συμβάντων (CSV)',
  importLabel: 'Εισαγωγή αρχείου εξαγωγής του Soothe (JSON)',
  imported: (e, s, c) => `Εισήχθησαν ${e} συμβάντα (${s} υπήρχαν ήδη) και ${c} νέα παράπονα.`,
  refusedRows: (n) => `Απορρίφθηκαν και παραλείφθηκαν ${n} γραμμές:`,
  deleteAll: 'Διαγραφή όλων…',
  confirmDelete: 'Σίγουρα να διαγραφεί όλο το ημερολόγιο; Δεν αναιρείται.',
  deleted: 'Το ημερολόγιο είναι άδειο.',
  failed: (why) => `Δεν έγινε: ${why}`,
};

const STRINGS = { en, pl, el };

export function logDataStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): LogDataStrings {
  return STRINGS[pickLocale(languages)];
}
