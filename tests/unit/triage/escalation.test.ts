/** Escalation is an explicit threat; a plain request to cancel, delete or close is not one. */
import { describe, expect, it } from 'vitest';
import { triage } from '../../../lib/triage';

describe('escalation: threats, not requests', () => {
  it.each([
    ['en', 'Please cancel order 5521, I picked the wrong colour'],
    ['en', 'How do I delete my account and all my data?'],
    ['en', 'I would like to close my account, can you help me with that?'],
    ['pl', 'Proszę o anulowanie zamówienia, zamówiłem zły kolor'],
    ['pl', 'Jak usunąć konto w waszym sklepie?'],
    ['el', 'Θα ήθελα να ακυρώσω την παραγγελία, διάλεξα λάθος χρώμα'],
    ['el', 'Πώς μπορώ να διαγράψω τον λογαριασμό μου;'],
    // Words that only look like threats: a past cancellation, a shop named Media Markt, a TV service that
    // fails, "pozwala" (allows) beside "pozew" (a lawsuit), a TV that does not work.
    ['en', "I cancelled my gym membership in June and you've charged me again in July."],
    ['pl', 'W Media Markcie nikt nie chciał mi pomóc przy wyborze pralki, sprzedawcy rozmawiali przy kasie.'],
    ['pl', 'Telewizja kablowa znowu nie działa, trzecia awaria w tym miesiącu'],
    ['pl', 'Aplikacja nie pozwala doładować telefonu, ciągle błąd'],
    ['el', 'Η τηλεόραση της Nova δεν πιάνει κανένα κανάλι από χθες'],
  ])('%s: "%s" is not an escalation', (lang, text) => {
    expect(triage({ text, lang }).escalation).toBe(false);
  });

  it.each([
    ['en', 'Third outage this week. Fix it by Friday or I am cancelling my contract and switching to another provider.'],
    ['en', 'You charged me twice and ignore my emails. I will dispute the charge with my bank and report you to the regulator.'],
    ['pl', 'Trzeci tydzień bez internetu, jeśli nie naprawicie do piątku, wypowiadam umowę i zgłaszam sprawę do UOKiK.'],
    ['el', 'Τρίτη βλάβη αυτή την εβδομάδα, αν δεν το φτιάξετε θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή.'],
    ['pl', 'Kolejny tydzień bez internetu. Jeśli nie naprawicie tego do piątku, pozwę was i opiszę sprawę w mediach.'],
    ['pl', 'Trzeci raz obiecujecie oddzwonić i nic. Jeszcze raz tak będzie i przenoszę numer do innej sieci.'],
  ])('%s: "%s" is an escalation', (lang, text) => {
    const r = triage({ text, lang });
    expect(r.complaint).toBe(true);
    expect(r.escalation).toBe(true);
  });
});

describe('category confidence', () => {
  it('is reported between 0 and 1 and is higher for a clear category than for a vague post', () => {
    const clear = triage({ text: 'My parcel never arrived, the courier says delivered but tracking shows nothing', lang: 'en' });
    const vague = triage({ text: 'Not impressed with you lot today', lang: 'en' });
    expect(clear.category).toBe('delivery');
    for (const r of [clear, vague]) {
      expect(r.categoryConfidence).toBeGreaterThanOrEqual(0);
      expect(r.categoryConfidence).toBeLessThanOrEqual(1);
    }
    expect(clear.categoryConfidence!).toBeGreaterThan(vague.categoryConfidence!);
  });
});
