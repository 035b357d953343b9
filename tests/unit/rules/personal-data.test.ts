import { describe, expect, it } from 'vitest';
import { checkReply, type Lang } from '../../../lib/rules/index';
import { findingsOf, spanText } from './helpers';

const pd = (text: string, lang: Lang) => findingsOf(checkReply(text, { lang }), 'public-personal-data');

describe('personal data requested in public', () => {
  it('flags a public request for an order number, address, phone or e-mail (en)', () => {
    const text = "Sorry about that! Could you send us your order number and we'll check it?";
    const found = pd(text, 'en');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(spanText(text, found[0]!)).toBe('send us your order number');
    expect(pd("What's your delivery address?", 'en')).toHaveLength(1);
    expect(pd('Please share your phone number so we can call.', 'en')).toHaveLength(1);
    expect(pd('Let us know your email and we will reply.', 'en')).toHaveLength(1);
  });

  it('accepts the same request made by DM, in the same or the next sentence', () => {
    expect(pd('Sorry! Please send us your order number by DM.', 'en')).toEqual([]);
    expect(pd('DM us your order number and we will check.', 'en')).toEqual([]);
    expect(pd('Could you send us your order number? Please do it in a DM so it stays private.', 'en')).toEqual([]);
    expect(pd('Send us a DM. Include your order number and postcode.', 'en')).toEqual([]);
  });

  it('accepts telling the customer not to post their details', () => {
    expect(pd("Please don't share your order number here, it's a public page.", 'en')).toEqual([]);
  });

  it('does not mistake our own actions for a request', () => {
    expect(pd("We'll send the replacement to your address tomorrow.", 'en')).toEqual([]);
    expect(pd('Please allow 3 days for the refund to reach your card.', 'en')).toEqual([]);
  });

  it('Polish: public request flagged, private one accepted, inflected nouns matched', () => {
    const text = 'Przepraszamy! Prosimy o podanie numeru zamówienia i adresu.';
    const found = pd(text, 'pl');
    expect(found).toHaveLength(1);
    expect(spanText(text, found[0]!)).toBe('Prosimy o podanie numeru zamówienia');
    expect(pd('Podaj nam swój adres e-mail.', 'pl')).toHaveLength(1);
    expect(pd('Podaj nam swoj adres e-mail.', 'pl')).toHaveLength(1);
    expect(pd('Prosimy o podanie numeru zamówienia w wiadomości prywatnej.', 'pl')).toEqual([]);
    expect(pd('Napisz do nas na priv. Podaj numer zamówienia i telefon.', 'pl')).toEqual([]);
    expect(pd('Prosimy nie podawać tutaj numeru zamówienia.', 'pl')).toEqual([]);
  });

  it('Greek: public request flagged, private one accepted', () => {
    const text = 'Λυπούμαστε! Στείλτε μας τον αριθμό παραγγελίας σας εδώ.';
    const found = pd(text, 'el');
    expect(found).toHaveLength(1);
    expect(spanText(text, found[0]!)).toBe('Στείλτε μας τον αριθμό παραγγελίας');
    expect(pd('Ποιο είναι το τηλέφωνό σας;', 'el')).toHaveLength(1);
    expect(pd('Στείλτε μας τον αριθμό παραγγελίας σε προσωπικό μήνυμα.', 'el')).toEqual([]);
    expect(pd('Στειλτε μας τον αριθμο παραγγελιας στο inbox.', 'el')).toEqual([]);
    expect(pd('Μην μας στέλνετε εδώ τον αριθμό παραγγελίας.', 'el')).toEqual([]);
  });

  it('makes the reply not ok even when everything else is present', () => {
    const r = checkReply("So sorry! We'll refund today. Please reply with your card number. Our team checks replies every day. You can also DM us later.", { lang: 'en' });
    expect(r.apology && r.fix && r.private).toBe(true);
    // The DM mention is two sentences away from the request, so it does not cover it.
    expect(findingsOf(r, 'public-personal-data')).toHaveLength(1);
    expect(r.ok).toBe(false);
  });
});
