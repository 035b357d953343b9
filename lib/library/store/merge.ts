/**
 * An installed pack with the user's own edits. Editing a pack template (or FAQ entry) records an
 * override: the user's version plus the pack version it was edited from (`base`). When a new pack
 * version arrives, each override is compared three ways:
 *   - the pack did not touch it (theirs = base)       → the override stays;
 *   - the pack now says what the user wrote (theirs = mine) → the override is no longer needed;
 *   - the pack changed or removed it                   → a conflict, both versions kept until the
 *     user chooses mine or theirs. Until then the user's version stays in use.
 * The state before each update is kept so the update can be rolled back.
 *
 * Everything here is pure: plain data in, new plain data out, inputs never mutated.
 */
import { sameJson } from '../pack/canonical-json';
import { diffPacks, type PackDiff } from '../pack/diff';
import type { FaqEntry, Pack, PackTemplate } from '../pack/pack-schema';
import { compareSemver } from '../pack/semver';

export type ItemKind = 'template' | 'faq';
type ItemOf<K extends ItemKind> = K extends 'template' ? PackTemplate : FaqEntry;

export interface Override<T> {
  id: string;
  /** The pack's version of the item when the user edited it; null once the pack has dropped it and the user kept theirs. */
  base: T | null;
  mine: T;
}

export interface Overrides {
  templates: Record<string, Override<PackTemplate>>;
  faq: Record<string, Override<FaqEntry>>;
}

interface ConflictOf<K extends ItemKind> {
  kind: K;
  id: string;
  base: ItemOf<K> | null;
  /** The user's version (what is in use until the conflict is resolved). */
  mine: ItemOf<K>;
  /** The new pack's version; null when the new pack removed the item. */
  theirs: ItemOf<K> | null;
}
export type PackConflict = ConflictOf<'template'> | ConflictOf<'faq'>;

export interface PackSnapshot {
  pack: Pack;
  overrides: Overrides;
  conflicts: PackConflict[];
}

export interface InstalledPack extends PackSnapshot {
  /** The state before the last update, for rollback. */
  previous?: PackSnapshot;
  /** Set by rollback: the version rolled back from, so sync does not silently re-apply it. */
  heldBackVersion?: string;
}

export type UpdateResult =
  | {
      ok: true;
      state: InstalledPack;
      diff: PackDiff;
      /** Conflicts the user must resolve (also in state.conflicts). */
      conflicts: PackConflict[];
      /** Overrides dropped because the new pack now matches the user's edit. */
      autoResolved: Array<{ kind: ItemKind; id: string }>;
    }
  | { ok: false; error: string };

export function installPack(pack: Pack): InstalledPack {
  return { pack, overrides: { templates: {}, faq: {} }, conflicts: [] };
}

/**
 * Record the user's edit of a pack item. Editing it back to the pack's text removes the override.
 * An id that is neither in the pack nor already overridden is a caller error (local items are
 * not overrides) and returns the state unchanged.
 */
export function setOverride<K extends ItemKind>(state: InstalledPack, kind: K, item: ItemOf<K>): InstalledPack {
  const table = overridesOf(state.overrides, kind) as Record<string, Override<ItemOf<K>>>;
  const existing = table[item.id];
  const inPack = packItems(state.pack, kind).find((i) => i.id === item.id) as ItemOf<K> | undefined;
  if (!existing && !inPack) return state;
  const base = existing ? existing.base : (inPack ?? null);
  const nextTable = { ...table };
  if (base !== null && sameJson(base, item)) delete nextTable[item.id];
  else nextTable[item.id] = { id: item.id, base, mine: item };
  // A pending conflict shows the user's latest text.
  const conflicts = state.conflicts.map((c) => (c.kind === kind && c.id === item.id ? ({ ...c, mine: item } as PackConflict) : c));
  return { ...state, overrides: withTable(state.overrides, kind, nextTable), conflicts };
}

/** Drop the user's edit and use the pack's version again. */
export function removeOverride(state: InstalledPack, kind: ItemKind, id: string): InstalledPack {
  const table = { ...overridesOf(state.overrides, kind) };
  if (!(id in table)) return state;
  delete table[id];
  return {
    ...state,
    overrides: withTable(state.overrides, kind, table),
    conflicts: state.conflicts.filter((c) => !(c.kind === kind && c.id === id)),
  };
}

/**
 * Move to a new version of the same pack. The result is a preview until the caller stores
 * `state`: review mode shows `diff` and `conflicts` first, automatic mode stores it straight away.
 * `next` must already have passed parsePack.
 */
