/**
 * Import and export of the library as files. A file is untrusted like a download: every pack in it
 * goes through parsePack and every edited item through the item schema, and a file with any
 * problem changes nothing. Importing never deletes or overwrites the user's own work: an item of
 * the user's own replies that already exists with other text is added under a new id.
 */
import { sameJson } from '../pack/canonical-json';
import type { InstalledPack, Override, Overrides } from './merge';
import type { FaqEntry, Pack, PackTemplate } from '../pack/pack-schema';
import { checkPackUrl } from '../sync/sync-fetch';
import { parsePack } from '../pack/validate-pack';
import {
  LOCAL_PACK_ID,
  effectivePack,
  freeId,
  newEntry,
  putEntry,
  updatePack,
  validateItem,
  type LibraryState,
  type PackSource,
  type SyncMode,
} from './store-state';

export const LIBRARY_EXPORT_FORMAT = 'soothe-library';

export interface LibraryExport {
  format: typeof LIBRARY_EXPORT_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  local: Pack;
  packs: Array<{
    pack: Pack;
    source: PackSource;
    enabled: boolean;
    overrides: Overrides;
    hidden: { templates: string[]; faq: string[] };
    subscription?: { url: string; mode: SyncMode };
  }>;
}

export function exportLibrary(state: LibraryState, now: number): LibraryExport {
  return {
    format: LIBRARY_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    local: state.local,
    packs: Object.values(state.packs).map((e) => ({
      pack: e.installed.pack,
      source: e.source,
      enabled: e.enabled,
      overrides: e.installed.overrides,
      hidden: e.hidden,
      ...(e.subscription ? { subscription: { url: e.subscription.url, mode: e.subscription.mode } } : {}),
    })),
  };
}

/** One pack as a file, with the user's edits in (see effectivePack). */
export function exportPack(state: LibraryState, packId: string): Pack | undefined {
  return effectivePack(state, packId);
}

export type ImportResult = { ok: true; state: LibraryState; summary: string[] } | { ok: false; errors: string[] };

/** Import a file: a whole-library export or a single pack. */
export function importFile(state: LibraryState, text: string, now: number): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // parsePack gives the line and column.
    return importPack(state, text, now);
  }
  if (raw && typeof raw === 'object' && (raw as { format?: unknown }).format === LIBRARY_EXPORT_FORMAT) return importLibrary(state, raw, now);
  return importPack(state, text, now);
}

export function importPack(state: LibraryState, text: string | unknown, now: number): ImportResult {
  const first = parsePack(text);
  if (!first.ok) return { ok: false, errors: first.errors };
  const pack = first.pack;
  if (pack.id === LOCAL_PACK_ID) {
    const merged = mergeLocal(state, pack);
    return { ok: true, state: merged.state, summary: merged.summary };
  }
  const entry = state.packs[pack.id];
  if (!entry) return { ok: true, state: putEntry(state, pack.id, newEntry(pack, 'file', now)), summary: [`Installed "${pack.name}" ${pack.version}.`] };
  const checked = parsePack(text, { installedVersion: entry.installed.pack.version });
  if (!checked.ok) return { ok: false, errors: checked.errors };
  if (sameJson(pack, entry.installed.pack)) return { ok: true, state, summary: [`"${pack.name}" ${pack.version} is already installed.`] };
  const updated = updatePack(state, pack.id, pack, now);
  if (!updated.ok) return { ok: false, errors: updated.errors };
  const conflicts = updated.conflicts > 0 ? ` ${updated.conflicts} of your edits conflict with it; choose in the library.` : '';
  return { ok: true, state: updated.state, summary: [`Updated "${pack.name}" from ${entry.installed.pack.version} to ${pack.version}.${conflicts}`] };
}

