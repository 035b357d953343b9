/**
 * Concrete fix versus an offer to look: "DM us and we'll take a look" takes it private and fixes nothing
 * yet; a named remedy or step is a fix with or without the DM (real agent replies, scripts/eval/data/twcs-replies).
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';

const check = (lang: 'en' | 'pl' | 'el', text: string) => checkReply(text, { lang });
/** Every reply in these cases takes the conversation private; what differs is whether it also fixes. */
const fixInPrivateReply = (lang: 'en' | 'pl' | 'el', text: string) => {
  const r = check(lang, text);
  expect(r.private).toBe(true);
  return r.fix;
};

describe('an offer to look or a bare time in a private-channel reply is not a fix', () => {
  it.each([
    ['en', "Can you DM us your email address? We'll take a look."],
    ['en', 'Please DM us your phone number so we can look into this!'],
    ['en', 'DM us today.'],
    ['pl', 'Napisz do nas na priv, sprawdzimy to.'],
    ['pl', 'Napisz do nas prywatną wiadomość jeszcze dziś.'],
    ['el', 'Στείλτε μας μήνυμα και θα το ελέγξουμε.'],
    ['el', 'Στείλτε μας μήνυμα σήμερα.'],
  ] as const)('%s: %s', (lang, text) => expect(fixInPrivateReply(lang, text)).toBe(false));

  it.each([
    ['en', "We're looking into this now."],
    ['pl', 'Sprawdzimy to jeszcze dziś.'],
    ['el', 'Θα το ελέγξουμε άμεσα.'],
  ] as const)('without a private channel it still counts (%s): %s', (lang, text) => expect(check(lang, text).fix).toBe(true));

  it.each([
    ['en', "DM us your order number and we'll send a replacement."],
    ['en', 'Sorry! Our store manager will phone you before 5pm today.'],
    ['pl', 'Napisz do nas na priv, a wyślemy nową paczkę.'],
    ['el', 'Στείλτε μας μήνυμα και θα σας στείλουμε νέο προϊόν.'],
  ] as const)('a named remedy with a private channel is a fix (%s): %s', (lang, text) => expect(fixInPrivateReply(lang, text)).toBe(true));
});

describe('an offer with its time is a commitment, two times are not', () => {
  it.each([
    ['en', "I'll look into it today and get back to you by tomorrow. Could you send us a DM with a few details?"],
    ['en', "DM us and we'll take a look today."],
    ['pl', 'Przejmuję sprawę osobiście i odpowiem jeszcze dziś. Prosimy o wiadomość prywatną.'],
    ['pl', 'Usuwamy usterkę, informacja tutaj w ciągu godziny. Prosimy o wiadomość prywatną.'],
    ['el', 'Αναλαμβάνω προσωπικά την υπόθεσή σας και θα έχετε απάντηση σήμερα. Στείλτε μας προσωπικό μήνυμα.'],
  ] as const)('fix (%s): %s', (lang, text) => expect(fixInPrivateReply(lang, text)).toBe(true));

  it('opening hours with a private channel are not a fix', () => {
    expect(fixInPrivateReply('en', "We're here from 8:00 am-9:00 pm Monday-Friday and 11:00 am-8:00pm Saturday. When is the best time to reach you?")).toBe(false);
  });
});

describe('concrete steps and remedies found on real replies, with their Polish and Greek equivalents', () => {
  it.each([
    ['en', "Not to worry, we'll pass on your feedback to the right team."],
    ['en', 'We can certainly forward this request to our dev team!'],
    ['en', 'Have you tried deleting the card from the account and re-adding it?'],
    ['en', 'Could you try streaming one of our playlists, then switch to the Now Playing screen?'],
    ['en', 'Your Moneycard can be sent via post.'],
    ['en', 'You still have to open a claim through eBay to be protected.'],
    ['en', 'To recover your account we recommend that you contact our Answer desk team.'],
    ['en', 'Our IT team is diligently working on it.'],
    ['en', 'Please check junk/spam and let us know!'],
    ['en', "We've sent a replacement."],
    ['pl', 'Przekażemy Pana uwagi do działu obsługi.'],
    ['pl', 'Czy próbował Pan zrestartować router?'],
    ['pl', 'Karta może zostać wysłana pocztą.'],
    ['pl', 'Może Pani zwrócić towar w każdym naszym sklepie.'],
    ['pl', 'Prosimy sprawdzić folder spam.'],
    ['pl', 'Wysłaliśmy już nową paczkę.'],
    ['el', 'Δοκιμάσατε να επανεκκινήσετε το ρούτερ;'],
    ['el', 'Η κάρτα μπορεί να σταλεί ταχυδρομικά.'],
    ['el', 'Μπορείτε να επιστρέψετε το προϊόν σε οποιοδήποτε κατάστημα.'],
    ['el', 'Ελέγξτε τον φάκελο ανεπιθύμητης αλληλογραφίας.'],
    ['el', 'Σας στείλαμε ήδη νέο προϊόν.'],
  ] as const)('%s: %s', (lang, text) => expect(check(lang, text).fix).toBe(true));

  it.each([
    ['en', "I'll do my best to help."],
    ['en', "We'll be in touch."],
    ['en', 'We will not be refunding this.'],
    ['en', 'We recommend that you DM us.'],
    ['en', 'Please try reaching us by phone.'],
  ] as const)('not a fix (%s): %s', (lang, text) => expect(check(lang, text).fix).toBe(false));
});
