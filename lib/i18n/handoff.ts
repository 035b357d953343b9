/** Words of the hand-off (panel section, summary, popup list) and of "Reply with Soothe" on any page, in en/pl/el. */
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

const en: HandOffStrings = {
  locale: 'en',
  section: 'Hand off',
  open: 'Hand off to a team…',
  department: 'Team',
  handOff: 'Hand off',
  noDepartments: 'No teams yet. Add the teams you hand cases to, with the reply time you agreed.',
  editDepartments: 'Edit teams',
  departmentsInOptions: 'Teams and their addresses are set in Soothe’s settings (the extension’s options page).',
  addDepartment: 'Add team',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  name: 'Name',
  email: 'E-mail',
  agreedHours: 'Agreed reply time (hours)',
  copy: 'Copy summary',
  copied: 'Summary copied.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  sendEmail: 'Send by e-mail',
  noEmail: 'No e-mail address for this team: copy the summary.',
  handedOff: (d) => `Handed off to ${d}. The customer is still waiting: the case stays open until it is answered.`,
  logFailed: (why) => `The summary is ready, but the hand-off was not logged: ${why}`,
  noCase: 'Soothe could not tell which post this is, so the hand-off cannot be logged.',
  summaryLabel: 'Summary for the team',
  subject: (topic, author) => `Customer case to handle: ${topic}${author ? ` (${author})` : ''}`,
  greeting: (d) => `Hello ${d},`,
  closing: 'Please reply within the agreed time; the customer is waiting for our answer in public.',
  caseWord: 'complaint',
  fields: { link: 'Link', author: 'Customer', language: 'Language', category: 'Category', severity: 'Severity', escalation: 'Escalation', waited: 'Waiting for', agreed: 'Agreed reply time', text: 'What they wrote' },
  unknown: 'unknown',
  none: 'none',
  waitedUnknown: 'unknown (the page shows no time)',
  overdueTitle: (n) => `Handed off, past the agreed time (${n})`,
  overdueBy: (d) => `overdue by ${d}`,
  handedTo: (d) => `with ${d}`,
  customerWaiting: (d) => `customer waiting ${d}`,
  open_: 'Open',
  noSelection: 'Select the text of the complaint first, then choose “Reply with Soothe”.',
  noTextBox: 'No text box to put the reply in: click into the page’s reply box and choose the reply again.',
  selectionLabel: 'Selected text',
  sentLogged: 'Reply logged as sent.',
  menuTitle: 'Reply with Soothe',
};

const pl: HandOffStrings = {
  locale: 'pl',
  section: 'Przekaż',
  open: 'Przekaż do zespołu…',
  department: 'Zespół',
  handOff: 'Przekaż',
  noDepartments: 'Brak zespołów. Dodaj zespoły, którym przekazujesz sprawy, z uzgodnionym czasem odpowiedzi.',
  editDepartments: 'Edytuj zespoły',
  departmentsInOptions: 'Zespoły i ich adresy ustawia się w ustawieniach Soothe (strona opcji rozszerzenia).',
  addDepartment: 'Dodaj zespół',
  save: 'Zapisz',
  cancel: 'Anuluj',
  remove: 'Usuń',
  name: 'Nazwa',
  email: 'E-mail',
  agreedHours: 'Uzgodniony czas odpowiedzi (godziny)',
  copy: 'Kopiuj podsumowanie',
  copied: 'Skopiowano podsumowanie.',
  copyFailed: 'Nie udało się skopiować: zaznacz tekst i skopiuj go sam.',
  sendEmail: 'Wyślij e-mailem',
  noEmail: 'Ten zespół nie ma adresu e-mail: skopiuj podsumowanie.',
  handedOff: (d) => `Przekazano do: ${d}. Klient wciąż czeka: sprawa jest otwarta, dopóki nie dostanie odpowiedzi.`,
  logFailed: (why) => `Podsumowanie gotowe, ale przekazanie nie zostało zapisane: ${why}`,
  noCase: 'Soothe nie rozpoznał, który to wpis, więc nie może zapisać przekazania.',
  summaryLabel: 'Podsumowanie dla zespołu',
  subject: (topic, author) => `Sprawa klienta do załatwienia: ${topic}${author ? ` (${author})` : ''}`,
  greeting: (d) => `Cześć ${d},`,
  closing: 'Prosimy o odpowiedź w uzgodnionym czasie; klient publicznie czeka na naszą odpowiedź.',
  caseWord: 'reklamacja',
  fields: { link: 'Link', author: 'Klient', language: 'Język', category: 'Kategoria', severity: 'Waga', escalation: 'Eskalacja', waited: 'Czeka od', agreed: 'Uzgodniony czas odpowiedzi', text: 'Co napisał' },
  unknown: 'nieznane',
  none: 'brak',
  waitedUnknown: 'nieznane (strona nie podaje czasu)',
  overdueTitle: (n) => `Przekazane, po uzgodnionym czasie (${n})`,
  overdueBy: (d) => `spóźnione o ${d}`,
  handedTo: (d) => `u: ${d}`,
  customerWaiting: (d) => `klient czeka ${d}`,
  open_: 'Otwórz',
  noSelection: 'Najpierw zaznacz tekst skargi, potem wybierz „Odpowiedz z Soothe”.',
  noTextBox: 'Brak pola tekstowego na odpowiedź: kliknij w pole odpowiedzi na stronie i wybierz odpowiedź ponownie.',
  selectionLabel: 'Zaznaczony tekst',
  sentLogged: 'Odpowiedź zapisana jako wysłana.',
  menuTitle: 'Odpowiedz z Soothe',
};

