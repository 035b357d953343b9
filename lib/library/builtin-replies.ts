/**
 * The few replies Soothe ships before any pack is installed. Each follows the reply rules:
 * acknowledge and apologise, a concrete next step, and take it private. No placeholders: these
 * are inserted as they are.
 */
import type { Lang } from '../triage/language';

export interface Reply {
  id: string;
  lang: Lang;
  title: string;
  body: string;
}

export const BUILTIN_REPLIES: readonly Reply[] = [
  {
    id: 'builtin.en.delivery-late',
    lang: 'en',
    title: 'Late delivery',
    body:
      "I'm really sorry your order still hasn't arrived — that's not the wait we promised.\n" +
      "I'll chase the courier today and come back to you with a delivery date.\n" +
      'Could you send us a DM with your order number so I can look into it?',
  },
  {
    id: 'builtin.en.faulty-product',
    lang: 'en',
    title: 'Faulty or damaged product',
    body:
      "I'm sorry the product reached you in that state — that's on us.\n" +
      "We'll send a replacement or refund you in full, whichever you prefer, within 3 working days.\n" +
      "Please DM us a photo and your order details and I'll sort it out personally.",
  },
  {
    id: 'builtin.en.support-slow',
    lang: 'en',
    title: 'Could not reach support',
    body:
      "I'm sorry you've been left waiting — you should have had an answer long ago.\n" +
      "I'm picking this up myself now and will reply today.\n" +
      "Send us a DM with the best way to reach you and I'll call you back.",
  },
  {
    id: 'builtin.pl.delivery-late',
    lang: 'pl',
    title: 'Opóźniona dostawa',
    body:
      'Bardzo przepraszam, że paczka wciąż do Pani/Pana nie dotarła — to nie jest czas, który obiecaliśmy.\n' +
      'Jeszcze dziś sprawdzę to u kuriera i wrócę z konkretną datą dostawy.\n' +
      'Proszę o wiadomość prywatną z numerem zamówienia, żebym mógł/mogła się tym zająć.',
  },
  {
    id: 'builtin.pl.faulty-product',
    lang: 'pl',
    title: 'Wadliwy lub uszkodzony produkt',
    body:
      'Przepraszam, że produkt dotarł w takim stanie — to nasza odpowiedzialność.\n' +
      'Wyślemy nowy egzemplarz albo zwrócimy pieniądze, jak Pani/Pan woli, w ciągu 3 dni roboczych.\n' +
      'Proszę przesłać nam zdjęcie i dane zamówienia w wiadomości prywatnej — zajmę się tym osobiście.',
  },
  {
    id: 'builtin.pl.support-slow',
    lang: 'pl',
    title: 'Brak kontaktu z obsługą',
    body:
      'Przepraszam, że musiała Pani/musiał Pan tak długo czekać — odpowiedź powinna była przyjść dawno.\n' +
      'Przejmuję sprawę i odpiszę jeszcze dziś.\n' +
      'Proszę o wiadomość prywatną z numerem telefonu, oddzwonię.',
  },
  {
    id: 'builtin.el.delivery-late',
    lang: 'el',
    title: 'Καθυστέρηση παράδοσης',
    body:
      'Λυπούμαστε πραγματικά που η παραγγελία σας δεν έχει φτάσει ακόμα — δεν είναι αυτό που σας υποσχεθήκαμε.\n' +
      'Θα το ελέγξω σήμερα με την εταιρεία courier και θα σας πω ακριβή ημερομηνία παράδοσης.\n' +
      'Στείλτε μας προσωπικό μήνυμα με τον αριθμό παραγγελίας για να το αναλάβω.',
  },
  {
    id: 'builtin.el.faulty-product',
    lang: 'el',
    title: 'Ελαττωματικό ή κατεστραμμένο προϊόν',
    body:
      'Ζητούμε συγγνώμη που το προϊόν σας έφτασε σε αυτή την κατάσταση — η ευθύνη είναι δική μας.\n' +
      'Θα σας στείλουμε νέο ή θα σας επιστρέψουμε τα χρήματα, όπως προτιμάτε, μέσα σε 3 εργάσιμες.\n' +
      'Στείλτε μας μια φωτογραφία και τα στοιχεία της παραγγελίας με προσωπικό μήνυμα.',
  },
  {
    id: 'builtin.el.support-slow',
    lang: 'el',
    title: 'Δεν μπορούσατε να βρείτε την εξυπηρέτηση',
    body:
      'Ζητούμε συγγνώμη για την αναμονή — έπρεπε να έχετε απάντηση εδώ και καιρό.\n' +
      'Αναλαμβάνω προσωπικά την υπόθεση και θα σας απαντήσω σήμερα.\n' +
      'Στείλτε μας προσωπικό μήνυμα με ένα τηλέφωνο και θα σας καλέσουμε.',
  },
];

/** Replies in the post's language first; the rest follow so nothing is hidden. */
export function repliesFor(lang: Lang): Reply[] {
  const same = BUILTIN_REPLIES.filter((r) => r.lang === lang);
  const other = BUILTIN_REPLIES.filter((r) => r.lang !== lang);
  return [...same, ...other];
}
