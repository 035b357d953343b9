/**
 * The user's library as stored: installed packs (the shipped defaults, team packs subscribed by
 * URL, packs imported from a file) each with its merge state from merge.ts, and the user's own pack
 * of templates and FAQ. Everything here is pure: state in, new state out; store.ts persists it.
 */
import * as v from 'valibot';
import type { PackDiff } from '../pack/diff';
import { buildLibrary, defaultPacks, type Library, type LibraryFaq, type LibraryTemplate } from './library';
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
  type ItemKind,
} from './merge';
import {
  FaqEntrySchema,
  isHoldingStatement,
  PACK_LANGUAGES,
  TemplateSchema,
  type FaqEntry,
  type Pack,
  type PackTemplate,
} from '../pack/pack-schema';
import { compareSemver } from '../pack/semver';

/** The id of the user's own pack; never served from a URL. */
export const LOCAL_PACK_ID = 'local.my-replies';

export type PackSource = 'default' | 'url' | 'file';
export type SyncMode = 'auto' | 'review';

export interface SyncError {
  at: number;
  /** One line for the pack list. */
  message: string;
  /** Every problem found (schema errors and the like), for the details view. */
  details: string[];
}

export interface Subscription {
  url: string;
  mode: SyncMode;
  /** Validators of the last good response, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  lastChecked?: number;
  /** Last check that reached the server and got a usable answer (200 with a valid pack, or 304). */
  lastSuccess?: number;
  /** Cleared by the next good check. The installed pack is never touched by a bad one. */
  lastError?: SyncError;
  /** Review mode: a valid newer version waiting for the user. */
  pending?: { pack: Pack; fetchedAt: number };
  /** The last version applied by sync, for the pack list. */
  lastUpdate?: { from: string; to: string; at: number; conflicts: number };
}

export interface PackEntry {
  source: PackSource;
  enabled: boolean;
  installed: InstalledPack;
  /** Pack items the user deleted from their library (a pack's own items cannot be deleted from the pack). */
  hidden: { templates: string[]; faq: string[] };
  subscription?: Subscription;
  installedAt: number;
  updatedAt: number;
}

export interface LibraryState {
  packs: Record<string, PackEntry>;
  /** The user's own templates and FAQ; a valid pack, so it exports and imports like any other. */
  local: Pack;
  /** Default packs the user removed (not re-added on the next start). */
  removedDefaults: string[];
}

export function emptyLocalPack(): Pack {
  return {
    schemaVersion: 1,
    id: LOCAL_PACK_ID,
    name: 'My replies',
    version: '1.0.0',
    languages: [...PACK_LANGUAGES],
    templates: [],
    faq: [],
    changelog: [],
  };
}

export function emptyLibraryState(): LibraryState {
  return { packs: {}, local: emptyLocalPack(), removedDefaults: [] };
}

export function newEntry(pack: Pack, source: PackSource, now: number, subscription?: Subscription): PackEntry {
  return {
    source,
    enabled: true,
    installed: installPack(pack),
    hidden: { templates: [], faq: [] },
    ...(subscription ? { subscription } : {}),
    installedAt: now,
    updatedAt: now,
  };
}

let shipped: Pack[] | undefined;
function shippedPacks(): Pack[] {
  shipped ??= defaultPacks();
  return shipped;
}

/**
 * The shipped default packs joined to a stored state: missing ones are installed (unless the user
 * removed them) and a newer shipped version is merged in like any update, keeping the user's edits.
 * Pure, so every reader (content script, background, options page) sees the same result without writing.
 */
export function withDefaults(state: LibraryState, now: number, defaults: readonly Pack[] = shippedPacks()): LibraryState {
  let packs = state.packs;
  for (const pack of defaults) {
    if (state.removedDefaults.includes(pack.id)) continue;
    const entry = packs[pack.id];
    if (!entry) {
      packs = { ...packs, [pack.id]: newEntry(pack, 'default', now) };
    } else if (entry.source === 'default' && compareSemver(pack.version, entry.installed.pack.version) > 0 && entry.installed.heldBackVersion !== pack.version) {
      const result = applyPackUpdate(entry.installed, pack);
      if (result.ok) packs = { ...packs, [pack.id]: { ...entry, installed: result.state, updatedAt: now } };
    }
  }
  return packs === state.packs ? state : { ...state, packs };
}

/** What the ranker and panel use: every enabled pack's templates and FAQ with the user's edits, then the user's own. */
export function effectiveLibrary(state: LibraryState): Library {
  const templates: LibraryTemplate[] = [];
  const faq: LibraryFaq[] = [];
  for (const [packId, entry] of Object.entries(state.packs)) {
    if (!entry.enabled) continue;
    const hiddenT = new Set(entry.hidden.templates);
    const hiddenF = new Set(entry.hidden.faq);
    for (const { template } of effectiveTemplates(entry.installed)) if (!hiddenT.has(template.id)) templates.push({ ...template, packId });
    for (const { entry: f } of effectiveFaq(entry.installed)) if (!hiddenF.has(f.id)) faq.push({ ...f, packId });
  }
  const own = buildLibrary([state.local]);
  // Holding statements are offered on crisis alerts only, never as a reply suggestion.
  return {
    templates: [...templates.filter((t) => !isHoldingStatement(t)), ...own.templates],
    faq: [...faq, ...own.faq],
    holding: [...templates.filter(isHoldingStatement), ...(own.holding ?? [])],
  };
}

