/**
 * Arguing with the customer in public is blame too: disbelief, denial, "everyone else manages", "as we told you three
 * times", pushing the fault onto their bank or device, counterfactual reproach. Each family is checked with sentences
 * written for this test (not taken from any evaluation set), next to a look-alike that keeps the rules.
 */
import { describe, it } from 'vitest';
import { expectEach } from './helpers';

describe('arguing with the customer counts as blame', () => {
  it('English', () => {
    expectEach('blame', 'en', true, [
      'We find that very hard to believe, since the parcel was signed for.',
      "That's simply not true: nobody promised a refund.",
      'Some passengers forget that liquids go in a clear bag.',
      "It's not rocket science, the reset button is on the back.",
      "We've explained this to you three times already.",
      "We can't be responsible for what happens on your home network.",
      'Had you checked the confirmation, you would have seen the date.',
      "Sorry you feel that way, but the fee was on the booking page.",
      'You typed the old postcode instead of the new one.',
      "Missing the connection is on the passenger, not the airline.",
      "This is the third time we've explained the fee.",
      'If you had chosen express shipping, it would be here by now.',
      'The card number was entered incorrectly at checkout.',
    ]);
  });

  it('English look-alikes are left alone', () => {
    expectEach('blame', 'en', false, [
      'Sorry, that was our mistake. A new card is on its way and arrives Friday.',
      'You ordered on Monday, so it ships on Thursday.',
      'If you forgot your password, reset it from the login page.',
      'We should have told you about the delay earlier. We have refunded the fee.',
      "If you'd like, we can move the delivery to Saturday.",
    ]);
  });

  it('Polish', () => {
    expectEach('blame', 'pl', true, [
      'Trudno nam uwierzyć, że nikogo nie było w domu przez cały dzień.',
      'To po prostu nieprawda, konsultant niczego takiego nie obiecywał.',
      'Niektórzy klienci zapominają, że bilet trzeba skasować.',
      'Informowaliśmy Pana o tym już trzykrotnie.',
      'Za uszkodzenia po upadku nie odpowiadamy.',
      'Gdyby Pan przyjechał punktualnie, zdążyłby Pan na prom.',
      'Wpisałeś numer bloku zamiast numeru mieszkania.',
      'To nie my zgubiliśmy klucze, zostały w szatni.',
      'Tak jak pisaliśmy wczoraj, zwroty trwają do 14 dni.',
      'Termin odbioru wybrała Pani sama.',
    ]);
  });

  it('Polish look-alikes are left alone', () => {
    expectEach('blame', 'pl', false, [
      'Ma Pani rację, nasz kurier nie powinien był zostawić paczki pod drzwiami. Dostarczymy nową jutro.',
      'Gdyby Pan chciał zmienić termin, prosimy o wiadomość prywatną.',
      'Zwrócimy pieniądze na kartę, którą Pani płaciła.',
      'Przepraszamy za kłopot, zwrot zlecimy jeszcze dziś.',
    ]);
  });

  it('Greek', () => {
    expectEach('blame', 'el', true, [
      'Όπως εξηγήσαμε ήδη, η επιστροφή δεν γίνεται μετά τις 14 ημέρες.',
      'Μας φαίνεται απίθανο να μην είδατε την ειδοποίηση.',
      'Κάποιοι πελάτες νομίζουν ότι η εγγύηση καλύπτει και τις πτώσεις.',
      'Είναι η τρίτη φορά που σας απαντάμε στο ίδιο θέμα.',
      'Μάλλον φταίει ο router σας και όχι το δίκτυό μας.',
      'Η συσκευή χάλασε γιατί την αφήσατε στον ήλιο.',
      'Όπως θα έχετε διαπιστώσει, η συσκευασία ήταν ανοιγμένη.',
      'Η πληρωμή απορρίφθηκε από την τράπεζά σας, όχι εμείς.',
      'Τρίτη φορά το εξηγούμε: η εγγύηση δεν καλύπτει πτώσεις.',
      'Δεν είναι δουλειά μας να θυμόμαστε τους κωδικούς σας.',
    ]);
  });

  it('Greek look-alikes are left alone', () => {
    expectEach('blame', 'el', false, [
      'Όπως σας είπαμε στο τηλέφωνο, ο τεχνικός έρχεται αύριο το πρωί.',
      'Λυπούμαστε για την καθυστέρηση. Ο τεχνικός θα έρθει αύριο στις 10:00.',
      'Επειδή μας στείλατε τις φωτογραφίες, η αποζημίωση εγκρίθηκε σήμερα.',
      'Σας ευχαριστούμε που μας ενημερώσατε, το διορθώσαμε.',
    ]);
  });
});
