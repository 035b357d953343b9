/**
 * What a new pack version changes: templates and FAQ entries added, changed (with the fields that
 * changed) and removed, plus pack-level fields and the changelog entries since the old version.
 * Shown to the user before an update is applied, and printed by `soothe pack diff`.
 */
import { sameJson } from './canonical-json';
import type { ChangelogEntry, FaqEntry, Pack, PackTemplate } from './pack-schema';
import { compareSemver } from './semver';
import { wordDiff, type WordRun } from './word-diff';

export interface ItemChange<T> {
  id: string;
  /** Changed fields; template parts are named `parts.fix`, `parts.private` and so on. */
  fields: string[];
  before: T;
  after: T;
}

export interface ItemDiff<T> {
  added: T[];
  changed: ItemChange<T>[];
  removed: T[];
}

export interface PackDiff {
  fromVersion: string;
  toVersion: string;
  /** Pack-level fields that changed (id, name, description, languages, schemaVersion). */
  meta: string[];
  templates: ItemDiff<PackTemplate>;
  faq: ItemDiff<FaqEntry>;
  /** Changelog entries of the new pack newer than the old version, newest first. */
  changelog: ChangelogEntry[];
}

export function diffPacks(older: Pack, newer: Pack): PackDiff {
  const meta = (['schemaVersion', 'id', 'name', 'description', 'languages'] as const).filter((k) => !sameJson(older[k], newer[k]));
  return {
    fromVersion: older.version,
    toVersion: newer.version,
    meta,
    templates: diffItems(older.templates, newer.templates),
    faq: diffItems(older.faq, newer.faq),
    changelog: newer.changelog
      .filter((c) => compareSemver(c.version, older.version) > 0)
      .sort((a, b) => compareSemver(b.version, a.version)),
  };
}

export function diffItems<T extends { id: string }>(older: readonly T[], newer: readonly T[]): ItemDiff<T> {
  const before = new Map(older.map((item) => [item.id, item]));
  const after = new Map(newer.map((item) => [item.id, item]));
  const added: T[] = [];
  const changed: ItemChange<T>[] = [];
  for (const item of newer) {
    const old = before.get(item.id);
    if (!old) added.push(item);
    else {
      const fields = changedFields(old, item);
      if (fields.length > 0) changed.push({ id: item.id, fields, before: old, after: item });
    }
  }
  const removed = older.filter((item) => !after.has(item.id));
  return { added, changed, removed };
}

/** One changed text of an item, old and new, with the words that changed (lib/library/pack/word-diff.ts). */
export interface WordingChange {
  /** `title`, `parts.fix`, `triggers`… as in ItemChange.fields. */
  field: string;
  before: string;
  after: string;
  runs: WordRun[];
}

/** A field's value as text: lists joined by ", ", a missing optional field as "". */
function fieldText(item: object, field: string): string {
  const value = field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The wording a change makes, field by field, in the order of `change.fields`. */
export function wordingChanges<T extends object>(change: Pick<ItemChange<T>, 'fields' | 'before' | 'after'>): WordingChange[] {
  return change.fields.map((field) => {
    const before = fieldText(change.before, field);
    const after = fieldText(change.after, field);
    return { field, before, after, runs: wordDiff(before, after) };
  });
}

/** Top-level fields that differ; one level deeper for `parts`, the field people actually edit. */
export function changedFields(a: object, b: object): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  const fields: string[] = [];
  for (const key of keys) {
    if (sameJson(x[key], y[key])) continue;
    const xv = x[key];
    const yv = y[key];
    if (key === 'parts' && isObject(xv) && isObject(yv)) fields.push(...changedFields(xv, yv).map((f) => `parts.${f}`));
    else fields.push(key);
  }
  return fields;
}

export function isEmptyDiff(diff: PackDiff): boolean {
  const none = (d: ItemDiff<unknown>) => d.added.length === 0 && d.changed.length === 0 && d.removed.length === 0;
  return diff.meta.length === 0 && none(diff.templates) && none(diff.faq);
}

/** A plain-text report, one line per item, for the command line. */
export function formatPackDiff(diff: PackDiff): string {
  const lines: string[] = [`${diff.fromVersion} -> ${diff.toVersion}`];
  if (diff.meta.length > 0) lines.push(`pack fields changed: ${diff.meta.join(', ')}`);
  const section = <T extends { id: string }>(label: string, d: ItemDiff<T>, describe: (item: T) => string) => {
    const total = d.added.length + d.changed.length + d.removed.length;
    lines.push(`${label}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`);
    if (total === 0) return;
    for (const item of d.added) lines.push(`  + ${item.id}  ${describe(item)}`);
    for (const c of d.changed) {
      lines.push(`  ~ ${c.id}  (${c.fields.join(', ')})`);
      // The wording itself, git word-diff style: [-removed-]{+added+}.
      for (const w of wordingChanges(c)) lines.push(`      ${w.field}: ${w.runs.map((r) => (r.op === 'same' ? r.text : r.op === 'del' ? `[-${r.text}-]` : `{+${r.text}+}`)).join('')}`);
    }
    for (const item of d.removed) lines.push(`  - ${item.id}  ${describe(item)}`);
  };
  section('templates', diff.templates, (t) => `[${t.lang}/${t.category}] ${t.title}`);
  section('faq', diff.faq, (f) => `[${f.lang}] ${f.question}`);
  if (diff.changelog.length > 0) {
    lines.push('changelog:');
    for (const c of diff.changelog) {
      lines.push(`  ${c.version}${c.date ? ` (${c.date})` : ''}`);
      for (const change of c.changes) lines.push(`    - ${change}`);
    }
  }
  if (isEmptyDiff(diff)) lines.push('no changes to templates, FAQ or pack fields');
  return lines.join('\n');
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
