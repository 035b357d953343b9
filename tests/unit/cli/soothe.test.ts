import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../scripts/commands/index';
import { main } from '../../../scripts/soothe';

async function run(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe('soothe CLI', () => {
  it('lists every registered command in --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: soothe <command>');
    for (const c of COMMANDS) expect(out).toContain(c.name);
  });

  it('rejects an unknown command with a message and exit 2', async () => {
    const { code, err } = await run('frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('unknown command "frobnicate"');
  });

  it('shows usage and exits 2 with no command', async () => {
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out).toContain('Commands:');
  });
});
