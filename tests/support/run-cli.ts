/** Run the `soothe` CLI, or one command, in-process with its output captured, as the CLI tests do. */
import { PassThrough, Readable, Writable } from 'node:stream';
import type { CommandIO } from '../../scripts/commands/types';
import { main } from '../../scripts/soothe';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** Call `run` with captured stdout/stderr; stdin holds `stdin` when given, else it is an empty, open stream. */
export async function captureIO(run: (io: CommandIO) => Promise<number>, stdin?: string): Promise<CliResult> {
  const out = sink();
  const err = sink();
  const code = await run({ stdout: out.stream, stderr: err.stream, stdin: stdin === undefined ? new PassThrough() : Readable.from([stdin]) });
  return { code, out: out.text(), err: err.text() };
}

/** `soothe <argv...>` as from the command line (help, unknown commands, usage errors included). */
export function runCli(argv: string[], stdin?: string): Promise<CliResult> {
  return captureIO((io) => main(argv, io), stdin);
}
