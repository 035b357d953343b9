import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/triage/language';

describe('detectLanguage', () => {
  it('lets a supported site hint win over the text', () => {
    expect(detectLanguage('where is my parcel', 'pl')).toBe('pl');
    expect(detectLanguage('anything', 'el-GR')).toBe('el');
    expect(detectLanguage('x', 'EN_us')).toBe('en');
  });

  it('reports another real language code as other, never English', () => {
    expect(detectLanguage('where is my parcel', 'de')).toBe('other');
    expect(detectLanguage('where is my parcel', 'fr-CA')).toBe('other');
  });

  it('detects from the text when X marks the post undetermined', () => {
    expect(detectLanguage('Paczka nadal nie dotarła', 'und')).toBe('pl');
    expect(detectLanguage('Η παραγγελία δεν ήρθε', 'qme')).toBe('el');
    expect(detectLanguage('where is my order, it is late', 'zxx')).toBe('en');
  });

  it('detects Polish typed without diacritics', () => {
    expect(detectLanguage('gdzie jest moja paczka, czekam juz tydzien i nic')).toBe('pl');
  });

  it('detects Greek typed without accents or in capitals', () => {
    expect(detectLanguage('η παραγγελια μου δεν εχει ερθει')).toBe('el');
    expect(detectLanguage('ΑΠΑΡΑΔΕΚΤΟ')).toBe('el');
  });

  it('does not take German, Spanish, Cyrillic or emoji-only text for English', () => {
    expect(detectLanguage('Wo ist meine Bestellung? Seit zwei Wochen nichts.')).toBe('other');
    expect(detectLanguage('¿Dónde está mi pedido? Todavía no ha llegado')).toBe('other');
    expect(detectLanguage('Где мой заказ?')).toBe('other');
    expect(detectLanguage('😡😡😡')).toBe('other');
    expect(detectLanguage('')).toBe('other');
  });
});
