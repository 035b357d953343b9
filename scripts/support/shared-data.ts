/**
 * Where the shared corpus and datasets live. They are read in place, never copied into the project.
 * Default: ../shared beside the project; override with SOOTHE_SHARED=/path/to/shared.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string {
  return resolve(process.env.SOOTHE_SHARED ?? join(PROJECT_ROOT, '..', 'shared'));
}

export class MissingSharedDataError extends Error {
  override name = 'MissingSharedDataError';
}

/** Path to something under shared/, or a clear error naming where it was looked for. */
export function sharedPath(...parts: string[]): string {
  const p = join(sharedDir(), ...parts);
  if (!existsSync(p)) {
    throw new MissingSharedDataError(
      `Shared data not found: ${p}\n` +
        `Soothe reads the corpus and datasets in place from ../shared beside the project. ` +
        `Put them there or set SOOTHE_SHARED=/path/to/shared.`,
    );
  }
  return p;
}
