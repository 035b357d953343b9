/** The in-page panel's words in English, Polish and Greek (by the browser's language). */
import type { PackVariable } from '../library/pack/pack-variables';
import { HINTS } from '../rules/hints';
import type { RuleId } from '../rules/types';
import { formatDuration, pickLocale, STATS_STRINGS, type Locale } from './stats';

export interface PanelStrings {
  locale: Locale;
  panelLabel: string;
  close: string;
  loading: string;
  analyseFailed: (why: string) => string;
  unreadPost: string;
  languages: Record<'en' | 'pl' | 'el' | 'other', string>;
  categories: Record<string, string>;
  severities: Record<string, string>;
  notComplaint: string;
  complaint: string;
  escalation: string;
  escalations: Record<string, string>;
  flags: Record<string, string>;
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
  /** What to do about each finding, by rule id (the checker's own hints are English). */
  ruleHints: Partial<Record<RuleId, string>>;
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
}

const en: PanelStrings = {
  locale: 'en',
  panelLabel: 'Soothe replies',
  close: 'Close',
  loading: 'Reading the thread…',
  analyseFailed: (why) => `Soothe could not analyse this thread: ${why}`,
  unreadPost: 'Soothe could not read the post this box replies to.',
  languages: { en: 'English', pl: 'Polski', el: 'Ελληνικά', other: 'Other language' },
  categories: { delivery: 'Delivery', product: 'Product', billing: 'Billing', returns: 'Returns', support: 'Support', technical: 'Technical', account: 'Account', other: 'Other' },
  severities: { none: 'No complaint', no_reproach: 'No reproach', disapproval: 'Disapproval', accusation: 'Accusation', blame: 'Blame' },
  notComplaint: 'Not a complaint',
  complaint: 'Complaint',
  escalation: 'Escalation',
  escalations: { press: 'press / going public', regulator: 'regulator', lawyer: 'lawyer', chargeback: 'chargeback', cancel: 'cancel / leave' },
  flags: { joke: 'Joke or trolling: reply with care', mixed: 'Praise inside a complaint: may be sarcasm, read it twice', question: 'Question', praise: 'Praise', 'joins-complaint': 'Joins a complaint', 'brand-post': 'Your own post', shouting: 'Shouting', profanity: 'Profanity' },
  waited: (d) => `Waiting ${d}`,
  noTime: 'Posting time unknown',
  target: (d, met) => `${d} ${met ? '✓' : '✗'}`,
  suggestions: 'Suggested replies',
  noSuggestions: 'No template fits this post yet. Write your own; the checklist below keeps it on track.',
  faq: 'FAQ',
  fillIn: 'Fill in before inserting',
  insert: 'Insert',
  insertWithout: 'Insert without them',
  cancel: 'Back',
  variables: { customer_name: 'Customer’s name', agent_name: 'Your name', signature: 'Signature', brand: 'Brand', dm_link: 'DM link', phone: 'Phone', email: 'E-mail', eta: 'When (ETA)', case_ref: 'Case / order reference' },
  checklist: 'Reply checklist',
  checklistEmpty: 'Start typing or insert a suggestion: the checklist follows your draft.',
  ruleHints: HINTS,
  checks: { apology: 'Apologises', fix: 'Offers a concrete fix', private: 'Takes it private', noBlame: 'No blame or lecturing', noBoilerplate: 'No corporate boilerplate', noPersonalData: 'No personal data asked in public', length: 'Fits the length limit', tone: 'Calm tone' },
  queue: (n) => `Complaints on this page (${n})`,
  queueEmpty: 'No complaints found on this page.',
  queueNeedsBrand: 'To list the complaints addressed to your brand, add its name or handles (and product keywords) in Soothe’s Settings.',
  answered: 'answered',
  unanswered: 'unanswered',
  inserted: 'Reply inserted. Review it, then press the site’s Reply button.',
  sentLogFailed: (why) => `Your reply was sent, but Soothe could not log it: ${why}`,
  insertFailed: (tried) => `Soothe could not put the reply into this editor (tried ${tried}). Nothing was changed.`,
  logFailed: (why) => `Reply inserted, but it could not be logged: ${why}`,
  composerGone: 'The reply box is gone from the page. Open it again and retry.',
  resolve: 'Mark resolved',
  notRegistered: 'The reply is in the box, but the site has not registered it (its Reply button is still off). Type a character and delete it, or paste the reply again.',
  resolvedCloseOut: 'Case resolved. Close the loop in public: a close-out reply.',
  resolveFailed: (why) => `Could not mark the case resolved: ${why}`,
  needs: (labels) => `Needs ${labels}; without it, the sentence that uses it is left out.`,
  willInsert: 'What goes in',
  sentLogged: (d) => (d ? `Sent and logged. First response: ${d}.` : 'Sent and logged.'),
  nextComplaint: 'Next unanswered complaint',
  allAnswered: 'Every complaint on this page has an answer.',
  answeredIn: (d) => `Answered in ${d}`,
  nextOnScreen: 'It is on screen now: press its Reply to answer it.',
  searchLabel: 'Search all replies',
  searchPlaceholder: 'Type to search all replies…',
  noResults: (q) => `Nothing in your library matches “${q}”.`,
  draftFailing: (n) => `Soothe replies: ${n} checklist ${n === 1 ? 'item' : 'items'} to fix in this draft`,
};

