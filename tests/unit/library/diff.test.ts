import { describe, expect, it } from 'vitest';
import { diffPacks, formatPackDiff, isEmptyDiff } from '../../../lib/library/pack/diff';
import { clone, faq, makePack, template } from './fixtures';

describe('diffPacks', () => {
  it('is empty for the same content, however it was built', () => {
    const a = makePack();
    const d = diffPacks(a, clone(a));
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatPackDiff(d)).toContain('no changes');
  });

  it('finds added, changed (with fields) and removed templates and FAQ entries', () => {
    const v1 = makePack({ faq: [faq('shipping.time'), faq('returns.how')] });
    const v2 = clone(v1);
    v2.version = '1.1.0';
    v2.templates[0]!.parts.fix = 'We will refund you today.';
    v2.templates[0]!.tags = ['late', 'courier'];
    v2.templates.splice(1, 1); // remove billing.twice
    v2.templates.push(template('returns.label', { category: 'returns', title: 'Return label' }));
    v2.faq[1]!.question = 'How do I send something back?';
    v2.faq.push(faq('account.reset'));
    v2.faq.splice(0, 1); // remove shipping.time
    v2.changelog.unshift({ version: '1.1.0', changes: ['New returns reply'] });

    const d = diffPacks(v1, v2);
    expect(d.fromVersion).toBe('1.0.0');
    expect(d.toVersion).toBe('1.1.0');
    expect(d.templates.added.map((t) => t.id)).toEqual(['returns.label']);
    expect(d.templates.removed.map((t) => t.id)).toEqual(['billing.twice']);
    expect(d.templates.changed).toHaveLength(1);
    expect(d.templates.changed[0]!.id).toBe('delivery.late');
    expect(d.templates.changed[0]!.fields.sort()).toEqual(['parts.fix', 'tags']);
    expect(d.templates.changed[0]!.before.parts.fix).toBe(v1.templates[0]!.parts.fix);
    expect(d.faq.added.map((f) => f.id)).toEqual(['account.reset']);
    expect(d.faq.removed.map((f) => f.id)).toEqual(['shipping.time']);
    expect(d.faq.changed.map((c) => [c.id, c.fields])).toEqual([['returns.how', ['question']]]);
    expect(d.changelog.map((c) => c.version)).toEqual(['1.1.0']);
    expect(d.meta).toEqual([]);

    const text = formatPackDiff(d);
    expect(text).toContain('templates: 1 added, 1 changed, 1 removed');
    expect(text).toContain('  ~ delivery.late  (parts.fix, tags)');
    expect(text).toContain('  - billing.twice  [en/billing] Charged twice');
  });

  it('names an optional part that appears and pack-level changes', () => {
    const v1 = makePack();
    const v2 = clone(v1);
    v2.templates[1]!.parts.closeOut = 'All sorted now.';
    v2.name = 'Renamed';
    const d = diffPacks(v1, v2);
    expect(d.templates.changed.map((c) => c.fields)).toEqual([['parts.closeOut']]);
    expect(d.meta).toEqual(['name']);
  });
});
