import { describe, expect, it } from 'vitest';
import { checkReply, FACEBOOK_COMMENT_LIMIT, X_LIMIT } from '../../../lib/rules/index';
import { findingsOf } from './helpers';

const tooLong = (text: string, platform?: string) => findingsOf(checkReply(text, { lang: 'en', platform }), 'too-long');

describe('length over the platform limit', () => {
  it('X: 280 plain characters fit, 281 do not; the span starts at the first character over', () => {
    expect(X_LIMIT).toBe(280);
    expect(tooLong('a'.repeat(280), 'x')).toEqual([]);
    const text = 'a'.repeat(281);
    const [f] = tooLong(text, 'x');
    expect(f).toMatchObject({ severity: 'error', start: 280, end: 281, values: { length: 281, limit: 280 } });
  });

  it('X: emoji weigh 2, so 140 emoji fit and 141 do not', () => {
    expect(tooLong('😀'.repeat(140), 'x')).toEqual([]);
    const text = '😀'.repeat(141);
    const [f] = tooLong(text, 'x');
    expect(f?.values?.length).toBe(282);
    // 140 emoji fit: the overflow starts at the 141st (UTF-16 offset 280).
    expect(f?.start).toBe(280);
    expect(text.slice(f!.start, f!.end)).toBe('😀');
  });

  it('X: Greek letters weigh 1 like Latin ones', () => {
    expect(tooLong('α'.repeat(280), 'x')).toEqual([]);
  });

  it('X: a link weighs 23 whatever its length', () => {
    const url = 'https://example.com/' + 'x'.repeat(200);
    const text = 'a'.repeat(250) + ' ' + url; // 451 raw characters, 250 + 1 + 23 = 274 weighted
    expect(text.length).toBeGreaterThan(280);
    expect(tooLong(text, 'x')).toEqual([]);
  });

  it('Facebook comments allow 8000 characters (emoji count once)', () => {
    expect(FACEBOOK_COMMENT_LIMIT).toBe(8000);
    expect(tooLong('a'.repeat(8000), 'facebook')).toEqual([]);
    expect(tooLong('😀'.repeat(8000), 'facebook')).toEqual([]);
    const [f] = tooLong('😀'.repeat(8001), 'facebook');
    expect(f).toMatchObject({ start: 16000, end: 16002, values: { length: 8001, limit: 8000 } });
  });

  it('has no limit when the platform is unknown or missing', () => {
    expect(tooLong('a'.repeat(10000))).toEqual([]);
    expect(tooLong('a'.repeat(10000), 'linkedin')).toEqual([]);
  });

  it('a reply over the limit is not ok', () => {
    const text = "So sorry! We'll refund you today, please DM us. " + 'More detail. '.repeat(30);
    const r = checkReply(text, { lang: 'en', platform: 'x' });
    expect(r.apology && r.fix && r.private).toBe(true);
    expect(r.ok).toBe(false);
  });
});