export function applyPackUpdate(state: InstalledPack, next: Pack): UpdateResult {
  if (next.id !== state.pack.id) return { ok: false, error: `this is pack "${next.id}", not an update of "${state.pack.id}"` };
  if (compareSemver(next.version, state.pack.version) < 0) {
    return { ok: false, error: `version ${next.version} is older than the installed ${state.pack.version}; use rollback to go back` };
  }
  const diff = diffPacks(state.pack, next);
  if (sameJson(next, state.pack)) return { ok: true, state, diff, conflicts: [], autoResolved: [] };

  const autoResolved: Array<{ kind: ItemKind; id: string }> = [];
  const conflicts: PackConflict[] = [];
  const rebase = <K extends ItemKind>(kind: K): Record<string, Override<ItemOf<K>>> => {
    const theirsById = new Map(packItems(next, kind).map((i) => [i.id, i as ItemOf<K>]));
    const kept: Record<string, Override<ItemOf<K>>> = {};
    for (const ov of Object.values(overridesOf(state.overrides, kind)) as Override<ItemOf<K>>[]) {
      const theirs = theirsById.get(ov.id) ?? null;
      if (theirs !== null && sameJson(theirs, ov.mine)) {
        autoResolved.push({ kind, id: ov.id });
        continue;
      }
      kept[ov.id] = ov;
      const untouched = theirs === null ? ov.base === null : ov.base !== null && sameJson(theirs, ov.base);
      if (!untouched) conflicts.push({ kind, id: ov.id, base: ov.base, mine: ov.mine, theirs } as PackConflict);
    }
    return kept;
  };
  const overrides: Overrides = { templates: rebase('template'), faq: rebase('faq') };

  const newState: InstalledPack = {
    pack: next,
    overrides,
    conflicts,
    previous: { pack: state.pack, overrides: state.overrides, conflicts: state.conflicts },
  };
  return { ok: true, state: newState, diff, conflicts, autoResolved };
}

/**
 * Settle a conflict. `mine` keeps the user's version (now an edit of the new pack text, or a kept
 * copy of an item the pack removed); `theirs` takes the pack's version (or lets the item go).
 */
export function resolveConflict(state: InstalledPack, kind: ItemKind, id: string, choice: 'mine' | 'theirs'): InstalledPack {
  const conflict = state.conflicts.find((c) => c.kind === kind && c.id === id);
  if (!conflict) return state;
  const conflicts = state.conflicts.filter((c) => c !== conflict);
  const table = { ...overridesOf(state.overrides, kind) } as Record<string, Override<PackTemplate | FaqEntry>>;
  if (choice === 'theirs') delete table[id];
  else table[id] = { id, base: conflict.theirs, mine: conflict.mine };
  return { ...state, conflicts, overrides: withTable(state.overrides, kind, table as never) };
}

/**
 * Go back to the state before the last update. Edits the user made since that update are kept
 * (they are the user's work); everything else, including conflicts resolved in the meantime, is
 * as it was before. Only one step back is kept.
 */
export function rollback(state: InstalledPack): { ok: true; state: InstalledPack } | { ok: false; error: string } {
  const prev = state.previous;
  if (!prev) return { ok: false, error: 'there is no previous version to roll back to' };
  const carry = <K extends ItemKind>(kind: K) => {
    const before = overridesOf(prev.overrides, kind) as Record<string, Override<ItemOf<K>>>;
    const now = overridesOf(state.overrides, kind) as Record<string, Override<ItemOf<K>>>;
    const out = { ...before };
    for (const [id, ov] of Object.entries(now)) {
      const old = before[id];
      if (!old || !sameJson(old.mine, ov.mine)) out[id] = ov;
    }
    return out;
  };
  const overrides: Overrides = { templates: carry('template'), faq: carry('faq') };
  const conflicts = prev.conflicts.filter((c) => {
    const ov = overridesOf(overrides, c.kind)[c.id];
    return ov !== undefined && sameJson(ov.mine, c.mine);
  });
  return { ok: true, state: { pack: prev.pack, overrides, conflicts, heldBackVersion: state.pack.version } };
}

export type ItemOrigin = 'pack' | 'override' | 'kept';

/** The templates in use: the pack's, with the user's overrides, then items kept after the pack removed them. */
export function effectiveTemplates(state: InstalledPack): Array<{ template: PackTemplate; origin: ItemOrigin }> {
  return effective(state, 'template').map(({ item, origin }) => ({ template: item, origin }));
}

/** The FAQ entries in use, as effectiveTemplates. */
export function effectiveFaq(state: InstalledPack): Array<{ entry: FaqEntry; origin: ItemOrigin }> {
  return effective(state, 'faq').map(({ item, origin }) => ({ entry: item, origin }));
}

function effective<K extends ItemKind>(state: InstalledPack, kind: K): Array<{ item: ItemOf<K>; origin: ItemOrigin }> {
  const table = overridesOf(state.overrides, kind) as Record<string, Override<ItemOf<K>>>;
  const items = packItems(state.pack, kind) as ItemOf<K>[];
  const inPack = new Set(items.map((i) => i.id));
  const out = items.map((item): { item: ItemOf<K>; origin: ItemOrigin } => {
    const ov = table[item.id];
    return ov ? { item: ov.mine, origin: 'override' } : { item, origin: 'pack' };
  });
  for (const ov of Object.values(table)) if (!inPack.has(ov.id)) out.push({ item: ov.mine, origin: 'kept' });
  return out;
}

function packItems(pack: Pack, kind: ItemKind): Array<PackTemplate | FaqEntry> {
  return kind === 'template' ? pack.templates : pack.faq;
}

function overridesOf(overrides: Overrides, kind: ItemKind): Record<string, Override<PackTemplate | FaqEntry>> {
  return kind === 'template' ? overrides.templates : overrides.faq;
}

function withTable(overrides: Overrides, kind: ItemKind, table: Record<string, Override<PackTemplate | FaqEntry>>): Overrides {
  return kind === 'template'
    ? { ...overrides, templates: table as Record<string, Override<PackTemplate>> }
    : { ...overrides, faq: table as Record<string, Override<FaqEntry>> };
}
