import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPacks } from '../../../lib/library/store/library';
import { loadLibrary, loadLibraryState, mutateLibrary, watchLibrary } from '../../../lib/library/store/store';
import { exportLibrary, exportPack, importFile } from '../../../lib/library/store/store-io';
import {
  LOCAL_PACK_ID,
  deleteItem,
  duplicateItem,
  effectiveLibrary,
  emptyLibraryState,
  removePack,
  resolvePackConflict,
  restoreDefaults,
  revertItem,
  saveItem,
  setPackEnabled,
  unhideAll,
  updatePack,
  withDefaults,
  type LibraryState,
} from '../../../lib/library/store/store-state';
import { parsePack } from '../../../lib/library/pack/validate-pack';
import { clone, faq, makePack, template } from '../library/fixtures';

const NOW = Date.UTC(2026, 10, 1);
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};
const base = () => withDefaults(emptyLibraryState(), NOW);
const ID = 'com.example.support-en';
const withPack = () => ok(importFile(base(), JSON.stringify(makePack()), NOW)).state;

beforeEach(() => fakeBrowser.reset());

describe('default packs', () => {
  it('are installed for a new user, and a removed one stays removed until restored', () => {
    const ids = defaultPacks().map((p) => p.id);
    expect(Object.keys(base().packs).sort()).toEqual([...ids].sort());
    const removed = removePack(base(), ids[0]!);
    expect(withDefaults(removed, NOW).packs[ids[0]!]).toBeUndefined();
    expect(withDefaults(restoreDefaults(removed), NOW).packs[ids[0]!]).toBeDefined();
  });

  it('a newer shipped version is merged in, keeping the user\u2019s edit', () => {
    const shipped = makePack({ id: 'app.soothe.test' });
    let state = withDefaults(emptyLibraryState(), NOW, [shipped]);
    const mine = { ...clone(shipped.templates[0]!), title: 'Mine' };
    state = ok(saveItem(state, 'app.soothe.test', 'template', mine, NOW)).state;
    const newer = makePack({ id: 'app.soothe.test', version: '1.1.0' });
    newer.templates[1]!.title = 'Charged twice (new)';
    state = withDefaults(state, NOW, [newer]);
    const entry = state.packs['app.soothe.test']!;
    expect(entry.installed.pack.version).toBe('1.1.0');
    expect(entry.installed.overrides.templates['delivery.late']!.mine.title).toBe('Mine');
    expect(entry.installed.conflicts).toEqual([]);
  });
});

describe('editing', () => {
  it('an edit of a pack template is an override; reverting drops it', () => {
    const edited = { ...clone(makePack().templates[0]!), title: 'Late parcel (mine)' };
    let state = ok(saveItem(withPack(), ID, 'template', edited, NOW)).state;
    expect(state.packs[ID]!.installed.overrides.templates['delivery.late']!.mine).toEqual(edited);
    expect(state.packs[ID]!.installed.pack.templates[0]!.title).toBe('Title of delivery.late');
    expect(effectiveLibrary(state).templates.find((t) => t.packId === ID && t.id === 'delivery.late')!.title).toBe('Late parcel (mine)');
    state = revertItem(state, ID, 'template', 'delivery.late', NOW);
    expect(state.packs[ID]!.installed.overrides.templates).toEqual({});
  });

  it('a pack item cannot be renamed, and an invalid edit is refused with the field named', () => {
    const renamed = { ...clone(makePack().templates[0]!), id: 'other.id' };
    expect(saveItem(withPack(), ID, 'template', renamed, NOW, 'delivery.late')).toMatchObject({ ok: false });
    const html = clone(makePack().templates[0]!);
    html.parts.fix = '<b>we will fix it</b>';
    const r = saveItem(withPack(), ID, 'template', html, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/^parts\.fix: /);
  });

  it('new items go to the user\u2019s own pack; rename, duplicate and delete work there', () => {
    let state = ok(saveItem(base(), LOCAL_PACK_ID, 'template', template('my.one'), NOW)).state;
    state = ok(saveItem(state, LOCAL_PACK_ID, 'template', template('my.renamed'), NOW, 'my.one')).state;
    expect(state.local.templates.map((t) => t.id)).toEqual(['my.renamed']);
    // Renaming onto an existing id is refused.
    state = ok(saveItem(state, LOCAL_PACK_ID, 'template', template('my.two'), NOW)).state;
    expect(saveItem(state, LOCAL_PACK_ID, 'template', template('my.two'), NOW, 'my.renamed').ok).toBe(false);
    const dup = duplicateItem(state, 'template', template('my.two'));
    expect(dup.id).toBe('my.two-copy');
    expect(duplicateItem(dup.state, 'template', template('my.two')).id).toBe('my.two-copy-2');
    state = deleteItem(dup.state, LOCAL_PACK_ID, 'template', 'my.renamed', NOW);
    expect(state.local.templates.map((t) => t.id)).toEqual(['my.two', 'my.two-copy']);
    // The own pack stays a valid pack, so it exports.
    expect(parsePack(exportPack(state, LOCAL_PACK_ID)).ok).toBe(true);
    expect(effectiveLibrary(state).templates.filter((t) => t.packId === LOCAL_PACK_ID)).toHaveLength(2);
  });

  it('deleting a pack item hides it (and drops its edit); it can be brought back', () => {
    let state = deleteItem(withPack(), ID, 'faq', 'shipping.time', NOW);
    expect(effectiveLibrary(state).faq.some((f) => f.packId === ID)).toBe(false);
    state = unhideAll(state, ID, NOW);
    expect(effectiveLibrary(state).faq.some((f) => f.packId === ID && f.id === 'shipping.time')).toBe(true);
  });

  it('a disabled pack gives no suggestions', () => {
    const state = setPackEnabled(withPack(), ID, false, NOW);
    expect(effectiveLibrary(state).templates.some((t) => t.packId === ID)).toBe(false);
  });
});

