// @vitest-environment node
/** The e2e harness's browser lookup: an override wins, a bad override or no browser says what to do. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, type BrowserLookup } from '../../support/find-browser';

let dir: string;
let present: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soothe-find-browser-'));
  present = join(dir, 'firefox');
  await writeFile(present, '');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const lookup = (candidates: string[]): BrowserLookup => ({
  name: 'Firefox',
  env: 'FIREFOX_PATH',
  candidates,
  install: 'sudo apt-get install -y firefox-esr',
  what: 'a Firefox 128 or newer',
});

describe('findBrowser', () => {
  it('takes the first candidate that exists', () => {
    expect(findBrowser(lookup([join(dir, 'nope'), present]), {})).toBe(present);
  });

  it('prefers the environment override', () => {
    expect(findBrowser(lookup([join(dir, 'nope')]), { FIREFOX_PATH: present })).toBe(present);
  });

  it('names a missing override', () => {
    expect(() => findBrowser(lookup([present]), { FIREFOX_PATH: join(dir, 'gone') })).toThrow(`FIREFOX_PATH=${join(dir, 'gone')} does not exist.`);
  });

  it('says how to install one or point to one when there is none', () => {
    const error = (() => {
      try {
        findBrowser(lookup([join(dir, 'nope')]), {});
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toContain('No Firefox found for the end-to-end tests.');
    expect(error).toContain('sudo apt-get install -y firefox-esr');
    expect(error).toContain('FIREFOX_PATH=/path/to/binary npm test');
  });
});
