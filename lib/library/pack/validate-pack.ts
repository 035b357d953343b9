/**
 * Parsing an untrusted pack (from a URL, a file, or the command line). Every way a pack can be bad
 * becomes a readable message; nothing here throws, so a bad update can never take the installed
 * pack down with it.
 */
import * as v from 'valibot';
import { locateJsonError } from './json-error';
import { computePackIntegrity } from './pack-integrity';
import { PackSchema, type Pack } from './pack-schema';
import { compareSemver, parseSemver } from './semver';

export const DEFAULT_MAX_PACK_BYTES = 2 * 1024 * 1024;
/** Past this many problems the rest are summarised; a wholly wrong file would otherwise print thousands. */
const MAX_ERRORS = 50;

export interface ParsePackOptions {
  /** The version currently installed; an older incoming version is refused. */
  installedVersion?: string;
  /** Size limit of the document in UTF-8 bytes (default 2 MB). */
  maxBytes?: number;
}

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

export function parsePack(input: string | unknown, opts: ParsePackOptions = {}): ParsePackResult {
  try {
    return parse(input, opts);
  } catch (err) {
    // Nothing above should throw; if something does (e.g. a pathological input), it is still an error result.
    return { ok: false, errors: [`could not read the pack: ${err instanceof Error ? err.message : String(err)}`] };
  }
}

function parse(input: unknown, opts: ParsePackOptions): ParsePackResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PACK_BYTES;
  let raw: unknown;
  if (typeof input === 'string') {
    const bytes = utf8Length(input);
    if (bytes > maxBytes) return fail(`pack is too large: ${formatBytes(bytes)}, the limit is ${formatBytes(maxBytes)}`);
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') return fail('not valid JSON: the document is empty');
    try {
      raw = JSON.parse(text);
    } catch (err) {
      const where = locateJsonError(text);
      return fail(
        where
          ? `not valid JSON: line ${where.line}, column ${where.column} (position ${where.offset}): ${where.problem}`
          : `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  } else {
    let serialised: string | undefined;
    try {
      serialised = JSON.stringify(input);
    } catch {
      return fail('not JSON data (it cannot be serialised, e.g. it has a cycle)');
    }
    if (serialised === undefined) return fail('not JSON data');
    const bytes = utf8Length(serialised);
    if (bytes > maxBytes) return fail(`pack is too large: ${formatBytes(bytes)}, the limit is ${formatBytes(maxBytes)}`);
    raw = input;
  }

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(`a pack must be a JSON object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  }

  const result = v.safeParse(PackSchema, raw);
  if (!result.success) return fail(...limit(result.issues.map((issue) => describeIssue(issue, raw))));
  const pack = result.output;

  const errors = consistencyErrors(pack);

  if (pack.integrity !== undefined) {
    const actual = computePackIntegrity(raw);
    if (actual !== pack.integrity) {
      errors.push(`integrity mismatch: the pack says ${pack.integrity} but its content hashes to ${actual} (the file was changed after it was hashed, or was damaged in transit)`);
    }
  }

  if (opts.installedVersion !== undefined && parseSemver(opts.installedVersion) && compareSemver(pack.version, opts.installedVersion) < 0) {
    errors.push(`version ${pack.version} is older than the installed version ${opts.installedVersion}; a pack is never downgraded by an update (use rollback instead)`);
  }

  return errors.length > 0 ? fail(...limit(errors)) : { ok: true, pack };
}

/** What the schema cannot say: unique ids, languages declared, a changelog that fits the version. */
function consistencyErrors(pack: Pack): string[] {
  const errors: string[] = [];
  const declared = new Set<string>(pack.languages);
  const seen = new Map<string, number>();
  pack.templates.forEach((t, i) => {
    const first = seen.get(t.id);
    if (first !== undefined) errors.push(`templates[${i}] (id "${t.id}"): duplicate id, already used by templates[${first}]`);
    else seen.set(t.id, i);
    if (!declared.has(t.lang)) errors.push(`templates[${i}] (id "${t.id}").lang: "${t.lang}" is not in the pack's languages (${pack.languages.join(', ')})`);
    if (t.platforms && new Set(t.platforms).size !== t.platforms.length) errors.push(`templates[${i}] (id "${t.id}").platforms: must not repeat a platform`);
  });
  const faqSeen = new Map<string, number>();
  pack.faq.forEach((f, i) => {
    const first = faqSeen.get(f.id);
    if (first !== undefined) errors.push(`faq[${i}] (id "${f.id}"): duplicate id, already used by faq[${first}]`);
    else faqSeen.set(f.id, i);
    if (!declared.has(f.lang)) errors.push(`faq[${i}] (id "${f.id}").lang: "${f.lang}" is not in the pack's languages (${pack.languages.join(', ')})`);
  });
  const versions = new Set<string>();
  pack.changelog.forEach((c, i) => {
    if (versions.has(c.version)) errors.push(`changelog[${i}].version: ${c.version} appears more than once`);
    versions.add(c.version);
    if (compareSemver(c.version, pack.version) > 0) errors.push(`changelog[${i}].version: ${c.version} is newer than the pack's version ${pack.version}`);
  });
  return errors;
}

type Issue = v.InferIssue<typeof PackSchema>;

/** `templates[3] (id "delivery.late").parts.fix: must not be empty` */
function describeIssue(issue: Issue, raw: object): string {
  const path = issue.path ?? [];
  let where = '';
  let node: unknown = raw;
  for (const item of path) {
    const key = item.key as string | number;
    if (typeof key === 'number') {
      where += `[${key}]`;
      node = (node as unknown[] | undefined)?.[key];
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id.length <= 100) where += ` (id "${id}")`;
    } else {
      where += where === '' ? key : `.${key}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  let message = issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    message = 'unknown field (check the spelling; schema version 1 does not have it)';
  } else if (issue.type === 'strict_object' && issue.input === undefined) {
    message = 'is missing';
  } else if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal') {
    message = `${message} (got ${describeValue(issue.input)})`;
  }
  return where === '' ? message : `${where}: ${message}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

function limit(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more problems`];
}

function fail(...errors: string[]): ParsePackResult {
  return { ok: false, errors };
}

function utf8Length(text: string): number {
  // Counting without allocating a copy of a possibly huge document.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