describe('conflicts', () => {
  function conflicted(): LibraryState {
    const mine = clone(makePack().templates[0]!);
    mine.parts.fix = "I'll ring the courier myself and come back to you by 5pm.";
    const state = ok(saveItem(withPack(), ID, 'template', mine, NOW)).state;
    const next = makePack({ version: '1.1.0' });
    next.templates[0]!.parts.fix = "I'll chase the courier and give you a date within 12 hours.";
    return ok(updatePack(state, ID, next, NOW)).state;
  }
  it('keep mine: the user\u2019s text stays as an edit of the new version', () => {
    const state = resolvePackConflict(conflicted(), ID, 'template', 'delivery.late', 'mine', NOW);
    const e = state.packs[ID]!.installed;
    expect(e.conflicts).toEqual([]);
    expect(e.overrides.templates['delivery.late']!.mine.parts.fix).toContain('5pm');
    expect(e.overrides.templates['delivery.late']!.base!.parts.fix).toContain('12 hours');
  });
  it('take theirs: the pack\u2019s new text is used', () => {
    const state = resolvePackConflict(conflicted(), ID, 'template', 'delivery.late', 'theirs', NOW);
    expect(effectiveLibrary(state).templates.find((t) => t.packId === ID && t.id === 'delivery.late')!.parts.fix).toContain('12 hours');
  });
});

describe('import and export', () => {
  it('a whole-library export imports into an empty browser with packs, edits and own replies', () => {
    let state = ok(saveItem(withPack(), ID, 'template', { ...clone(makePack().templates[0]!), title: 'Edited' }, NOW)).state;
    state = ok(saveItem(state, LOCAL_PACK_ID, 'faq', faq('my.faq'), NOW)).state;
    const file = JSON.stringify(exportLibrary(state, NOW));
    const imported = ok(importFile(base(), file, NOW));
    expect(imported.state.packs[ID]!.installed.overrides.templates['delivery.late']!.mine.title).toBe('Edited');
    expect(imported.state.local.faq.map((f) => f.id)).toEqual(['my.faq']);
    expect(effectiveLibrary(imported.state)).toEqual(effectiveLibrary(state));
  });

  it('importing own replies never overwrites: a clashing id with other text is added under a new id', () => {
    const state = ok(saveItem(base(), LOCAL_PACK_ID, 'faq', faq('my.faq'), NOW)).state;
    const other = { ...state.local, faq: [faq('my.faq', { answer: 'Other answer; DM us.' })] };
    const r = ok(importFile(state, JSON.stringify(other), NOW));
    expect(r.state.local.faq.map((f) => f.id)).toEqual(['my.faq', 'my.faq-imported']);
    expect(r.state.local.faq[0]!.answer).toBe(state.local.faq[0]!.answer);
  });

  it('a bad file changes nothing and says why', () => {
    const state = withPack();
    const r = importFile(state, '{"schemaVersion": 1, "id": "com.x.y", ', NOW);
    expect(r).toMatchObject({ ok: false, errors: [expect.stringContaining('not valid JSON')] });
    const lib = exportLibrary(state, NOW);
    lib.packs[0]!.overrides.templates['delivery.late'] = { id: 'delivery.late', base: null, mine: { ...template('delivery.late'), title: '<script>x</script>' } };
    const r2 = importFile(state, JSON.stringify(lib), NOW);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.join()).toContain('overrides.templates["delivery.late"].mine.title');
  });

  it('an older pack file is refused; a newer one updates', () => {
    const state = withPack();
    expect(importFile(state, JSON.stringify(makePack({ version: '0.5.0', changelog: [] })), NOW)).toMatchObject({ ok: false });
    const r = ok(importFile(state, JSON.stringify(makePack({ version: '1.2.0' })), NOW));
    expect(r.state.packs[ID]!.installed.pack.version).toBe('1.2.0');
    expect(r.state.packs[ID]!.installed.previous!.pack.version).toBe('1.0.0');
  });

  it('a single-pack export carries the user\u2019s edits and drops a hash it would break', () => {
    const hashed = withPack();
    const state = ok(saveItem(hashed, ID, 'template', { ...clone(makePack().templates[0]!), title: 'Edited' }, NOW)).state;
    const out = exportPack(state, ID)!;
    expect(out.templates[0]!.title).toBe('Edited');
    expect(out.integrity).toBeUndefined();
    expect(parsePack(out).ok).toBe(true);
  });
});

describe('the stored library', () => {
  it('persists through storage.local and tells watchers', async () => {
    const seen: number[] = [];
    const stop = watchLibrary((lib) => seen.push(lib.templates.filter((t) => t.packId === LOCAL_PACK_ID).length));
    await mutateLibrary((s, now) => ok(saveItem(s, LOCAL_PACK_ID, 'template', template('my.one'), now)).state);
    expect((await loadLibraryState()).local.templates).toHaveLength(1);
    expect((await loadLibrary()).templates.some((t) => t.packId === LOCAL_PACK_ID && t.id === 'my.one')).toBe(true);
    await expect.poll(() => seen).toEqual([1]);
    stop();
  });

  it('concurrent writes from the same context are serialised (no lost update)', async () => {
    await Promise.all(
      ['a.one', 'b.two', 'c.three', 'd.four'].map((id) => mutateLibrary((s, now) => ok(saveItem(s, LOCAL_PACK_ID, 'template', template(id), now)).state)),
    );
    expect((await loadLibraryState()).local.templates.map((t) => t.id).sort()).toEqual(['a.one', 'b.two', 'c.three', 'd.four']);
  });
});
