import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';
import { findingsOf, spanText } from './helpers';

const pl = (text: string) => checkReply(text, { lang: 'pl', platform: 'facebook' });

describe('checkReply (Polish)', () => {
  it('passes a good reply with diacritics', () => {
    const text = 'Pani Anno, bardzo przepraszamy za opóźnienie. Jeszcze dziś wyślemy nową paczkę kurierem. Prosimy o wiadomość prywatną z numerem zamówienia.';
    const r = pl(text);
    expect(r).toMatchObject({ apology: true, fix: true, private: true, blame: false, ok: true });
    expect(spanText(text, findingsOf(r, 'apology')[0]!)).toBe('przepraszamy');
  });

  it('passes the same reply typed without diacritics, spans still on the original', () => {
    const text = 'Bardzo przepraszamy za opoznienie. Jutro wyslemy nowa paczke. Napisz do nas na priv.';
    const r = pl(text);
    expect(r.ok).toBe(true);
    expect(spanText(text, findingsOf(r, 'private')[0]!)).toBe('Napisz do nas');
  });

  it('handles inflection: przykro nam, przeprosiny, zwrócimy, skontaktujemy się', () => {
    expect(pl('Przyjmij nasze przeprosiny.').apology).toBe(true);
    expect(pl('Jest nam bardzo przykro.').apology).toBe(true);
    expect(pl('Zwrócimy pieniądze w ciągu 3 dni.').fix).toBe(true);
    expect(pl('Skontaktuj się z nami przez Messengera.').private).toBe(true);
  });

  it('flags blame and lecturing with the regulations', () => {
    const text = 'Przykro nam, ale powinien Pan był sprawdzić adres. Zgodnie z regulaminem zwrot trwa 14 dni. Napisz na priv.';
    const r = pl(text);
    expect(r.blame).toBe(true);
    expect(r.ok).toBe(false);
    expect(spanText(text, findingsOf(r, 'blame')[0]!)).toBe('powinien Pan był');
    expect(spanText(text, findingsOf(r, 'lecturing')[0]!)).toBe('Zgodnie z regulaminem');
  });

  it('does not take "nie sprawdziliśmy" (our own omission) for blame', () => {
    expect(pl('Przepraszamy, nie sprawdziliśmy zamówienia. Wyślemy je jutro, napisz na priv.').blame).toBe(false);
  });

  it('flags the classic boilerplate', () => {
    const text = 'Przepraszamy za wszelkie niedogodności. Uprzejmie informujemy, że paczka dotrze jutro. Napisz na priv.';
    const r = pl(text);
    expect(findingsOf(r, 'boilerplate').map((f) => spanText(text, f))).toEqual(['wszelkie niedogodności', 'Uprzejmie informujemy']);
    expect(r.ok).toBe(false);
  });
});
