/**
 * A remedy already done is a concrete fix ("your fee has been waived", "we've rerouted the parcel"); a mention of a
 * complaint or a courier is not ("reklamację można złożyć do 2 lat", "kurier dzwonił o 14:10").
 * Sentences written for this test, not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';
import { expectEach } from './helpers';

const fixes = (lang: 'en' | 'pl' | 'el', text: string) => checkReply(text, { lang, platform: 'x' }).fix;

describe('a remedy already done is a fix', () => {
  it('English: done in the first person, in the passive, as a state, or a step in the settings', () => {
    expectEach('fix', 'en', true, [
      "We've waived this month's fee.",
      'Your booking has been corrected to the 12th.',
      'Your account is unlocked, you can sign in again.',
      'Switch it off under Settings > Notifications and the alerts stop.',
      'Update the app to 7.2 and the login works again.',
      'The refund is on its way back to your card.',
      'Sorry about that. Reinstall the app from the store and it will open again.',
    ]);
  });

  it('English: the problem in the passive is not a fix', () => {
    expect(fixes('en', 'Your flight has been cancelled.')).toBe(false);
  });

  it('Polish: a complaint accepted or a courier coming is a fix; a mention of either is not', () => {
    expect(fixes('pl', 'Uznaliśmy Pani reklamację.')).toBe(true);
    expect(fixes('pl', 'Kurier odbierze paczkę w czwartek.')).toBe(true);
    expect(fixes('pl', 'Pani reklamacja jest jeszcze rozpatrywana.')).toBe(false);
    expect(fixes('pl', 'Kurier dzwonił dwa razy, ale nikt nie odebrał.')).toBe(false);
  });

  it('Polish and Greek: a step the customer can take now, or a state restored', () => {
    expect(fixes('pl', 'Paczkę można odebrać w oddziale do środy.')).toBe(true);
    expect(fixes('pl', 'Konto odblokowane, przelewy już działają.')).toBe(true);
    expect(fixes('el', 'Μπορείτε να συνδεθείτε με τον αριθμό του κινητού σας.')).toBe(true);
    expect(fixes('el', 'Ο κωδικός έκπτωσης είναι ήδη στο πορτοφόλι σας.')).toBe(true);
  });

  it('a policy stated is not a fix', () => {
    expect(fixes('en', 'Delivery is free on orders over £50.')).toBe(false);
  });
});