const el: HandOffStrings = {
  locale: 'el',
  section: 'Παράδοση',
  open: 'Παράδοση σε ομάδα…',
  department: 'Ομάδα',
  handOff: 'Παράδοση',
  noDepartments: 'Δεν υπάρχουν ομάδες. Προσθέστε τις ομάδες στις οποίες παραδίδετε υποθέσεις, με τον συμφωνημένο χρόνο απάντησης.',
  editDepartments: 'Επεξεργασία ομάδων',
  departmentsInOptions: 'Οι ομάδες και οι διευθύνσεις τους ορίζονται στις ρυθμίσεις του Soothe (σελίδα επιλογών της επέκτασης).',
  addDepartment: 'Προσθήκη ομάδας',
  save: 'Αποθήκευση',
  cancel: 'Ακύρωση',
  remove: 'Αφαίρεση',
  name: 'Όνομα',
  email: 'E-mail',
  agreedHours: 'Συμφωνημένος χρόνος απάντησης (ώρες)',
  copy: 'Αντιγραφή σύνοψης',
  copied: 'Η σύνοψη αντιγράφηκε.',
  copyFailed: 'Η αντιγραφή απέτυχε: επιλέξτε το κείμενο και αντιγράψτε το.',
  sendEmail: 'Αποστολή με e-mail',
  noEmail: 'Η ομάδα δεν έχει e-mail: αντιγράψτε τη σύνοψη.',
  handedOff: (d) => `Παραδόθηκε σε: ${d}. Ο πελάτης περιμένει ακόμη: η υπόθεση μένει ανοιχτή μέχρι να απαντηθεί.`,
  logFailed: (why) => `Η σύνοψη είναι έτοιμη, αλλά η παράδοση δεν καταγράφηκε: ${why}`,
  noCase: 'Το Soothe δεν αναγνώρισε ποια ανάρτηση είναι, οπότε η παράδοση δεν μπορεί να καταγραφεί.',
  summaryLabel: 'Σύνοψη για την ομάδα',
  subject: (topic, author) => `Υπόθεση πελάτη προς χειρισμό: ${topic}${author ? ` (${author})` : ''}`,
  greeting: (d) => `Γεια σας ${d},`,
  closing: 'Παρακαλούμε απαντήστε εντός του συμφωνημένου χρόνου· ο πελάτης περιμένει δημόσια την απάντησή μας.',
  caseWord: 'παράπονο',
  fields: { link: 'Σύνδεσμος', author: 'Πελάτης', language: 'Γλώσσα', category: 'Κατηγορία', severity: 'Σοβαρότητα', escalation: 'Κλιμάκωση', waited: 'Περιμένει', agreed: 'Συμφωνημένος χρόνος απάντησης', text: 'Τι έγραψε' },
  unknown: 'άγνωστο',
  none: 'καμία',
  waitedUnknown: 'άγνωστο (η σελίδα δεν δείχνει ώρα)',
  overdueTitle: (n) => `Παραδόθηκαν, εκπρόθεσμες (${n})`,
  overdueBy: (d) => `καθυστέρηση ${d}`,
  handedTo: (d) => `στην ομάδα ${d}`,
  customerWaiting: (d) => `ο πελάτης περιμένει ${d}`,
  open_: 'Άνοιγμα',
  noSelection: 'Επιλέξτε πρώτα το κείμενο του παραπόνου και μετά «Απάντηση με το Soothe».',
  noTextBox: 'Δεν βρέθηκε πεδίο κειμένου: κάντε κλικ στο πεδίο απάντησης της σελίδας και επιλέξτε ξανά την απάντηση.',
  selectionLabel: 'Επιλεγμένο κείμενο',
  sentLogged: 'Η απάντηση καταγράφηκε ως σταλμένη.',
  menuTitle: 'Απάντηση με το Soothe',
};

export const HANDOFF_STRINGS: Record<Locale, HandOffStrings> = { en, pl, el };

export function handOffStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): HandOffStrings {
  return HANDOFF_STRINGS[pickLocale(languages)];
}
