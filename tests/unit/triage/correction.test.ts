/** The manager's correction of triage: checked as untrusted input, applied to one TriageResult, and what counts as a change. */
import { describe, expect, it } from 'vitest';
import { applyCorrection, categoryCorrected, changedVerdict, checkCorrection, REAL_CATEGORIES } from '@/lib/triage/correction';
import type { TriageResult } from '@/lib/triage';

const guess: TriageResult = {
  lang: 'en', complaint: true, score: 0.8, category: 'billing', categoryConfidence: 0.57,
  categoryAlternatives: [{ category: 'returns', strength: 0.46 }], severity: 'disapproval',
  escalation: false, escalations: [], flags: [], priority: 60,
};

describe('applyCorrection', () => {
  it('a chosen category makes the post a complaint of that category, certain and with no alternatives', () => {
    const c = applyCorrection({ ...guess, complaint: false }, { category: 'returns' });
    expect(c).toMatchObject({ complaint: true, category: 'returns', categoryConfidence: 1 });
    expect(c.categoryAlternatives).toBeUndefined();
    // Everything else is triage's; the original is untouched.
    expect(c).toMatchObject({ lang: 'en', severity: 'disapproval', score: 0.8, priority: 60 });
    expect(guess.category).toBe('billing');
    expect(guess.categoryAlternatives).toHaveLength(1);
  });

  it('"not a complaint" turns the complaint off, certain (score 0: no near miss for the ranker), and keeps the rest', () => {
    const c = applyCorrection(guess, { complaint: false });
    expect(c.complaint).toBe(false);
    expect(c.score).toBe(0);
    expect(c.category).toBe('billing');
    expect(applyCorrection({ ...guess, complaint: false }, { complaint: true }).complaint).toBe(true);
  });
});

describe('checkCorrection', () => {
  it('lets in a real category or a complaint flag for the post being answered', () => {
    for (const category of REAL_CATEGORIES) expect(checkCorrection({ postId: 'p1', category }, 'p1')).toEqual({ ok: true, value: { postId: 'p1', category } });
    expect(checkCorrection({ postId: 'p1', complaint: false, extra: 'dropped' }, 'p1')).toEqual({ ok: true, value: { postId: 'p1', complaint: false } });
    expect(REAL_CATEGORIES).toHaveLength(7);
  });

  it('refuses anything else with a reason, never throwing', () => {
    const cases: Array<[unknown, string | null, RegExp]> = [
      [null, 'p1', /must be an object/],
      ['returns', 'p1', /must be an object/],
      [[], 'p1', /must be an object/],
      [{ category: 'returns' }, 'p1', /postId/],
      [{ postId: 'p2', category: 'returns' }, 'p1', /not the post being answered/],
      [{ postId: 'p1', category: 'returns' }, null, /not the post being answered/],
      [{ postId: 'p1', category: 'weather' }, 'p1', /must be one of delivery/],
      [{ postId: 'p1', category: 'other' }, 'p1', /must be one of/],
      [{ postId: 'p1', category: '__proto__' }, 'p1', /must be one of/],
      [{ postId: 'p1', complaint: 'yes' }, 'p1', /true or false/],
      [{ postId: 'p1', complaint: false, category: 'billing' }, 'p1', /is a complaint/],
      [{ postId: 'p1' }, 'p1', /neither/],
      [{ postId: 'x'.repeat(500), category: 'billing' }, 'p1', /postId/],
    ];
    for (const [input, focus, why] of cases) {
      const r = checkCorrection(input, focus);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(why);
    }
  });
});

describe('what counts as a correction', () => {
  const billing = { complaint: true, category: 'billing' };
  it('confirming triage changes nothing; another category, or a complaint triage missed, is a corrected category', () => {
    expect(changedVerdict(billing, billing)).toBe(false);
    expect(categoryCorrected(billing, billing)).toBe(false);
    expect(categoryCorrected(billing, { complaint: true, category: 'returns' })).toBe(true);
    expect(categoryCorrected({ complaint: false, category: 'billing' }, billing)).toBe(true);
    // "Not a complaint" is a change, but not a corrected category.
    expect(changedVerdict(billing, { complaint: false, category: 'billing' })).toBe(true);
    expect(categoryCorrected(billing, { complaint: false, category: 'billing' })).toBe(false);
    // Two non-complaints differ in nothing the manager saw.
    expect(changedVerdict({ complaint: false, category: 'billing' }, { complaint: false, category: 'other' })).toBe(false);
  });
});
