/**
 * Where a real browser binary is for the end-to-end tests: an environment override, else the first
 * known install path, else an error that says how to get one. Used for Chromium (./browser.ts) and
 * Firefox (./firefox.ts).
 */
import { existsSync } from 'node:fs';

export interface BrowserLookup {
  /** As said in the error, e.g. 'Chromium'. */
  name: string;
  /** The environment variable that points at a binary, e.g. 'CHROME_PATH'. */
  env: string;
  candidates: readonly string[];
  /** How to install one on Debian/Ubuntu. */
  install: string;
  /** What the override may point at, e.g. 'a Chrome or Chromium binary'. */
  what: string;
}

export function findBrowser(lookup: BrowserLookup, environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = environment[lookup.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${lookup.env}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = lookup.candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No ${lookup.name} found for the end-to-end tests.\n` +
        `  Install one:  ${lookup.install}\n` +
        `  or point to ${lookup.what}:  ${lookup.env}=/path/to/binary npm test`,
    );
  }
  return found;
}
