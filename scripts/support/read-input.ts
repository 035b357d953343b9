/** Reading a file argument (or `-` for standard input) with errors a user can act on. */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../commands/types';

export async function readInput(path: string | undefined, stdin: NodeJS.ReadableStream): Promise<string> {
  if (!path) throw new UsageError('missing input: give a file path, or - to read standard input');
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  return readTextFile(path);
}

/** A file's text as UTF-8; a missing, unreadable or directory path becomes a UsageError naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

/** Parse JSON Lines; each bad line becomes an error naming its line number, the rest still go through. */
export function parseJsonLines<T>(text: string): Array<{ line: number; value?: T; error?: string }> {
  const out: Array<{ line: number; value?: T; error?: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      // A trailing newline is normal; an empty line in the middle is reported.
      if (i < text.split(/\r?\n/).length - 1) out.push({ line, error: `line ${line}: empty line` });
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
