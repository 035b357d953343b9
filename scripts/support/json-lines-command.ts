/**
 * The loop shared by the JSON-Lines commands (classify, lint-reply): one input (a file or -), each line
 * checked; a bad line is reported on stderr by its number and the others still go through; one JSON line
 * out per good line; exit 1 if any line was bad.
 */
import { UsageError, type CommandIO } from '../commands/types';
import { parseJsonLines, readInput } from './read-input';

export async function runJsonLines<T>(
  args: string[],
  io: CommandIO,
  /** The problem with a parsed line, or undefined when it is usable (as a T). */
  problem: (value: unknown) => string | undefined,
  /** The object written out, as one JSON line, for a usable line. */
  answer: (line: T) => unknown,
): Promise<number> {
  if (args.length > 1) throw new UsageError(`expected one input, got ${args.length}: ${args.join(' ')}`);
  const input = await readInput(args[0], io.stdin);
  let bad = 0;
  for (const entry of parseJsonLines<unknown>(input)) {
    const why = entry.error ?? problem(entry.value);
    if (why) {
      bad++;
      io.stderr.write(`${entry.error ? why : `line ${entry.line}: ${why}`}\n`);
      continue;
    }
    io.stdout.write(JSON.stringify(answer(entry.value as T)) + '\n');
  }
  return bad > 0 ? 1 : 0;
}

/** The checks every JSON-Lines input shares: an object with an "id" (string or number) and a "text". */
export function idTextProblem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object like {"id": "1", "text": "..."}';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing "id" (a string or number)';
  if (typeof o.text !== 'string') return 'missing "text" (a string)';
  return undefined;
}
