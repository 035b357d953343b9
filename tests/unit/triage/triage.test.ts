import { describe, expect, it } from 'vitest';
import { triage } from '../../../lib/triage/index';

const HOUR = 3_600_000;

describe('English complaint detection', () => {
  it('treats a breach of expectation as a complaint even without angry words', () => {
    const r = triage({ text: '@ShopCo ordered on the 3rd, still in transit, where is it?', lang: 'en' });
    expect(r.complaint).toBe(true);
    expect(r.category).toBe('delivery');
  });

  it('does not treat mere negativity, questions or praise as complaints', () => {
    expect(triage({ text: 'Mondays are the worst', lang: 'en' }).complaint).toBe(false);
    const q = triage({ text: '@ShopCo how do I change the delivery address on my order?', lang: 'en' });
    expect(q.complaint).toBe(false);
    expect(q.flags).toContain('question');
    const p = triage({ text: '@ShopCo thank you so much, amazing service as always!', lang: 'en' });
    expect(p.complaint).toBe(false);
    expect(p.flags).toContain('praise');
  });

  it('reports a score between 0 and 1 that agrees with the decision', () => {
    for (const text of ['@X my card was charged twice and nobody answers', 'lovely weather today']) {
      const r = triage({ text, lang: 'en' });
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.complaint).toBe(r.score >= 0.5);
    }
  });

  it('finds escalation threats and raises priority', () => {
    const calm = triage({ text: '@BT_UK third day without internet, please fix it', lang: 'en' });
    const hot = triage({
      text: '@BT_UK third day without internet. If this is not fixed tomorrow I am going to Ofcom and my lawyer.',
      lang: 'en',
    });
    expect(calm.complaint && hot.complaint).toBe(true);
    expect(hot.escalation).toBe(true);
    expect(hot.escalations).toEqual(expect.arrayContaining(['regulator', 'lawyer']));
    expect(calm.escalation).toBe(false);
    expect(hot.priority).toBeGreaterThan(calm.priority);
  });

  it('names chargeback, press and cancel threats', () => {
    expect(triage({ text: '@Shop refund me now or I file a chargeback with my bank', lang: 'en' }).escalations).toContain('chargeback');
    expect(triage({ text: '@Airline lost my bag again, I am taking this to the press', lang: 'en' }).escalations).toContain('press');
    expect(triage({ text: '@Telco four outages this week, I am cancelling my contract', lang: 'en' }).escalations).toContain('cancel');
  });

  it('flags jokes so they get care rather than a template', () => {
    expect(triage({ text: '@PizzaCo my pizza arrived cold again lol 😂', lang: 'en' }).flags).toContain('joke');
  });

  it('marks praise words inside a complaint as mixed (sarcasm or politeness), not as praise', () => {
    const r = triage({ text: '@Airline great job, third cancelled flight this month and nobody answers the phone', lang: 'en' });
    expect(r.complaint).toBe(true);
    expect(r.flags).toContain('mixed');
    expect(r.flags).not.toContain('praise');
  });

  it('rates blame above plain disapproval', () => {
    const blame = triage({ text: '@Bank you are thieves and liars, you charged me twice and stole my money', lang: 'en' });
    expect(blame.complaint).toBe(true);
    expect(blame.severity).toBe('blame');
  });
});

