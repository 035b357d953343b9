/** Fix and blame across inflection and word order in Polish and Greek, and hostile input staying linear. */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';

const pl = (text: string) => checkReply(text, { lang: 'pl' });
const el = (text: string) => checkReply(text, { lang: 'el' });

describe('concrete fix, any verb and word order', () => {
  it.each([
    'Zwrócimy pieniądze do piątku.',
    'Pieniądze zwrócimy w przyszłym tygodniu.',
    'Uszkodzony ekspres odbierzemy i naprawimy na nasz koszt.',
    'Kolejną partię dowieziemy jutro rano.',
    'Saldo zostanie skorygowane przy najbliższym rozliczeniu.',
    'Będziemy dzwonić do przewoźnika codziennie, aż paczka dotrze.',
  ])('pl: %s', (text) => expect(pl(text).fix).toBe(true));

  it.each([
    'Θα σας καλέσει ο τεχνικός αύριο.',
    'Αύριο ο τεχνικός θα σας καλέσει.',
    'Διορθώνουμε το πρόβλημα στη γραμμή σας και θα λειτουργεί ξανά ως το απόγευμα.',
    'Η συνδρομή σας ακυρώθηκε και δεν θα χρεωθείτε ξανά.',
    'Θα αντικαταστήσουμε το κινητό σας εντός πέντε εργάσιμων ημερών.',
  ])('el: %s', (text) => expect(el(text).fix).toBe(true));

  it.each([
    ['pl', 'Niestety nie zwrócimy pieniędzy za bilet.'],
    ['pl', 'Rozumiemy, że to frustrujące.'],
    ['pl', 'Dziękujemy za wiadomość i pozdrawiamy.'],
    ['el', 'Δεν θα επιστρέψουμε τα χρήματα.'],
    ['el', 'Ευχαριστούμε για την κατανόηση.'],
    ['el', 'Θα χρειαστούμε λίγο χρόνο.'],
  ] as const)('not a fix (%s): %s', (lang, text) => expect(checkReply(text, { lang }).fix).toBe(false));
});

describe('blame across inflection and word order', () => {
  it.each([
    'Trzeba było zgłosić usterkę wcześniej.',
    'Powinna Pani była zachować paragon.',
    'Pan powinien był to sprawdzić.',
    'Błędnie Pan podał kod pocztowy.',
    'Pani sama zamówiła ten kolor.',
    'Nie zabezpieczyła Pani paczki przed wysyłką.',
  ])('pl: %s', (text) => expect(pl(text).blame).toBe(true));

  it.each([
    'Έπρεπε να διαβάσετε τις οδηγίες.',
    'Θα έπρεπε να το είχατε δηλώσει.',
    'Δεν διαβάσατε την περιγραφή του προϊόντος.',
    'Εσείς επιλέξατε την αργή αποστολή.',
    'Συμπληρώσατε λάθος ταχυδρομικό κώδικα.',
  ])('el: %s', (text) => expect(el(text).blame).toBe(true));

  it.each([
    ['pl', 'Powinniśmy byli odpisać szybciej, przepraszamy.'],
    ['pl', 'To nasz błąd, źle zapakowaliśmy zamówienie.'],
    ['el', 'Έπρεπε να σας είχαμε ενημερώσει νωρίτερα.'],
    ['el', 'Λυπούμαστε που δεν λάβατε το δέμα.'],
  ] as const)('owning the mistake is not blame (%s): %s', (lang, text) => expect(checkReply(text, { lang }).blame).toBe(false));
});

describe('hostile input', () => {
  it('a 200,000-letter word, and thousands of negated fixes, are checked without blowing up', () => {
    for (const lang of ['en', 'pl', 'el'] as const) {
      expect(checkReply('a'.repeat(200_000), { lang }).fix).toBe(false);
      expect(checkReply('ą'.repeat(200_000) + 'imy', { lang }).blame).toBe(false);
      expect(checkReply(('δεν ' + 'επιστρέφουμε '.repeat(3)).repeat(10_000), { lang }).blame).toBe(false);
      expect(checkReply('nie zwrócimy '.repeat(20_000), { lang }).ok).toBe(false);
    }
  });
});
