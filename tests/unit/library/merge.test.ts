import { describe, expect, it } from 'vitest';
import {
  applyPackUpdate,
  effectiveFaq,
  effectiveTemplates,
  installPack,
  removeOverride,
  resolveConflict,
  rollback,
  setOverride,
  type InstalledPack,
} from '../../../lib/library/store/merge';
import type { Pack, PackTemplate } from '../../../lib/library/pack/pack-schema';
import { clone, makePack, template } from './fixtures';

function edited(t: PackTemplate, fix: string): PackTemplate {
  return { ...clone(t), parts: { ...t.parts, fix } };
}

function update(state: InstalledPack, next: Pack) {
  const r = applyPackUpdate(state, next);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function nextVersion(pack: Pack, version: string, change: (p: Pack) => void): Pack {
  const p = clone(pack);
  p.version = version;
  change(p);
  return p;
}

const v1 = makePack({ templates: [template('delivery.late'), template('billing.twice', { category: 'billing' }), template('other.misc', { category: 'other' })] });
const mine = edited(v1.templates[0]!, 'I will ring the courier myself this afternoon and call you back by 5 pm.');

describe('overrides', () => {
  it('a local edit replaces the pack template in use, and editing back to the pack text drops it', () => {
    let s = setOverride(installPack(v1), 'template', mine);
    expect(effectiveTemplates(s).map((e) => [e.template.id, e.origin])).toEqual([
      ['delivery.late', 'override'],
      ['billing.twice', 'pack'],
      ['other.misc', 'pack'],
    ]);
    expect(effectiveTemplates(s)[0]!.template.parts.fix).toBe(mine.parts.fix);
    s = setOverride(s, 'template', clone(v1.templates[0]!));
    expect(s.overrides.templates).toEqual({});
  });

  it('ignores an edit of an id the pack does not have (local templates are not overrides)', () => {
    const s = installPack(v1);
    expect(setOverride(s, 'template', template('not.in.pack'))).toBe(s);
  });

  it('removeOverride goes back to the pack version', () => {
    const s = removeOverride(setOverride(installPack(v1), 'template', mine), 'template', 'delivery.late');
    expect(effectiveTemplates(s)[0]).toEqual({ template: v1.templates[0], origin: 'pack' });
  });

  it('does not mutate its inputs', () => {
    const before = clone(v1);
    const s0 = installPack(v1);
    const s1 = setOverride(s0, 'template', mine);
    update(s1, nextVersion(v1, '1.1.0', (p) => (p.templates[0]!.title = 'New title')));
    expect(v1).toEqual(before);
    expect(s0.overrides.templates).toEqual({});
  });
});

describe('applyPackUpdate', () => {
  it('updates untouched templates and keeps an override the pack did not change', () => {
    const s = setOverride(installPack(v1), 'template', mine);
    const v2 = nextVersion(v1, '1.1.0', (p) => (p.templates[1]!.title = 'Charged twice (v2)'));
    const r = update(s, v2);
    expect(r.conflicts).toEqual([]);
    const inUse = effectiveTemplates(r.state);
    expect(inUse[0]).toEqual({ template: mine, origin: 'override' });
    expect(inUse[1]!.template.title).toBe('Charged twice (v2)');
    expect(r.diff.templates.changed.map((c) => c.id)).toEqual(['billing.twice']);
  });

  it('reports a conflict with base, mine and theirs when the pack changed an overridden template; mine stays in use', () => {
    const s = setOverride(installPack(v1), 'template', mine);
    const v2 = nextVersion(v1, '2.0.0', (p) => (p.templates[0]!.parts.fix = 'We will refund the delivery fee today.'));
    const r = update(s, v2);
    expect(r.conflicts).toEqual([{ kind: 'template', id: 'delivery.late', base: v1.templates[0], mine, theirs: v2.templates[0] }]);
    expect(r.state.conflicts).toEqual(r.conflicts);
    expect(effectiveTemplates(r.state)[0]!.template).toEqual(mine);
  });

  it('resolving with theirs takes the pack version; with mine keeps the edit against the new base', () => {
    const v2 = nextVersion(v1, '2.0.0', (p) => (p.templates[0]!.parts.fix = 'We will refund the delivery fee today.'));
    const pending = update(setOverride(installPack(v1), 'template', mine), v2).state;

    const theirs = resolveConflict(pending, 'template', 'delivery.late', 'theirs');
    expect(theirs.conflicts).toEqual([]);
    expect(effectiveTemplates(theirs)[0]).toEqual({ template: v2.templates[0], origin: 'pack' });

    const kept = resolveConflict(pending, 'template', 'delivery.late', 'mine');
    expect(kept.conflicts).toEqual([]);
    expect(effectiveTemplates(kept)[0]).toEqual({ template: mine, origin: 'override' });
    // The next version that leaves this template alone must not raise the conflict again.
    const v3 = nextVersion(v2, '2.1.0', (p) => (p.templates[2]!.title = 'Misc v3'));
    expect(update(kept, v3).conflicts).toEqual([]);
  });

  it('an unresolved conflict is still reported by the next update', () => {
    const v2 = nextVersion(v1, '2.0.0', (p) => (p.templates[0]!.parts.fix = 'Refund today.'));
    const v3 = nextVersion(v2, '2.1.0', (p) => (p.templates[1]!.title = 'x'));
    const s = update(update(setOverride(installPack(v1), 'template', mine), v2).state, v3).state;
    expect(s.conflicts.map((c) => [c.id, c.kind === 'template' ? c.theirs?.parts.fix : undefined])).toEqual([['delivery.late', 'Refund today.']]);
  });

  it('drops an override when the new pack says exactly what the user wrote', () => {
    const s = setOverride(installPack(v1), 'template', mine);
    const r = update(s, nextVersion(v1, '1.1.0', (p) => (p.templates[0] = clone(mine))));
    expect(r.conflicts).toEqual([]);
    expect(r.autoResolved).toEqual([{ kind: 'template', id: 'delivery.late' }]);
    expect(r.state.overrides.templates).toEqual({});
  });

  it('a template the pack removed but the user edited is a conflict; mine keeps it, theirs lets it go', () => {
    const s = setOverride(installPack(v1), 'template', mine);
    const v2 = nextVersion(v1, '2.0.0', (p) => p.templates.splice(0, 1));
    const r = update(s, v2);
    expect(r.conflicts).toEqual([{ kind: 'template', id: 'delivery.late', base: v1.templates[0], mine, theirs: null }]);
    const kept = resolveConflict(r.state, 'template', 'delivery.late', 'mine');
    expect(effectiveTemplates(kept).map((e) => [e.template.id, e.origin])).toEqual([
      ['billing.twice', 'pack'],
      ['other.misc', 'pack'],
      ['delivery.late', 'kept'],
    ]);
    // Still absent in the next version: no new conflict.
    expect(update(kept, nextVersion(v2, '2.0.1', () => {})).conflicts).toEqual([]);
    const gone = resolveConflict(r.state, 'template', 'delivery.late', 'theirs');
    expect(effectiveTemplates(gone).map((e) => e.template.id)).toEqual(['billing.twice', 'other.misc']);
  });

  it('handles FAQ overrides the same way', () => {
    const entry = { ...clone(v1.faq[0]!), answer: 'Two days, usually. DM us to check yours.' };
    const s = setOverride(installPack(v1), 'faq', entry);
    const v2 = nextVersion(v1, '2.0.0', (p) => (p.faq[0]!.answer = 'Three days. DM us.'));
    const r = update(s, v2);
    expect(r.conflicts.map((c) => [c.kind, c.id])).toEqual([['faq', 'shipping.time']]);
    expect(effectiveFaq(r.state)[0]).toEqual({ entry, origin: 'override' });
  });

  it('refuses another pack and an older version; the same content is a no-op', () => {
    const s = installPack(makePack({ version: '1.5.0', changelog: [] }));
    expect(applyPackUpdate(s, makePack({ id: 'com.other.pack', version: '2.0.0' }))).toEqual({
      ok: false,
      error: 'this is pack "com.other.pack", not an update of "com.example.support-en"',
    });
    const older = applyPackUpdate(s, makePack({ version: '1.4.0', changelog: [] }));
    expect(older.ok).toBe(false);
    const same = update(s, clone(s.pack));
    expect(same.state).toBe(s);
  });
});

describe('rollback', () => {
  it('restores the previous version and the overrides as they were, and holds the newer version back', () => {
    const v2 = nextVersion(v1, '2.0.0', (p) => (p.templates[0]!.parts.fix = 'Refund today.'));
    const before = setOverride(installPack(v1), 'template', mine);
    // Update, then resolve the conflict with theirs (which drops the user's edit)...
    const after = resolveConflict(update(before, v2).state, 'template', 'delivery.late', 'theirs');
    expect(after.overrides.templates).toEqual({});
    // ...and roll back: v1 with the user's edit is back.
    const r = rollback(after);
    if (!r.ok) throw new Error(r.error);
    expect(r.state.pack).toEqual(v1);
    expect(r.state.overrides).toEqual(before.overrides);
    expect(r.state.heldBackVersion).toBe('2.0.0');
    expect(r.state.previous).toBeUndefined();
    expect(effectiveTemplates(r.state)[0]!.template).toEqual(mine);
  });

  it('keeps edits the user made after the update', () => {
    const v2 = nextVersion(v1, '1.1.0', (p) => (p.templates[2]!.title = 'Misc v2'));
    const updated = update(installPack(v1), v2).state;
    const myMisc = { ...clone(v2.templates[1]!), title: 'My billing title' };
    const r = rollback(setOverride(updated, 'template', myMisc));
    if (!r.ok) throw new Error(r.error);
    expect(r.state.pack.version).toBe('1.0.0');
    expect(effectiveTemplates(r.state)[1]!.template.title).toBe('My billing title');
  });

  it('has nothing to roll back to right after install', () => {
    expect(rollback(installPack(v1))).toEqual({ ok: false, error: 'there is no previous version to roll back to' });
  });
});
