/**
 * SCRATCH (issue 14): strings of the one-screen popup and the welcome page, kept here until the
 * one-file-per-locale layout lands; then they move into lib/i18n/locales/{en,pl,el}.ts.
 */
import type { Locale } from './stats';

export interface DayStrings {
  // popup
  answeredOf: (answered: number, seen: number) => string;
  moreNumbers: string;
  breakdowns: string;
  severityHelpTitle: string;
  severityHelp: Record<string, string>;
  customer: string;
  open: string;
  noExcerpt: string;
  setupCta: string;
  setupNeeded: string;
  // welcome page
  welcomeTitle: string;
  welcomeIntro: string;
  stepBrand: string;
  stepYou: string;
  stepChannels: string;
  stepLanguages: string;
  stepTargets: string;
  channelsHint: string;
  saveAndStart: string;
  welcomeSaved: string;
  welcomeProblem: string;
  targetsFailed: (why: string) => string;
}

const en: DayStrings = {
  answeredOf: (a, s) => `${a} of ${s} answered`,
  moreNumbers: 'More numbers',
  breakdowns: 'By platform, category and template',
  severityHelpTitle: 'What the severity words mean',
  severityHelp: {
    no_reproach: 'reports a problem without blaming anyone',
    disapproval: 'unhappy with you, but accuses no one',
    accusation: 'says you did something wrong',
    blame: 'holds you responsible, often angrily: answer first',
  },
  customer: 'Customer',
  open: 'Open',
  noExcerpt: 'text not kept',
  setupCta: 'Set up Soothe (2 minutes)',
  setupNeeded: 'Tell Soothe your brand, so it knows which complaints are yours.',
  welcomeTitle: 'Welcome to Soothe',
  welcomeIntro: 'Five quick answers and Soothe is ready: it uses them to pick out complaints to your brand and to fill in replies. Everything stays in this browser; you can change it later in Settings.',
  stepBrand: 'Your brand',
  stepYou: 'You',
  stepChannels: 'Private channels',
  stepLanguages: 'Languages',
  stepTargets: 'Targets',
  channelsHint: 'Where customers can reach you privately; replies offer these instead of asking for details in public.',
  saveAndStart: 'Save and start',
  welcomeSaved: 'Saved. Open a complaint on X or Facebook and press the Soothe button beside the reply box.',
  welcomeProblem: 'Please correct the highlighted fields; nothing was saved yet.',
  targetsFailed: (why) => `Your profile is saved, but the targets were not: ${why}`,
};

const pl: DayStrings = {
  answeredOf: (a, s) => `${a} z ${s} z odpowiedzią`,
  moreNumbers: 'Więcej liczb',
  breakdowns: 'Według platformy, kategorii i szablonu',
  severityHelpTitle: 'Co znaczą stopnie powagi',
  severityHelp: {
    no_reproach: 'zgłasza problem, nikogo nie obwinia',
    disapproval: 'jest niezadowolony, ale nikogo nie oskarża',
    accusation: 'twierdzi, że zrobiliście coś źle',
    blame: 'obarcza was winą, często ze złością: odpowiedz najpierw tutaj',
  },
  customer: 'Klient',
  open: 'Otwórz',
  noExcerpt: 'treść nie jest przechowywana',
  setupCta: 'Skonfiguruj Soothe (2 minuty)',
  setupNeeded: 'Podaj Soothe swoją markę, żeby wiedział, które skargi są do Ciebie.',
  welcomeTitle: 'Witaj w Soothe',
  welcomeIntro: 'Pięć krótkich odpowiedzi i Soothe jest gotowy: dzięki nim rozpozna skargi do Twojej marki i uzupełni odpowiedzi. Wszystko zostaje w tej przeglądarce; później zmienisz to w Ustawieniach.',
  stepBrand: 'Twoja marka',
  stepYou: 'Ty',
  stepChannels: 'Kanały prywatne',
  stepLanguages: 'Języki',
  stepTargets: 'Cele',
  channelsHint: 'Gdzie klienci mogą napisać do Ciebie prywatnie; odpowiedzi zaproponują te kanały zamiast prosić o dane publicznie.',
  saveAndStart: 'Zapisz i zacznij',
  welcomeSaved: 'Zapisano. Otwórz skargę na X lub Facebooku i naciśnij przycisk Soothe obok pola odpowiedzi.',
  welcomeProblem: 'Popraw zaznaczone pola; nic jeszcze nie zostało zapisane.',
  targetsFailed: (why) => `Profil zapisany, ale cele nie: ${why}`,
};

const el: DayStrings = {
  answeredOf: (a, s) => `${a} από ${s} απαντήθηκαν`,
  moreNumbers: 'Περισσότερα νούμερα',
  breakdowns: 'Ανά πλατφόρμα, κατηγορία και πρότυπο',
  severityHelpTitle: 'Τι σημαίνουν οι βαθμοί σοβαρότητας',
  severityHelp: {
    no_reproach: 'αναφέρει ένα πρόβλημα χωρίς να κατηγορεί κανέναν',
    disapproval: 'είναι δυσαρεστημένος, αλλά δεν κατηγορεί κανέναν',
    accusation: 'λέει ότι κάνατε κάτι λάθος',
    blame: 'σας θεωρεί υπεύθυνους, συχνά με θυμό: απαντήστε πρώτα εδώ',
  },
  customer: 'Πελάτης',
  open: 'Άνοιγμα',
  noExcerpt: 'το κείμενο δεν κρατήθηκε',
  setupCta: 'Ρύθμιση του Soothe (2 λεπτά)',
  setupNeeded: 'Πείτε στο Soothe ποια είναι η μάρκα σας, για να ξέρει ποια παράπονα είναι δικά σας.',
  welcomeTitle: 'Καλώς ήρθατε στο Soothe',
  welcomeIntro: 'Πέντε γρήγορες απαντήσεις και το Soothe είναι έτοιμο: με αυτές ξεχωρίζει τα παράπονα προς τη μάρκα σας και συμπληρώνει τις απαντήσεις. Όλα μένουν σε αυτόν τον φυλλομετρητή· μπορείτε να τα αλλάξετε αργότερα στις Ρυθμίσεις.',
  stepBrand: 'Η μάρκα σας',
  stepYou: 'Εσείς',
  stepChannels: 'Ιδιωτικά κανάλια',
  stepLanguages: 'Γλώσσες',
  stepTargets: 'Στόχοι',
  channelsHint: 'Πού μπορούν οι πελάτες να σας βρουν ιδιωτικά· οι απαντήσεις τα προτείνουν αντί να ζητούν στοιχεία δημόσια.',
  saveAndStart: 'Αποθήκευση και έναρξη',
  welcomeSaved: 'Αποθηκεύτηκε. Ανοίξτε ένα παράπονο στο X ή στο Facebook και πατήστε το κουμπί Soothe δίπλα στο πεδίο απάντησης.',
  welcomeProblem: 'Διορθώστε τα επισημασμένα πεδία· δεν αποθηκεύτηκε τίποτα ακόμη.',
  targetsFailed: (why) => `Το προφίλ σας αποθηκεύτηκε, αλλά οι στόχοι όχι: ${why}`,
};

export const DAY_STRINGS: Record<Locale, DayStrings> = { en, pl, el };
