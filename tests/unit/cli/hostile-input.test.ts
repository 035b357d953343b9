/**
 * Issue 13, item 8: the command line on hostile input. Correctness on the big inputs here; their speed
 * is measured by `npm run bench -- cli` (scripts/bench/cli.ts), not by timers in this file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';
import { NotUtf8Error, decodeUtf8, firstInvalidByte } from '../../../lib/text/utf8';
import { PROJECT_ROOT } from '../../../scripts/support/shared-data';
import { runCli } from '../../support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'soothe-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON Lines input', () => {
  it('reports each of 20,000 blank lines by its number, in one pass', async () => {
    const r = await runCli(['classify', '-'], '\n'.repeat(20_000));
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(20_000); // the trailing newline ends the last line, it is not a blank line
    expect(lines[0]).toBe('line 1: empty line');
    expect(lines[19_999]).toBe('line 20000: empty line');
  });

  it('checks a 200,000-letter Greek word (the e-mail pattern once rescanned it from every letter)', async () => {
    const r = await runCli(['lint-reply', '-'], JSON.stringify({ id: 'w', text: 'α'.repeat(200_000), lang: 'el' }) + '\n');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { id: string; private: boolean };
    expect(out.id).toBe('w');
    expect(out.private).toBe(false);
  }, 60_000);

  it('still finds e-mail addresses and phone numbers as private channels', () => {
    expect(checkReply('Sorry! Please write to help.desk+pl@example.co.uk and we will fix it today.', { lang: 'en' }).private).toBe(true);
    expect(checkReply('Przepraszamy! Zadzwoń: +48 22 123 45 67, naprawimy to dziś.', { lang: 'pl' }).private).toBe(true);
    expect(checkReply('Sorry, we will fix it today. Thanks!', { lang: 'en' }).private).toBe(false);
    // Runs of address characters with many @ stay whole-input linear and match where they should.
    expect(checkReply('a@'.repeat(50_000), { lang: 'other' }).private).toBe(false);
  }, 60_000);
});

describe('one strict UTF-8 decoder', () => {
  it('decodes UTF-8, drops a byte-order mark, and names the first bad byte', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFΓειά σου'))).toBe('Γειά σου');
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café\n" in ISO-8859-1
    expect(() => decodeUtf8(latin1, 'pack.json')).toThrow(NotUtf8Error);
    expect(() => decodeUtf8(latin1, 'pack.json')).toThrow(/pack\.json is not UTF-8 text \(invalid byte sequence at byte 3\)/);
    expect(firstInvalidByte(Uint8Array.from([0xce, 0x93, 0xed, 0xa0, 0x80]))).toBe(2); // an encoded surrogate
    expect(firstInvalidByte(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // overlong
    expect(firstInvalidByte(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1); // cut short
  });

  it('pack lint refuses a pack that is not UTF-8, as sync does', async () => {
    const good = readFileSync(resolve(PROJECT_ROOT, 'assets/packs/pl.json'), 'utf8');
    // The same pack saved as ISO-8859-2 by an old editor: Polish letters become single bytes.
    const bytes = Buffer.from([...good].map((ch) => (ch === 'ą' ? 0xb1 : ch === 'ę' ? 0xea : ch.codePointAt(0)! < 0x80 ? ch.codePointAt(0)! : 0x3f)));
    const path = join(dir, 'latin2.json');
    writeFileSync(path, bytes);
    const r = await runCli(['pack', 'lint', path]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${path}: cannot read ${path}: not UTF-8 text (invalid byte sequence at byte`);
  });

  it('classify refuses non-UTF-8 standard input with a message, not mojibake', async () => {
    const r = await runCli(['classify', '-'], Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0xff, 0x7d, 0x0a]) as unknown as string);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read standard input: not UTF-8 text \(invalid byte sequence at byte 6\)/);
  });
});

describe('a closed pipe', () => {
  it('`classify | head -1` prints one line and no EPIPE trace', () => {
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, Array.from({ length: 3_000 }, (_, i) => JSON.stringify({ id: i, text: `My order #${i} never arrived and nobody answers!` })).join('\n') + '\n');
    const r = spawnSync('bash', ['-c', `node --import tsx scripts/soothe.ts classify ${input} | head -1`], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).id).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.stderr).toBe('');
  }, 130_000);
});
