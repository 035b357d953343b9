/**
 * `soothe pack lint|diff|hash`: what a team lead runs on a pack kept in Git, locally or in CI.
 */
import { writeFile } from 'node:fs/promises';
import { diffPacks, formatPackDiff } from '../../lib/library/pack/diff';
import { computePackIntegrity } from '../../lib/library/pack/pack-integrity';
import { formatLintProblem, lintPack } from '../../lib/library/pack/pack-lint';
import type { Pack } from '../../lib/library/pack/pack-schema';
import { parsePack } from '../../lib/library/pack/validate-pack';
import { readTextFile } from '../support/read-input';
import { UsageError, type Command, type CommandIO } from './types';

const USAGE = [
  '  soothe pack lint <pack.json>...        validate schema and variables, run every template and FAQ answer',
  '                                         through the reply-rule checker in its language; exit 1 on any problem',
  '  soothe pack diff <old.json> <new.json> [--json]   templates and FAQ added, changed (which fields), removed',
  '  soothe pack hash <pack.json> [--write] print the integrity hash; --write stores it in the file',
].join('\n');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function lint(files: string[], io: CommandIO): Promise<number> {
  if (files.length === 0) throw new UsageError('pack lint: give one or more pack files');
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readTextFile(file);
    } catch (err) {
      failed++;
      io.stdout.write(`${file}: ${(err as Error).message}\n`);
      continue;
    }
    const result = lintPack(text);
    if (result.ok && result.pack) {
      const p = result.pack;
      io.stdout.write(`${file}: ok (${p.id} ${p.version}: ${plural(p.templates.length, 'template')}, ${plural(p.faq.length, 'FAQ entry', 'FAQ entries')})\n`);
      continue;
    }
    failed++;
    for (const problem of result.problems) io.stdout.write(`${file}: ${formatLintProblem(problem)}\n`);
    io.stdout.write(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
  }
  if (files.length > 1) io.stdout.write(`${files.length - failed} of ${files.length} packs clean\n`);
  return failed > 0 ? 1 : 0;
}

async function loadValid(file: string, io: CommandIO): Promise<Pack | null> {
  const result = parsePack(await readTextFile(file));
  if (result.ok) return result.pack;
  for (const e of result.errors) io.stderr.write(`${file}: ${e}\n`);
  return null;
}

async function diff(args: string[], io: CommandIO): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 2) throw new UsageError('pack diff: give exactly two pack files, the old one first');
  const [older, newer] = [await loadValid(files[0]!, io), await loadValid(files[1]!, io)];
  if (!older || !newer) return 1;
  if (older.id !== newer.id) io.stderr.write(`note: comparing different packs (${older.id} and ${newer.id})\n`);
  const d = diffPacks(older, newer);
  if (json) {
    const ids = <T extends { id: string }>(items: T[]) => items.map((i) => i.id);
    const summary = {
      fromVersion: d.fromVersion,
      toVersion: d.toVersion,
      meta: d.meta,
      templates: { added: ids(d.templates.added), changed: d.templates.changed.map((c) => ({ id: c.id, fields: c.fields })), removed: ids(d.templates.removed) },
      faq: { added: ids(d.faq.added), changed: d.faq.changed.map((c) => ({ id: c.id, fields: c.fields })), removed: ids(d.faq.removed) },
      changelog: d.changelog,
    };
    io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  } else io.stdout.write(formatPackDiff(d) + '\n');
  return 0;
}

async function hash(args: string[], io: CommandIO): Promise<number> {
  const write = args.includes('--write');
  const files = args.filter((a) => a !== '--write');
  if (files.length !== 1) throw new UsageError('pack hash: give exactly one pack file');
  const file = files[0]!;
  const text = await readTextFile(file);
  // Hash the content as it is now: a stale integrity field must not stop a re-hash.
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    raw = undefined;
  }
  const withoutHash = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>), integrity: undefined } : raw;
  const checked = parsePack(withoutHash === undefined ? text : JSON.parse(JSON.stringify(withoutHash)));
  if (!checked.ok) {
    for (const e of checked.errors) io.stderr.write(`${file}: ${e}\n`);
    return 1;
  }
  const integrity = computePackIntegrity(checked.pack);
  if (write) {
    await writeFile(file, JSON.stringify({ ...checked.pack, integrity }, null, 2) + '\n', 'utf8');
    io.stdout.write(`${file}: integrity ${integrity} written\n`);
  } else io.stdout.write(`${integrity}\n`);
  return 0;
}

export const pack: Command = {
  name: 'pack',
  summary: 'Template packs: lint before publishing, diff two versions, compute the integrity hash',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'lint') return lint(rest, io);
    if (sub === 'diff') return diff(rest, io);
    if (sub === 'hash') return hash(rest, io);
    throw new UsageError(sub ? `unknown sub-command "${sub}"; expected lint, diff or hash\n${USAGE}` : `expected a sub-command\n${USAGE}`);
  },
};
