/** A `soothe` sub-command. One file per command in scripts/commands/; scripts/commands/index.ts lists them. */
export interface Command {
  name: string;
  /** One line for `soothe --help`. */
  summary: string;
  /** Usage line(s) shown by `soothe <command> --help`. */
  usage: string;
  /** Returns the process exit code. Throw `UsageError` for bad arguments. */
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

/** Bad arguments or unreadable input: printed as a message, never as a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