/** The pack as the user has it (overrides applied, hidden items left out): what "export this pack" writes. */
export function effectivePack(state: LibraryState, packId: string): Pack | undefined {
  if (packId === LOCAL_PACK_ID) return state.local;
  const entry = state.packs[packId];
  if (!entry) return undefined;
  const hiddenT = new Set(entry.hidden.templates);
  const hiddenF = new Set(entry.hidden.faq);
  const templates = effectiveTemplates(entry.installed).map((t) => t.template).filter((t) => !hiddenT.has(t.id));
  const faq = effectiveFaq(entry.installed).map((f) => f.entry).filter((f) => !hiddenF.has(f.id));
  const { integrity: _integrity, ...rest } = entry.installed.pack;
  const edited = hiddenT.size + hiddenF.size + Object.keys(entry.installed.overrides.templates).length + Object.keys(entry.installed.overrides.faq).length > 0;
  // The hash covers the published content; with the user's edits in, it would be wrong.
  return edited ? { ...rest, templates, faq } : entry.installed.pack;
}

// ---- Editing items -------------------------------------------------------------------------

type ItemOf<K extends ItemKind> = K extends 'template' ? PackTemplate : FaqEntry;

export type EditResult = { ok: true; state: LibraryState } | { ok: false; errors: string[] };

/** Check an edited item against the pack schema (markup, variables, lengths): the editor shows these. */
export function validateItem<K extends ItemKind>(kind: K, item: unknown): { ok: true; item: ItemOf<K> } | { ok: false; errors: string[] } {
  const result = kind === 'template' ? v.safeParse(TemplateSchema, item) : v.safeParse(FaqEntrySchema, item);
  if (result.success) return { ok: true, item: result.output as ItemOf<K> };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
      const message = issue.type === 'strict_object' && issue.input === undefined ? 'is missing' : issue.message;
      return path ? `${path}: ${message}` : message;
    }),
  };
}

/**
 * Save an item. In the user's own pack it is created or replaced (`previousId` renames it); in an
 * installed pack it becomes an override of the pack's item (ids of pack items cannot change).
 */
export function saveItem<K extends ItemKind>(state: LibraryState, packId: string, kind: K, item: ItemOf<K>, now: number, previousId?: string): EditResult {
  const checked = validateItem(kind, item);
  if (!checked.ok) return checked;
  const valid = checked.item;
  if (packId === LOCAL_PACK_ID) {
    const list = (kind === 'template' ? state.local.templates : state.local.faq) as ItemOf<K>[];
    const oldId = previousId ?? valid.id;
    if (valid.id !== oldId && list.some((i) => i.id === valid.id)) return { ok: false, errors: [`id: "${valid.id}" is already used in your own replies`] };
    const exists = list.some((i) => i.id === oldId);
    const next = exists ? list.map((i) => (i.id === oldId ? valid : i)) : [...list, valid];
    return { ok: true, state: { ...state, local: kind === 'template' ? { ...state.local, templates: next as PackTemplate[] } : { ...state.local, faq: next as FaqEntry[] } } };
  }
  const entry = state.packs[packId];
  if (!entry) return { ok: false, errors: [`pack "${packId}" is not installed`] };
  if (previousId !== undefined && previousId !== valid.id) return { ok: false, errors: ['id: the id of a pack item cannot change (it ties your edit to the pack); duplicate it into your own replies instead'] };
  const installed = setOverride(entry.installed, kind, valid);
  if (installed === entry.installed) return { ok: false, errors: [`"${valid.id}" is not in pack "${packId}"`] };
  return { ok: true, state: putEntry(state, packId, { ...entry, installed, updatedAt: now }) };
}

/** Delete from the user's own pack; from an installed pack the item is hidden (and its edit dropped). */
export function deleteItem(state: LibraryState, packId: string, kind: ItemKind, id: string, now: number): LibraryState {
  if (packId === LOCAL_PACK_ID) {
    const local = kind === 'template' ? { ...state.local, templates: state.local.templates.filter((t) => t.id !== id) } : { ...state.local, faq: state.local.faq.filter((f) => f.id !== id) };
    return { ...state, local };
  }
  const entry = state.packs[packId];
  if (!entry) return state;
  const key = kind === 'template' ? 'templates' : 'faq';
  const hidden = entry.hidden[key].includes(id) ? entry.hidden : { ...entry.hidden, [key]: [...entry.hidden[key], id] };
  return putEntry(state, packId, { ...entry, installed: removeOverride(entry.installed, kind, id), hidden, updatedAt: now });
}