const pl: PanelStrings = {
  locale: 'pl',
  panelLabel: 'Odpowiedzi Soothe',
  close: 'Zamknij',
  loading: 'Czytam wątek…',
  analyseFailed: (why) => `Soothe nie mógł przeanalizować wątku: ${why}`,
  unreadPost: 'Soothe nie mógł odczytać wpisu, na który odpowiada to pole.',
  languages: { en: 'English', pl: 'Polski', el: 'Ελληνικά', other: 'Inny język' },
  categories: { delivery: 'Dostawa', product: 'Produkt', billing: 'Płatności', returns: 'Zwroty', support: 'Obsługa', technical: 'Technika', account: 'Konto', other: 'Inne' },
  severities: { none: 'Brak skargi', no_reproach: 'Bez wyrzutu', disapproval: 'Dezaprobata', accusation: 'Oskarżenie', blame: 'Obwinianie' },
  notComplaint: 'To nie skarga',
  complaint: 'Skarga',
  escalation: 'Eskalacja',
  escalations: { press: 'media / nagłośnienie', regulator: 'regulator', lawyer: 'prawnik', chargeback: 'chargeback', cancel: 'rezygnacja' },
  flags: { joke: 'Żart lub trolling: odpowiedz ostrożnie', mixed: 'Pochwała w środku skargi: może to sarkazm, przeczytaj uważnie', question: 'Pytanie', praise: 'Pochwała', 'joins-complaint': 'Dołącza do skargi', 'brand-post': 'Twój własny wpis', shouting: 'Krzyk', profanity: 'Wulgaryzmy' },
  waited: (d) => `Czeka ${d}`,
  noTime: 'Czas publikacji nieznany',
  target: (d, met) => `${d} ${met ? '✓' : '✗'}`,
  suggestions: 'Proponowane odpowiedzi',
  noSuggestions: 'Żaden szablon jeszcze nie pasuje. Napisz własną odpowiedź; lista kontrolna poniżej pomoże.',
  faq: 'FAQ',
  fillIn: 'Uzupełnij przed wstawieniem',
  insert: 'Wstaw',
  insertWithout: 'Wstaw bez nich',
  cancel: 'Wróć',
  variables: { customer_name: 'Imię klienta', agent_name: 'Twoje imię', signature: 'Podpis', brand: 'Marka', dm_link: 'Link do wiadomości', phone: 'Telefon', email: 'E-mail', eta: 'Termin', case_ref: 'Numer sprawy / zamówienia' },
  checklist: 'Lista kontrolna odpowiedzi',
  checklistEmpty: 'Zacznij pisać albo wstaw propozycję: lista śledzi Twój szkic.',
  ruleHints: {
    'missing-apology': 'Nazwij problem i raz, szczerze przeproś.',
    'missing-fix': 'Napisz, co zrobisz i do kiedy (np. „zwrócimy pieniądze jeszcze dziś”).',
    'missing-private': 'Zaproś do wiadomości prywatnej, e-maila lub telefonu, by ustalić szczegóły.',
    'repeated-apology': 'Przepraszasz więcej niż raz; raz, szczerze, wystarczy.',
    blame: 'To obwinia klienta. Weź problem na siebie i napisz, co zrobisz.',
    lecturing: 'Nie cytuj regulaminu; wyjaśnij, co możesz dla klienta zrobić.',
    boilerplate: 'Korporacyjna formułka. Powiedz to własnymi słowami, konkretnie do tej osoby.',
    'public-personal-data': 'Nie proś publicznie o dane osobowe; poproś o nie w wiadomości prywatnej, e-mailem lub telefonicznie.',
    'too-long': 'Za długie na tę platformę; skróć odpowiedź albo przenieś szczegóły do wiadomości prywatnej.',
    shouting: 'Wielkie litery brzmią jak krzyk; pisz normalnie.',
    exclamation: 'Za dużo wykrzykników; najwyżej jeden, żeby ton był spokojny.',
  },
  checks: { apology: 'Przeprasza', fix: 'Proponuje konkretne rozwiązanie', private: 'Przenosi rozmowę na priv', noBlame: 'Nie obwinia i nie poucza', noBoilerplate: 'Bez korporacyjnych formułek', noPersonalData: 'Nie prosi publicznie o dane', length: 'Mieści się w limicie', tone: 'Spokojny ton' },
  queue: (n) => `Skargi na tej stronie (${n})`,
  queueEmpty: 'Nie znaleziono skarg na tej stronie.',
  queueNeedsBrand: 'Aby zobaczyć skargi do Twojej marki, wpisz jej nazwę lub konta (i słowa kluczowe produktów) w Ustawieniach Soothe.',
  answered: 'z odpowiedzią',
  unanswered: 'bez odpowiedzi',
  inserted: 'Odpowiedź wstawiona. Przejrzyj ją i kliknij przycisk Odpowiedz na stronie.',
  sentLogFailed: (why) => `Odpowiedź wysłana, ale Soothe nie mógł jej zapisać: ${why}`,
  insertFailed: (tried) => `Soothe nie mógł wstawić odpowiedzi do tego edytora (próbowano: ${tried}). Nic nie zmieniono.`,
  logFailed: (why) => `Odpowiedź wstawiona, ale nie udało się jej zapisać: ${why}`,
  composerGone: 'Pole odpowiedzi zniknęło ze strony. Otwórz je ponownie i spróbuj jeszcze raz.',
  resolve: 'Oznacz jako rozwiązane',
  notRegistered: 'Odpowiedź jest w polu, ale strona jej nie zarejestrowała (przycisk Odpowiedz jest nieaktywny). Wpisz i usuń dowolny znak albo wklej odpowiedź ponownie.',
  resolvedCloseOut: 'Sprawa rozwiązana. Zamknij ją publicznie w wątku:',
  resolveFailed: (why) => `Nie udało się oznaczyć sprawy jako rozwiązanej: ${why}`,
  needs: (labels) => `Brakuje: ${labels}; bez tego zdanie, które tego wymaga, zostanie pominięte.`,
  willInsert: 'Co zostanie wstawione',
  sentLogged: (d) => (d ? `Wysłano i zapisano. Pierwsza odpowiedź: ${d}.` : 'Wysłano i zapisano.'),
  nextComplaint: 'Następna skarga bez odpowiedzi',
  allAnswered: 'Każda skarga na tej stronie ma odpowiedź.',
  answeredIn: (d) => `Odpowiedź po ${d}`,
  nextOnScreen: 'Jest teraz na ekranie: kliknij jej „Odpowiedz”, by odpisać.',
  searchLabel: 'Szukaj we wszystkich odpowiedziach',
  searchPlaceholder: 'Pisz, by szukać we wszystkich odpowiedziach…',
  noResults: (q) => `Nic w bibliotece nie pasuje do „${q}”.`,
  draftFailing: (n) => `Odpowiedzi Soothe: do poprawy w szkicu: ${n}`,
};

