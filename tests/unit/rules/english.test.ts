import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';
import { findingsOf, rules, spanText } from './helpers';

const en = (text: string, platform?: string) => checkReply(text, { lang: 'en', platform });

describe('checkReply (English)', () => {
  it('passes a reply that apologises, commits to a fix with a time, and takes it to DM', () => {
    const text = "Hi Sam, I'm really sorry your order arrived damaged. We'll send a replacement out today \u2013 could you DM us so we can sort the details?";
    const r = en(text, 'x');
    expect(r).toMatchObject({ apology: true, fix: true, private: true, blame: false, ok: true });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(spanText(text, findingsOf(r, 'apology')[0]!)).toBe('sorry');
    expect(spanText(text, findingsOf(r, 'private')[0]!)).toBe('DM');
  });

  it('recognises other private channels: e-mail address, phone, direct message', () => {
    expect(en('Sorry about that! Please email us at help@shop.example and we will refund it.').private).toBe(true);
    expect(en('Apologies. Give us a call on 0800 123 456 and we can fix it now.').private).toBe(true);
    expect(en('Sorry! Send us a direct message and we will look into it.').private).toBe(true);
    expect(en('Sorry, you can reach us at https://twitter.com/messages/compose?recipient_id=123').private).toBe(true);
  });

  it('reports each missing part as a warning at 0..0', () => {
    const r = en('Thanks for your message.');
    expect(r).toMatchObject({ apology: false, fix: false, private: false, ok: false });
    for (const rule of ['missing-apology', 'missing-fix', 'missing-private'] as const) {
      expect(findingsOf(r, rule)).toEqual([expect.objectContaining({ severity: 'warning', start: 0, end: 0 })]);
    }
  });

  it('an apology without a fix is not enough', () => {
    const r = en("We're so sorry to hear that. Please DM us.");
    expect(r.apology).toBe(true);
    expect(r.fix).toBe(false);
    expect(r.ok).toBe(false);
  });

  it('flags blaming the customer and lecturing with terms, pointing at the words', () => {
    const text = 'Sorry, but you should have read the delivery page. As stated in our terms, refunds take 14 days. DM us.';
    const r = en(text);
    expect(r.blame).toBe(true);
    expect(r.ok).toBe(false);
    expect(spanText(text, findingsOf(r, 'blame')[0]!)).toBe('you should have read');
    expect(spanText(text, findingsOf(r, 'lecturing')[0]!)).toBe('As stated in our terms');
    expect(findingsOf(r, 'blame')[0]!.severity).toBe('error');
  });

  it('does not take "you should have an email soon" for blame', () => {
    const r = en('Sorry for the wait! You should have an email from us today. DM us if not.');
    expect(r.blame).toBe(false);
    expect(r.ok).toBe(true);
  });

  it('flags corporate boilerplate but still counts the apology', () => {
    const text = 'We apologise for any inconvenience caused. Your call is important to us. We will refund you today, please DM us.';
    const r = en(text);
    expect(r.apology).toBe(true);
    expect(r.ok).toBe(false);
    const spans = findingsOf(r, 'boilerplate').map((f) => spanText(text, f));
    expect(spans).toEqual(['for any inconvenience caused', 'Your call is important to us']);
  });

  it('flags a second apology in another sentence', () => {
    const r = en("Sorry about this. We'll refund today, DM us. Again, we apologise.");
    expect(rules(r)).toContain('repeated-apology');
  });

  it('does not count empty commitments as a fix', () => {
    expect(en("We'll need some more details. DM us.").fix).toBe(false);
    expect(en("We'd be happy to help! DM us.").fix).toBe(false);
    expect(en("We can help with that. DM us.").fix).toBe(false);
    expect(en("We'll need your order number to refund it tomorrow. DM us.").fix).toBe(true);
  });

  it('counts "we will call you" as taking it private, but not "the error message you see"', () => {
    expect(en('Sorry! Our team will call you tomorrow morning.').private).toBe(true);
    expect(en('Please reply with the error message you see.').private).toBe(false);
  });

  it('catches a policy lecture with a qualifier ("our store policy states")', () => {
    const text = 'Sorry for the confusion, but our store policy states returns within 14 days only.';
    expect(spanText(text, findingsOf(en(text), 'lecturing')[0]!)).toBe('our store policy states');
  });

  it('reads template placeholders for what they stand for: DM link, phone, e-mail, ETA', () => {
    const r = en('Sorry, {{customer_name}}. Your replacement arrives {{eta}}. Message us here: {{dm_link}}');
    expect(r).toMatchObject({ fix: true, private: true, ok: true });
    expect(en('Sorry! Call us on {{ phone }}.').private).toBe(true);
    expect(en('Sorry! Your case is {{case_ref}}.').private).toBe(false);
  });

  it('handles typographic apostrophes', () => {
    expect(en('So sorry \u2013 we\u2019ll refund you tomorrow. DM us.').fix).toBe(true);
  });
});

describe('checkReply (unknown language)', () => {
  it('uses all three lexicons when the language is "other"', () => {
    const other = (text: string) => checkReply(text, { lang: 'other' });
    expect(other('Sorry, we will refund you today. DM us.').ok).toBe(true);
    expect(other('Przepraszamy, wyślemy paczkę jutro. Napisz na priv.').ok).toBe(true);
    expect(other('Συγγνώμη, θα σας στείλουμε νέο δέμα αύριο. Στείλτε μας μήνυμα στο inbox.').ok).toBe(true);
  });

  it('does not apply another language\'s lexicon when the language is known', () => {
    // "Przepraszamy" is an apology only to the Polish lexicon.
    expect(checkReply('Przepraszamy.', { lang: 'en' }).apology).toBe(false);
    expect(checkReply('Przepraszamy.', { lang: 'pl' }).apology).toBe(true);
  });
});
