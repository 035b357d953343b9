/** Reading a file argument (or `-` for standard input) with errors a user can act on. */
import { readFile } from 'node:fs/promises';
import { NotUtf8Error, decodeUtf8 } from '../../lib/text/utf8';
import { UsageError } from '../commands/types';

export async function readInput(path: string | undefined, stdin: NodeJS.ReadableStream): Promise<string> {
  if (!path) throw new UsageError('missing input: give a file path, or - to read standard input');
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return decodeStrict(Buffer.concat(chunks), 'standard input');
  }
  return readTextFile(path);
}

/** A file's text as strict UTF-8; a missing, unreadable, directory or non-UTF-8 path becomes a UsageError naming it. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
  return decodeStrict(bytes, path);
}

function decodeStrict(bytes: Uint8Array, what: string): string {
  try {
    return decodeUtf8(bytes, what);
  } catch (err) {
    if (err instanceof NotUtf8Error) throw new UsageError(`cannot read ${what}: ${err.reason}`);
    throw err;
  }
}

/**
 * Parse JSON Lines; each bad line becomes an error naming its line number, the rest still go through.
 * The text is split once (linear in its size, however many lines it has).
 */
export function parseJsonLines<T>(text: string): Array<{ line: number; value?: T; error?: string }> {
  const out: Array<{ line: number; value?: T; error?: string }> = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      // A trailing newline is normal; an empty line in the middle is reported.
      if (i < lines.length - 1) out.push({ line, error: `line ${line}: empty line` });
      return;
    }
    try {
      out.push({ line, value: JSON.parse(raw) as T });
    } catch {
      out.push({ line, error: `line ${line}: not valid JSON` });
    }
  });
  return out;
}
