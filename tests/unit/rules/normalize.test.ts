import { describe, expect, it } from 'vitest';
import { fold, originalSpan } from '../../../lib/rules/normalize';

describe('fold', () => {
  it('lower-cases and strips Polish and Greek accents', () => {
    expect(fold('Wiadomość PRYWATNĄ Łódź').text).toBe('wiadomosc prywatna lodz');
    expect(fold('Συγγνώμη ΓΙΑ ΤΗΝ ταλαιπωρία, προϊόν').text).toBe('συγγνωμη για την ταλαιπωρια, προιον');
  });

  it('unifies final sigma and typographic apostrophes', () => {
    expect(fold('Λυπούμαστε πολύς').text).toBe('λυπουμαστε πολυσ');
    expect(fold('We’ll').text).toBe("we'll");
  });

  it('maps folded ranges back to the original text across emoji and decomposed accents', () => {
    // An emoji is two UTF-16 units; "e\u0301" is a decomposed é.
    const original = '😀 Cafe\u0301 wiadomość';
    const f = fold(original);
    const at = f.text.indexOf('wiadomosc');
    const span = originalSpan(f, at, at + 'wiadomosc'.length);
    expect(original.slice(span.start, span.end)).toBe('wiadomość');
    const cafe = f.text.indexOf('cafe');
    const cafeSpan = originalSpan(f, cafe, cafe + 4);
    expect(original.slice(cafeSpan.start, cafeSpan.end)).toBe('Cafe\u0301');
  });

  it('blanks out links and @handles for word rules but keeps e-mail addresses', () => {
    const f = fold('@AppleSupport DM us: https://t.co/DMabc or help@shop.pl');
    expect(f.words.length).toBe(f.text.length);
    expect(f.words).not.toContain('applesupport');
    expect(f.words).not.toContain('t.co');
    expect(f.words).toContain('help@shop.pl');
    expect(f.words).toContain('dm us');
  });
});