const el: PanelStrings = {
  locale: 'el',
  panelLabel: 'Απαντήσεις Soothe',
  close: 'Κλείσιμο',
  loading: 'Διαβάζω τη συζήτηση…',
  analyseFailed: (why) => `Το Soothe δεν μπόρεσε να αναλύσει τη συζήτηση: ${why}`,
  unreadPost: 'Το Soothe δεν μπόρεσε να διαβάσει την ανάρτηση στην οποία απαντά αυτό το πεδίο.',
  languages: { en: 'English', pl: 'Polski', el: 'Ελληνικά', other: 'Άλλη γλώσσα' },
  categories: { delivery: 'Παράδοση', product: 'Προϊόν', billing: 'Χρεώσεις', returns: 'Επιστροφές', support: 'Εξυπηρέτηση', technical: 'Τεχνικό', account: 'Λογαριασμός', other: 'Άλλο' },
  severities: { none: 'Όχι παράπονο', no_reproach: 'Χωρίς μομφή', disapproval: 'Αποδοκιμασία', accusation: 'Κατηγορία', blame: 'Επίρριψη ευθύνης' },
  notComplaint: 'Όχι παράπονο',
  complaint: 'Παράπονο',
  escalation: 'Κλιμάκωση',
  escalations: { press: 'ΜΜΕ / δημοσιότητα', regulator: 'ρυθμιστική αρχή', lawyer: 'δικηγόρος', chargeback: 'αμφισβήτηση χρέωσης', cancel: 'ακύρωση / αποχώρηση' },
  flags: { joke: 'Αστείο ή trolling: απαντήστε με προσοχή', mixed: 'Έπαινος μέσα σε παράπονο: ίσως σαρκασμός, διαβάστε το προσεκτικά', question: 'Ερώτηση', praise: 'Έπαινος', 'joins-complaint': 'Συμμετέχει σε παράπονο', 'brand-post': 'Δική σας ανάρτηση', shouting: 'Φωνές', profanity: 'Βωμολοχίες' },
  waited: (d) => `Αναμονή ${d}`,
  noTime: 'Άγνωστη ώρα ανάρτησης',
  target: (d, met) => `${d} ${met ? '✓' : '✗'}`,
  suggestions: 'Προτεινόμενες απαντήσεις',
  noSuggestions: 'Κανένα πρότυπο δεν ταιριάζει ακόμη. Γράψτε τη δική σας απάντηση· η λίστα ελέγχου θα βοηθήσει.',
  faq: 'Συχνές ερωτήσεις',
  fillIn: 'Συμπληρώστε πριν την εισαγωγή',
  insert: 'Εισαγωγή',
  insertWithout: 'Εισαγωγή χωρίς αυτά',
  cancel: 'Πίσω',
  variables: { customer_name: 'Όνομα πελάτη', agent_name: 'Το όνομά σας', signature: 'Υπογραφή', brand: 'Επωνυμία', dm_link: 'Σύνδεσμος μηνύματος', phone: 'Τηλέφωνο', email: 'E-mail', eta: 'Πότε', case_ref: 'Αριθμός υπόθεσης / παραγγελίας' },
  checklist: 'Λίστα ελέγχου απάντησης',
  checklistEmpty: 'Ξεκινήστε να γράφετε ή εισαγάγετε μια πρόταση: η λίστα ακολουθεί το κείμενό σας.',
  ruleHints: {
    'missing-apology': 'Αναγνωρίστε το πρόβλημα και ζητήστε συγγνώμη μία φορά, ειλικρινά.',
    'missing-fix': 'Πείτε τι θα κάνετε και μέχρι πότε (π.χ. «θα γίνει η επιστροφή σήμερα»).',
    'missing-private': 'Προσκαλέστε τον πελάτη σε προσωπικό μήνυμα, e-mail ή τηλέφωνο για τις λεπτομέρειες.',
    'repeated-apology': 'Ζητάτε συγγνώμη πάνω από μία φορά· μία, ειλικρινά, αρκεί.',
    blame: 'Αυτό ρίχνει την ευθύνη στον πελάτη. Αναλάβετε το πρόβλημα και πείτε τι θα κάνετε.',
    lecturing: 'Μην παραθέτετε όρους και πολιτικές· εξηγήστε τι μπορείτε να κάνετε για τον πελάτη.',
    boilerplate: 'Εταιρικό κλισέ. Πείτε το με δικά σας λόγια, συγκεκριμένα για αυτόν τον πελάτη.',
    'public-personal-data': 'Μη ζητάτε δημόσια προσωπικά στοιχεία· ζητήστε τα με προσωπικό μήνυμα, e-mail ή τηλέφωνο.',
    'too-long': 'Πολύ μεγάλο για αυτή την πλατφόρμα· συντομεύστε το ή μεταφέρετε τις λεπτομέρειες σε προσωπικό μήνυμα.',
    shouting: 'Τα κεφαλαία διαβάζονται σαν φωνές· γράψτε κανονικά.',
    exclamation: 'Πολλά θαυμαστικά· το πολύ ένα, για να μείνει ήρεμος ο τόνος.',
  },
  checks: { apology: 'Ζητά συγγνώμη', fix: 'Προτείνει συγκεκριμένη λύση', private: 'Μεταφέρει τη συζήτηση ιδιωτικά', noBlame: 'Δεν κατηγορεί, δεν κάνει κήρυγμα', noBoilerplate: 'Χωρίς εταιρικά κλισέ', noPersonalData: 'Δεν ζητά δημόσια προσωπικά στοιχεία', length: 'Μέσα στο όριο χαρακτήρων', tone: 'Ήρεμος τόνος' },
  queue: (n) => `Παράπονα σε αυτή τη σελίδα (${n})`,
  queueEmpty: 'Δεν βρέθηκαν παράπονα σε αυτή τη σελίδα.',
  queueNeedsBrand: 'Για να δείτε τα παράπονα προς την επωνυμία σας, προσθέστε το όνομα ή τους λογαριασμούς της (και λέξεις-κλειδιά προϊόντων) στις Ρυθμίσεις του Soothe.',
  answered: 'απαντήθηκε',
  unanswered: 'αναπάντητο',
  inserted: 'Η απάντηση μπήκε. Ελέγξτε την και πατήστε το κουμπί Απάντηση της σελίδας.',
  sentLogFailed: (why) => `Η απάντηση στάλθηκε, αλλά το Soothe δεν μπόρεσε να την καταγράψει: ${why}`,
  insertFailed: (tried) => `Το Soothe δεν μπόρεσε να βάλει την απάντηση σε αυτό το πεδίο (δοκιμάστηκαν: ${tried}). Τίποτα δεν άλλαξε.`,
  logFailed: (why) => `Η απάντηση μπήκε, αλλά δεν καταγράφηκε: ${why}`,
  composerGone: 'Το πεδίο απάντησης δεν υπάρχει πια στη σελίδα. Ανοίξτε το ξανά και δοκιμάστε πάλι.',
  resolve: 'Σήμανση ως επιλυμένο',
  notRegistered: 'Η απάντηση είναι στο πεδίο, αλλά η σελίδα δεν την κατέγραψε (το κουμπί Απάντηση είναι ανενεργό). Πληκτρολογήστε και σβήστε έναν χαρακτήρα ή επικολλήστε ξανά την απάντηση.',
  resolvedCloseOut: 'Η υπόθεση επιλύθηκε. Κλείστε τη δημόσια στη συζήτηση:',
  resolveFailed: (why) => `Δεν ήταν δυνατή η σήμανση ως επιλυμένο: ${why}`,
  needs: (labels) => `Χρειάζεται: ${labels}· χωρίς αυτό, η πρόταση που το χρησιμοποιεί παραλείπεται.`,
  willInsert: 'Τι θα μπει',
  sentLogged: (d) => (d ? `Στάλθηκε και καταγράφηκε. Πρώτη απάντηση: ${d}.` : 'Στάλθηκε και καταγράφηκε.'),
  nextComplaint: 'Επόμενο παράπονο χωρίς απάντηση',
  allAnswered: 'Όλα τα παράπονα σε αυτή τη σελίδα έχουν απάντηση.',
  answeredIn: (d) => `Απαντήθηκε σε ${d}`,
  nextOnScreen: 'Είναι τώρα στην οθόνη: πατήστε το «Απάντηση» του για να απαντήσετε.',
  searchLabel: 'Αναζήτηση σε όλες τις απαντήσεις',
  searchPlaceholder: 'Πληκτρολογήστε για αναζήτηση σε όλες τις απαντήσεις…',
  noResults: (q) => `Τίποτα στη βιβλιοθήκη δεν ταιριάζει με «${q}».`,
  draftFailing: (n) => `Απαντήσεις Soothe: ${n} σημεία προς διόρθωση στο προσχέδιο`,
};

export const PANEL_STRINGS: Record<Locale, PanelStrings> = { en, pl, el };

export function panelStrings(languages: readonly string[] | undefined = globalThis.navigator?.languages): PanelStrings {
  return PANEL_STRINGS[pickLocale(languages)];
}

/** "2 h 5 min" in the panel's language (the popup's units). */
export function formatWait(ms: number, t: PanelStrings): string {
  return formatDuration(ms, STATS_STRINGS[t.locale]);
}
