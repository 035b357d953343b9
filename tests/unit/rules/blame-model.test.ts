/**
 * The blame model beside the lexicon (lib/rules/blame-model.ts). Sentences are written for these tests, not taken from
 * any reply set: blame no lexicon entry names, read by the model; polished replies it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { blameProbability, blameThreshold } from '../../../lib/rules/blame-model';
import { checkReply } from '../../../lib/rules/index';
import { expectEach, findingsOf, spanText } from './helpers';

const IMPLIED_BLAME: Array<[string, 'en' | 'el']> = [
  ['The confirmation screen showed the dates you picked before you paid.', 'en'],
  ['Η οθόνη επιβεβαίωσης έδειχνε τις ημερομηνίες που διαλέξατε πριν πληρώσετε.', 'el'],
];

describe('blame model', () => {
  it('ships a threshold between 0 and 1', () => {
    expect(blameThreshold()).toBeGreaterThan(0);
    expect(blameThreshold()).toBeLessThan(1);
  });

  it.each(IMPLIED_BLAME)('reads blame the lexicon does not name: %s', (text, lang) => {
    expect(checkReply(text, { lang, models: false }).blame).toBe(false);
    expect(checkReply(text, { lang }).blame).toBe(true);
  });

  it('points at the blaming sentence only, not the apology or the fix around it', () => {
    const reply = 'Sorry for the mix-up, Sam. The confirmation screen showed the dates you picked before you paid. DM us and we will rebook you for free.';
    const [finding, ...more] = findingsOf(checkReply(reply, { lang: 'en' }), 'blame');
    expect(more).toEqual([]);
    expect(spanText(reply, finding!)).toBe('The confirmation screen showed the dates you picked before you paid.');
    expect(finding!.severity).toBe('error');
  });

  it('leaves polished replies alone, even ones that name what went wrong on our side', () => {
    expectEach('blame', 'en', false, [
      "That's not the wait we promised you, and we're sorry. Your refund goes out today; DM us your order number.",
      'We got this one wrong. A replacement ships tomorrow by courier; send us a DM so we can confirm the address.',
      "If anything still isn't right after that, just reply here and we'll pick it up.",
    ]);
    expectEach('blame', 'pl', false, [
      'Przepraszamy, to nie jest czas oczekiwania, jaki obiecaliśmy. Zwrot zlecimy dziś, prosimy o numer zamówienia w wiadomości prywatnej.',
      'Gdyby coś jeszcze było nie tak, wystarczy odpisać, a zajmiemy się tym od razu.',
    ]);
    expectEach('blame', 'el', false, [
      'Ζητούμε συγγνώμη, δεν είναι αυτή η εξυπηρέτηση που σας υποσχεθήκαμε. Η επιστροφή γίνεται σήμερα· στείλτε μας μήνυμα.',
      'Αν κάτι δεν πάει καλά, απαντήστε μας εδώ και θα το αναλάβουμε αμέσως.',
    ]);
  });

  it('is not asked when the lexicon already found blame (one finding, the lexicon\'s phrase)', () => {
    const reply = 'Had you read the delivery notes, none of this would have happened.';
    const blames = findingsOf(checkReply(reply, { lang: 'en' }), 'blame');
    expect(blames.length).toBeGreaterThan(0);
    expect(blames.every((f) => spanText(reply, f) !== reply)).toBe(true);
  });

  it('reads whole sentences in their language: probabilities are in [0, 1] and differ by content', () => {
    const blaming = blameProbability(IMPLIED_BLAME[0]![0], 'en');
    const polite = blameProbability('We are sorry for the delay. A new parcel goes out today.', 'en');
    expect(blaming).toBeGreaterThanOrEqual(blameThreshold());
    expect(polite).toBeLessThan(0.1);
    expect(polite).toBeGreaterThanOrEqual(0);
  });
});
