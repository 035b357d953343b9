import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePack } from '../../../lib/library/pack/validate-pack';
import { runCli } from '../../support/run-cli';
import { clone, makePack } from './fixtures';

const run = (...argv: string[]) => runCli(argv);

const dir = mkdtempSync(join(tmpdir(), 'soothe-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const asset = (lang: string) => resolve(__dirname, `../../../assets/packs/${lang}.json`);

describe('soothe pack lint', () => {
  it('exits 0 for the default packs', async () => {
    const { code, out } = await run('pack', 'lint', asset('en'), asset('pl'), asset('el'));
    expect(code).toBe(0);
    expect(out).toContain('3 of 3 packs clean');
  });

  it('exits 1 listing each problem with its file and template id', async () => {
    const bad = makePack();
    bad.templates[1]!.parts.fix = 'This is your fault; read our terms and conditions.';
    const badPath = write('bad.json', bad);
    const brokenPath = write('broken.json', '{"id": "x",');
    const { code, out } = await run('pack', 'lint', badPath, brokenPath, join(dir, 'absent.json'));
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^${badPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: template "billing.twice" body: blame: `, 'm'));
    expect(out).toContain(`${brokenPath}: not valid JSON: line 1, column 12`);
    expect(out).toContain(`${join(dir, 'absent.json')}: cannot read`);
    expect(out).toContain('0 of 3 packs clean');
  });

  it('needs at least one file', async () => {
    const { code, err } = await run('pack', 'lint');
    expect(code).toBe(2);
    expect(err).toContain('give one or more pack files');
  });
});

describe('soothe pack diff', () => {
  it('prints what changed between two versions', async () => {
    const v1 = makePack();
    const v2 = clone(v1);
    v2.version = '1.1.0';
    v2.templates[0]!.title = 'Late order';
    v2.templates.pop();
    const { code, out } = await run('pack', 'diff', write('v1.json', v1), write('v2.json', v2));
    expect(code).toBe(0);
    expect(out).toContain('1.0.0 -> 1.1.0');
    expect(out).toContain('~ delivery.late  (title)');
    expect(out).toContain('- billing.twice');
    const json = await run('pack', 'diff', write('v1.json', v1), write('v2.json', v2), '--json');
    expect(JSON.parse(json.out).templates).toEqual({ added: [], changed: [{ id: 'delivery.late', fields: ['title'] }], removed: ['billing.twice'] });
  });

  it('exits 1 with the errors of an invalid pack', async () => {
    const { code, err } = await run('pack', 'diff', write('ok.json', makePack()), write('bad2.json', { ...makePack(), version: 'one' }));
    expect(code).toBe(1);
    expect(err).toContain('bad2.json: version: must be a semantic version');
  });
});

describe('soothe pack hash', () => {
  it('writes an integrity hash the validator then accepts, and re-hashes after an edit', async () => {
    const path = write('signed.json', makePack());
    expect((await run('pack', 'hash', path, '--write')).code).toBe(0);
    const signed = readFileSync(path, 'utf8');
    expect(parsePack(signed).ok).toBe(true);
    writeFileSync(path, signed.replace('Example support', 'Example support v2'));
    expect(parsePack(readFileSync(path, 'utf8')).ok).toBe(false);
    expect((await run('pack', 'hash', path, '--write')).code).toBe(0);
    expect(parsePack(readFileSync(path, 'utf8')).ok).toBe(true);
  });

  it('rejects an unknown sub-command', async () => {
    const { code, err } = await run('pack', 'publish');
    expect(code).toBe(2);
    expect(err).toContain('unknown sub-command "publish"');
  });
});