describe('Polish', () => {
  it('detects a complaint with and without diacritics', () => {
    for (const text of ['Zamówienie złożone dwa tygodnie temu, paczka nadal nie dotarła. Skandal!', 'zamowienie zlozone dwa tygodnie temu, paczka nadal nie dotarla. skandal']) {
      const r = triage({ text });
      expect(r.lang).toBe('pl');
      expect(r.complaint).toBe(true);
      expect(r.category).toBe('delivery');
    }
  });

  it('handles inflected forms (faktura → faktury/fakturze, konto → koncie)', () => {
    expect(triage({ text: 'Pobraliście podwójną opłatę, na fakturze jest inna kwota niż w sklepie', lang: 'pl' }).category).toBe('billing');
    expect(triage({ text: 'Nie mogę się zalogować na swoim koncie od wczoraj, hasło nie działa', lang: 'pl' }).category).toBe('account');
  });

  it('does not treat praise or a plain question as a complaint', () => {
    expect(triage({ text: 'Dziękuję, wszystko super, polecam!' }).complaint).toBe(false);
    expect(triage({ text: 'Czy mogę zmienić adres dostawy?', lang: 'pl' }).complaint).toBe(false);
  });

  it('reads "nie polecam" as negative, not as praise', () => {
    const r = triage({ text: 'Słuchawki się zepsuły po tygodniu, nie polecam', lang: 'pl' });
    expect(r.complaint).toBe(true);
    expect(r.flags).not.toContain('praise');
  });

  it('reads praise words after a negation as dissatisfaction ("dalej nie polecam", "nie jestem zadowolona")', () => {
    expect(triage({ text: 'Dalej nie polecam tego sklepu, ostrzegam', lang: 'pl' }).complaint).toBe(true);
    expect(triage({ text: 'Dalej nie polecam tego sklepu, ostrzegam', lang: 'pl' }).flags).not.toContain('praise');
  });

  it('flags "xD" banter on a complaint as a joke', () => {
    const r = triage({ text: 'Paczka znowu spóźniona xD no to czekamy do świąt', lang: 'pl' });
    expect(r.complaint).toBe(true);
    expect(r.flags).toContain('joke');
  });

  it('finds regulator and cancel threats (UOKiK, rzecznik, rezygnuję)', () => {
    const r = triage({ text: 'Trzeci raz ta sama awaria internetu. Zgłaszam sprawę do UOKiK i rezygnuję z umowy!', lang: 'pl' });
    expect(r.complaint).toBe(true);
    expect(r.escalations).toEqual(expect.arrayContaining(['regulator', 'cancel']));
  });
});

describe('Greek', () => {
  const accented = 'Η παραγγελία μου δεν έχει έρθει ακόμα, περιμένω εδώ και δέκα μέρες. Απαράδεκτο!';
  const plain = 'η παραγγελια μου δεν εχει ερθει ακομα, περιμενω εδω και δεκα μερες. απαραδεκτο!';
  const caps = 'Η ΠΑΡΑΓΓΕΛΙΑ ΜΟΥ ΔΕΝ ΕΧΕΙ ΕΡΘΕΙ ΑΚΟΜΑ, ΠΕΡΙΜΕΝΩ ΕΔΩ ΚΑΙ ΔΕΚΑ ΜΕΡΕΣ. ΑΠΑΡΑΔΕΚΤΟ!';

  it('detects the same complaint with accents, without accents and in capitals', () => {
    for (const text of [accented, plain, caps]) {
      const r = triage({ text });
      expect(r.lang).toBe('el');
      expect(r.complaint).toBe(true);
      expect(r.category).toBe('delivery');
    }
    expect(triage({ text: caps }).flags).toContain('shouting');
  });

  it('does not treat thanks as a complaint', () => {
    const r = triage({ text: 'Ευχαριστώ πολύ για τη γρήγορη εξυπηρέτηση, άψογοι!' });
    expect(r.complaint).toBe(false);
    expect(r.flags).toContain('praise');
  });

  it('finds the billing category and a regulator threat', () => {
    const r = triage({ text: 'Με χρεώσατε δύο φορές τον λογαριασμό. Θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή.' });
    expect(r.complaint).toBe(true);
    expect(r.category).toBe('billing');
    expect(r.escalations).toContain('regulator');
  });

  it('recognises inflected verbs of breaking (έσπασε, χάλασαν) as a product complaint', () => {
    const r = triage({ text: 'Το tablet έσπασε μόνο του μετά από δύο μέρες και τα κουμπιά χάλασαν. Δυστυχώς.', lang: 'el' });
    expect(r.complaint).toBe(true);
    expect(r.category).toBe('product');
  });

  it('reads the Greek question mark ";" as a question and finds lawyer threats', () => {
    expect(triage({ text: 'Πού είναι η παραγγελία μου;' }).flags).toContain('question');
    const r = triage({ text: 'Θα σας κάνω μήνυση, τρίτη φορά που χαλάει το ψυγείο και δεν απαντάτε' });
    expect(r.complaint).toBe(true);
    expect(r.escalations).toContain('lawyer');
  });

  it('finds a technical problem typed without accents', () => {
    const r = triage({ text: 'η εφαρμογη δεν λειτουργει απο χθες, κολλαει συνεχεια' });
    expect(r.complaint).toBe(true);
    expect(r.category).toBe('technical');
  });
});

