import { describe, expect, it } from 'vitest';
import { cleanEditStats, editStats } from '@/lib/health/edit';

const T = 'Sorry Anna, your parcel is late. We will refund the shipping within 3 days. Please send us a DM with your order number.';

describe('edit ratio', () => {
  it('is 0 for a reply sent as inserted, 1 when nothing of the template is left', () => {
    expect(editStats(T, T)).toMatchObject({ ratio: 0, added: [], deleted: [] });
    expect(editStats(T, 'Totally different words here').ratio).toBe(1);
  });

  it('measures a light edit and names the added and deleted phrases, without numbers or handles', () => {
    const sent = 'Sorry Anna, your parcel is late and we are embarrassed. We will refund the shipping within 3 days. Please send us a DM @anna_k 555 123.';
    const e = editStats(T, sent);
    expect(e.ratio).toBeGreaterThan(0);
    expect(e.ratio).toBeLessThan(0.3);
    expect(e.added).toContain('embarrassed');
    expect(e.deleted.some((p) => p.includes('order'))).toBe(true);
    expect(JSON.stringify(e)).not.toMatch(/anna_k|555|123/);
    expect(cleanEditStats(e)).toEqual(e);
  });

  it('a rewrite keeps a high ratio', () => {
    expect(editStats(T, 'Hi Anna, so sorry! A courier is on the way today, expect it by 6pm.').ratio).toBeGreaterThan(0.7);
  });

  it('refuses malformed stats', () => {
    expect(cleanEditStats({ templateWords: 1, sentWords: 1, ratio: 2, added: [], deleted: [] })).toBeNull();
    expect(cleanEditStats({ templateWords: 1, sentWords: 1, ratio: 0.5, added: ['x'.repeat(500)], deleted: [] })).toBeNull();
  });
});
