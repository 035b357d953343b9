/**
 * The README's screenshots (docs/screenshots/) are taken by the end-to-end tests that show those views,
 * but only when asked: `npm run screenshots` (or SOOTHE_SCREENSHOTS=1 on any e2e run). A plain
 * `npm test` leaves the tree as it found it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../scripts/support/shared-data';

export const SCREENSHOTS_DIR = join(PROJECT_ROOT, 'docs', 'screenshots');

export const screenshotsWanted = (): boolean => process.env.SOOTHE_SCREENSHOTS === '1';

/** Writes docs/screenshots/<name> with `take(path)` when screenshots are wanted; otherwise does nothing. */
export async function saveScreenshot(name: string, take: (path: string) => Promise<unknown>): Promise<void> {
  if (!screenshotsWanted()) return;
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await take(join(SCREENSHOTS_DIR, name));
}
