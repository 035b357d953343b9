/**
 * Bench section `cli`: the command line on hostile input sizes (issue 13, item 8). Each input runs
 * through the real command in-process (tests/support/run-cli.ts captures its output). Linear code
 * takes milliseconds here; the old per-line re-split took about a minute for the blank lines and the
 * old e-mail pattern minutes for the long word.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../tests/support/run-cli';
import type { Bench } from './types';

async function timed(argv: string[], stdin?: string): Promise<string> {
  const t0 = performance.now();
  const r = await runCli(argv, stdin);
  const ms = performance.now() - t0;
  return `${ms.toFixed(0)} ms  (exit ${r.code}, ${r.out.split('\n').length - 1} lines out, ${r.err.split('\n').length - 1} on stderr)`;
}

export const cliBench: Bench = {
  name: 'cli',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'soothe-bench-cli-'));
    try {
      const blank = '\n'.repeat(20_000);
      const greek = JSON.stringify({ id: 'w', text: 'α'.repeat(200_000), lang: 'el' }) + '\n';
      const latin = JSON.stringify({ id: 'w', text: 'a'.repeat(200_000), lang: 'en' }) + '\n';
      const at = JSON.stringify({ id: 'w', text: 'a@'.repeat(100_000), lang: 'other' }) + '\n';
      const posts = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: i, text: `My order #${i} never arrived and nobody answers. Terrible service!` })).join('\n') + '\n';
      const blankFile = join(dir, 'blank.jsonl');
      await writeFile(blankFile, blank);
      return [
        ['classify, 20,000 blank lines (stdin)', await timed(['classify', '-'], blank)],
        ['lint-reply, 20,000 blank lines (file)', await timed(['lint-reply', blankFile])],
        ['lint-reply, one 200,000-letter Greek word', await timed(['lint-reply', '-'], greek)],
        ['lint-reply, one 200,000-letter Latin word', await timed(['lint-reply', '-'], latin)],
        ['lint-reply, "a@" × 100,000, all languages', await timed(['lint-reply', '-'], at)],
        ['classify, 2,000 ordinary posts', await timed(['classify', '-'], posts)],
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
