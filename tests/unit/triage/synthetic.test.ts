/** The team-written synthetic training text: well-formed, all three languages, both classes, threats and plain requests. */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/triage/categories';
import { loadSynthetic } from '../../../lib/triage/train/synthetic';

describe('synthetic training text', () => {
  for (const lang of ['en', 'pl', 'el'] as const) {
    it(`${lang}: complaints with categories, ordinary posts, threats and plain requests`, () => {
      const rows = loadSynthetic([lang]);
      expect(rows.every((r) => r.lang === lang && r.text.trim().length > 0)).toBe(true);
      expect(rows.filter((r) => r.complaint === 1).every((r) => r.category && (CATEGORIES as readonly string[]).includes(r.category))).toBe(true);
      expect(rows.filter((r) => r.complaint === 0).length).toBeGreaterThan(20);
      expect(rows.filter((r) => r.escalation).length).toBeGreaterThanOrEqual(10);
      expect(rows.filter((r) => r.escalation && r.complaint === 0)).toEqual([]);
    });
  }
});