describe('category alternatives', () => {
  it('names up to two runner-up categories, strongest first, relative to the chosen one', () => {
    const r = triage({ text: 'My parcel never arrived and you still charged my card twice for it', lang: 'en' });
    const alts = r.categoryAlternatives ?? [];
    expect(alts.length).toBeGreaterThan(0);
    expect(alts.length).toBeLessThanOrEqual(2);
    expect(alts.map((a) => a.category)).not.toContain(r.category);
    for (const a of alts) expect(a.strength).toBeGreaterThan(0), expect(a.strength).toBeLessThanOrEqual(1);
    expect(alts.map((a) => a.strength)).toEqual([...alts.map((a) => a.strength)].sort((x, y) => y - x));
    // Both things this post is about are in view: the chosen category and its first runner-up.
    expect([r.category, alts[0]!.category].sort()).toEqual(['billing', 'delivery']);
  });
});

describe('thread context', () => {
  it('treats "same here" under someone else\'s complaint as a complaint, but not on its own', () => {
    expect(triage({ text: 'same here', lang: 'en', parentComplaint: true }).complaint).toBe(true);
    expect(triage({ text: 'same here', lang: 'en', parentComplaint: true }).flags).toContain('joins-complaint');
    expect(triage({ text: 'same here', lang: 'en' }).complaint).toBe(false);
    expect(triage({ text: 'u mnie też, trzy tygodnie i nic', lang: 'pl', parentComplaint: true }).complaint).toBe(true);
    expect(triage({ text: 'κι εγώ το ίδιο', lang: 'el', parentComplaint: true }).complaint).toBe(true);
    expect(triage({ text: '+1', parentComplaint: true }).complaint).toBe(true);
  });

  it('does not turn every reply under a complaint into one', () => {
    expect(triage({ text: 'Happy birthday Anna! 🎉', lang: 'en', parentComplaint: true }).complaint).toBe(false);
  });

  it('never treats the brand\'s own post as a complaint', () => {
    const r = triage({ text: 'We are sorry your parcel is late, still not delivered is unacceptable to us too', lang: 'en', isBrandPost: true });
    expect(r.complaint).toBe(false);
    expect(r.severity).toBe('none');
    expect(r.flags).toEqual(['brand-post']);
    expect(r.priority).toBe(0);
  });
});

describe('priority', () => {
  const text = '@ShopCo my parcel still has not arrived after two weeks';
  it('rises with time waited and with reach', () => {
    const now = Date.UTC(2025, 0, 10, 12);
    const fresh = triage({ text, lang: 'en', postedAt: now - 5 * 60_000, now });
    const old = triage({ text, lang: 'en', postedAt: now - 30 * HOUR, now });
    const viral = triage({ text, lang: 'en', postedAt: now - 5 * 60_000, now, replies: 40, likes: 500 });
    expect(fresh.complaint).toBe(true);
    expect(old.priority).toBeGreaterThan(fresh.priority);
    expect(viral.priority).toBeGreaterThan(fresh.priority);
  });

  it('keeps non-complaints below complaints', () => {
    const complaint = triage({ text, lang: 'en' });
    const question = triage({ text: '@ShopCo do you ship to Norway?', lang: 'en', replies: 100, likes: 1000 });
    expect(question.complaint).toBe(false);
    expect(question.priority).toBeLessThan(complaint.priority);
  });
});