function importLibrary(state: LibraryState, raw: unknown, now: number): ImportResult {
  const file = raw as Partial<LibraryExport>;
  const errors: string[] = [];
  if (file.formatVersion !== 1) return { ok: false, errors: [`formatVersion: this version of Soothe reads library files of version 1 (got ${JSON.stringify(file.formatVersion)})`] };
  const local = parsePack(file.local);
  if (!local.ok) errors.push(...local.errors.map((e) => `local: ${e}`));
  else if (local.pack.id !== LOCAL_PACK_ID) errors.push(`local.id: must be "${LOCAL_PACK_ID}"`);
  if (!Array.isArray(file.packs)) errors.push('packs: must be an array');
  const packs: Array<{ pack: Pack; enabled: boolean; overrides: Overrides; hidden: { templates: string[]; faq: string[] }; subscription?: { url: string; mode: SyncMode } }> = [];
  (Array.isArray(file.packs) ? file.packs : []).forEach((item: unknown, i) => {
    const at = `packs[${i}]`;
    if (!item || typeof item !== 'object') return void errors.push(`${at}: must be an object`);
    const p = item as Record<string, unknown>;
    const parsed = parsePack(p.pack);
    if (!parsed.ok) return void errors.push(...parsed.errors.map((e) => `${at}.pack: ${e}`));
    const overrides = checkOverrides(p.overrides, `${at}.overrides`, errors);
    const hidden = checkHidden(p.hidden, `${at}.hidden`, errors);
    let subscription: { url: string; mode: SyncMode } | undefined;
    if (p.subscription !== undefined) {
      const s = p.subscription as { url?: unknown; mode?: unknown } | null;
      const url = typeof s?.url === 'string' ? checkPackUrl(s.url) : { ok: false as const, error: 'must be a string' };
      if (!url.ok) errors.push(`${at}.subscription.url: ${url.error}`);
      else subscription = { url: url.url, mode: s?.mode === 'review' ? 'review' : 'auto' };
    }
    packs.push({ pack: parsed.pack, enabled: p.enabled !== false, overrides, hidden, ...(subscription ? { subscription } : {}) });
  });
  if (errors.length > 0 || !local.ok) return { ok: false, errors: errors.slice(0, 50) };

  const summary: string[] = [];
  let next = state;
  const mergedLocal = mergeLocal(next, local.pack);
  next = mergedLocal.state;
  summary.push(...mergedLocal.summary);
  for (const p of packs) {
    const id = p.pack.id;
    const entry = next.packs[id];
    if (!entry) {
      const installed: InstalledPack = { pack: p.pack, overrides: p.overrides, conflicts: [] };
      const fresh = newEntry(p.pack, p.subscription ? 'url' : 'file', now, p.subscription ? { url: p.subscription.url, mode: p.subscription.mode } : undefined);
      next = putEntry(next, id, { ...fresh, installed, enabled: p.enabled, hidden: p.hidden });
      summary.push(`Installed "${p.pack.name}" ${p.pack.version}.`);
      continue;
    }
    let current = next;
    const installedVersion = entry.installed.pack.version;
    if (!sameJson(p.pack, entry.installed.pack) && parsePack(p.pack, { installedVersion }).ok) {
      const updated = updatePack(current, id, p.pack, now);
      if (updated.ok) {
        current = updated.state;
        summary.push(`Updated "${p.pack.name}" from ${installedVersion} to ${p.pack.version}.`);
      }
    } else if (!sameJson(p.pack, entry.installed.pack)) {
      summary.push(`Kept "${p.pack.name}" ${installedVersion} (the file has the older ${p.pack.version}).`);
    }
    // The file's edits join the user's; where the user already edited the same item, theirs here wins.
    const e = current.packs[id]!;
    const overrides: Overrides = {
      templates: { ...p.overrides.templates, ...e.installed.overrides.templates },
      faq: { ...p.overrides.faq, ...e.installed.overrides.faq },
    };
    const added = Object.keys(overrides.templates).length + Object.keys(overrides.faq).length - (Object.keys(e.installed.overrides.templates).length + Object.keys(e.installed.overrides.faq).length);
    if (added > 0) summary.push(`Added ${added} edited item(s) to "${p.pack.name}".`);
    next = putEntry(current, id, { ...e, installed: { ...e.installed, overrides } });
  }
  return { ok: true, state: next, summary };
}

function checkOverrides(value: unknown, at: string, errors: string[]): Overrides {
  const out: Overrides = { templates: {}, faq: {} };
  if (value === undefined) return out;
  if (!value || typeof value !== 'object') {
    errors.push(`${at}: must be an object`);
    return out;
  }
  const v = value as { templates?: unknown; faq?: unknown };
  for (const kind of ['template', 'faq'] as const) {
    const table = kind === 'template' ? v.templates : v.faq;
    if (table === undefined) continue;
    if (!table || typeof table !== 'object') {
      errors.push(`${at}.${kind === 'template' ? 'templates' : 'faq'}: must be an object`);
      continue;
    }
    for (const [id, ov] of Object.entries(table as Record<string, unknown>)) {
      const where = `${at}.${kind === 'template' ? 'templates' : 'faq'}["${id}"]`;
      const o = ov as { mine?: unknown; base?: unknown } | null;
      const mine = validateItem(kind, o?.mine);
      const base = o?.base === null ? null : validateItem(kind, o?.base);
      if (!mine.ok) errors.push(...mine.errors.map((e) => `${where}.mine.${e}`));
      if (base && !base.ok) errors.push(...base.errors.map((e) => `${where}.base.${e}`));
      if (mine.ok && mine.item.id !== id) errors.push(`${where}.mine.id: must be "${id}"`);
      if (mine.ok && (base === null || base.ok)) {
        const entry = { id, base: base === null ? null : base.item, mine: mine.item };
        if (kind === 'template') out.templates[id] = entry as Override<PackTemplate>;
        else out.faq[id] = entry as Override<FaqEntry>;
      }
    }
  }
  return out;
}

function checkHidden(value: unknown, at: string, errors: string[]): { templates: string[]; faq: string[] } {
  if (value === undefined) return { templates: [], faq: [] };
  const v = value as { templates?: unknown; faq?: unknown } | null;
  const list = (x: unknown, name: string) => {
    if (x === undefined) return [];
    if (Array.isArray(x) && x.every((s) => typeof s === 'string')) return x as string[];
    errors.push(`${at}.${name}: must be an array of ids`);
    return [];
  };
  return { templates: list(v?.templates, 'templates'), faq: list(v?.faq, 'faq') };
}

/** Add another copy of "my replies" to the user's own: new ids are added, identical items skipped, different ones renamed. */
function mergeLocal(state: LibraryState, incoming: Pack): { state: LibraryState; summary: string[] } {
  let added = 0;
  let renamed = 0;
  const merge = <T extends { id: string }>(mine: T[], theirs: T[]): T[] => {
    const out = [...mine];
    const taken = new Set(out.map((i) => i.id));
    for (const item of theirs) {
      const existing = out.find((i) => i.id === item.id);
      if (existing && sameJson(existing, item)) continue;
      if (existing) {
        const id = freeId(`${item.id}-imported`, taken);
        out.push({ ...item, id });
        taken.add(id);
        renamed++;
      } else {
        out.push(item);
        taken.add(item.id);
        added++;
      }
    }
    return out;
  };
  const local = { ...state.local, templates: merge(state.local.templates, incoming.templates), faq: merge(state.local.faq, incoming.faq) };
  const summary: string[] = [];
  if (added + renamed > 0) summary.push(`Added ${added + renamed} of your own replies${renamed > 0 ? ` (${renamed} under a new id, because an item with that id already had other text)` : ''}.`);
  return { state: added + renamed > 0 ? { ...state, local } : state, summary };
}