/** Bring back every item of a pack the user deleted. */
export function unhideAll(state: LibraryState, packId: string, now: number): LibraryState {
  const entry = state.packs[packId];
  if (!entry) return state;
  return putEntry(state, packId, { ...entry, hidden: { templates: [], faq: [] }, updatedAt: now });
}

/** Drop the user's edit of a pack item and use the pack's text again. */
export function revertItem(state: LibraryState, packId: string, kind: ItemKind, id: string, now: number): LibraryState {
  const entry = state.packs[packId];
  if (!entry) return state;
  return putEntry(state, packId, { ...entry, installed: removeOverride(entry.installed, kind, id), updatedAt: now });
}

/** Copy any item into the user's own pack under a free id (`<id>-copy`, `<id>-copy-2`, ...). */
export function duplicateItem<K extends ItemKind>(state: LibraryState, kind: K, item: ItemOf<K>): { state: LibraryState; id: string } {
  const list = kind === 'template' ? state.local.templates : state.local.faq;
  const id = freeId(`${item.id}-copy`, new Set(list.map((i) => i.id)));
  const copy = kind === 'template' ? { ...(item as PackTemplate), id, title: (item as PackTemplate).title } : { ...(item as FaqEntry), id };
  const local = kind === 'template' ? { ...state.local, templates: [...state.local.templates, copy as PackTemplate] } : { ...state.local, faq: [...state.local.faq, copy as FaqEntry] };
  return { state: { ...state, local }, id };
}

export function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

// ---- Packs ---------------------------------------------------------------------------------

export function resolvePackConflict(state: LibraryState, packId: string, kind: ItemKind, id: string, choice: 'mine' | 'theirs', now: number): LibraryState {
  const entry = state.packs[packId];
  if (!entry) return state;
  return putEntry(state, packId, { ...entry, installed: resolveConflict(entry.installed, kind, id, choice), updatedAt: now });
}

export function rollbackPack(state: LibraryState, packId: string, now: number): EditResult {
  const entry = state.packs[packId];
  if (!entry) return { ok: false, errors: [`pack "${packId}" is not installed`] };
  const result = rollback(entry.installed);
  if (!result.ok) return { ok: false, errors: [result.error] };
  // A pending update of the version just left would undo the rollback with one click; drop it.
  const subscription = entry.subscription ? { ...entry.subscription, pending: undefined } : undefined;
  return { ok: true, state: putEntry(state, packId, { ...entry, installed: result.state, ...(subscription ? { subscription } : {}), updatedAt: now }) };
}

/** Apply a new version now (automatic sync, "Apply update", importing a newer file). */
export function updatePack(state: LibraryState, packId: string, next: Pack, now: number): { ok: true; state: LibraryState; diff: PackDiff; conflicts: number } | { ok: false; errors: string[] } {
  const entry = state.packs[packId];
  if (!entry) return { ok: false, errors: [`pack "${packId}" is not installed`] };
  const result = applyPackUpdate(entry.installed, next);
  if (!result.ok) return { ok: false, errors: [result.error] };
  const subscription = entry.subscription
    ? {
        ...entry.subscription,
        pending: undefined,
        lastUpdate: { from: entry.installed.pack.version, to: next.version, at: now, conflicts: result.conflicts.length },
      }
    : undefined;
  return {
    ok: true,
    state: putEntry(state, packId, { ...entry, installed: result.state, ...(subscription ? { subscription } : {}), updatedAt: now }),
    diff: result.diff,
    conflicts: result.conflicts.length,
  };
}

export function setPackEnabled(state: LibraryState, packId: string, enabled: boolean, now: number): LibraryState {
  const entry = state.packs[packId];
  return entry ? putEntry(state, packId, { ...entry, enabled, updatedAt: now }) : state;
}

export function setSyncMode(state: LibraryState, packId: string, mode: SyncMode): LibraryState {
  const entry = state.packs[packId];
  if (!entry?.subscription) return state;
  return putEntry(state, packId, { ...entry, subscription: { ...entry.subscription, mode } });
}

/** Remove a pack (and its subscription). A removed default pack stays removed until restored. */
export function removePack(state: LibraryState, packId: string): LibraryState {
  const entry = state.packs[packId];
  if (!entry) return state;
  const packs = { ...state.packs };
  delete packs[packId];
  const removedDefaults = entry.source === 'default' && !state.removedDefaults.includes(packId) ? [...state.removedDefaults, packId] : state.removedDefaults;
  return { ...state, packs, removedDefaults };
}

export function restoreDefaults(state: LibraryState): LibraryState {
  return state.removedDefaults.length === 0 ? state : { ...state, removedDefaults: [] };
}

export function putEntry(state: LibraryState, packId: string, entry: PackEntry): LibraryState {
  return { ...state, packs: { ...state.packs, [packId]: entry } };
}

/** Every pack shown in the options page, the user's own first. */
export function packIds(state: LibraryState): string[] {
  return [LOCAL_PACK_ID, ...Object.keys(state.packs)];
}
