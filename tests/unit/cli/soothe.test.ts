import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../scripts/commands/index';
import { runCli } from '../../support/run-cli';

const run = (...argv: string[]) => runCli(argv);

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
