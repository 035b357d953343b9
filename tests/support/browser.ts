/**
 * Launch real Chromium with the built extension loaded (headless by default), as the e2e tests
 * and the demo do. Fails loudly, with what to do, when Chromium or the build is missing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/support/shared-data';
import { findBrowser, type BrowserLookup } from './find-browser';
import { closeWelcomeTab } from './welcome-tab';

/** The built extension; SOOTHE_EXTENSION_DIR points elsewhere (e.g. a kept build to benchmark against). */
export const EXTENSION_DIR = process.env.SOOTHE_EXTENSION_DIR || join(PROJECT_ROOT, '.output', 'chrome-mv3');

export const CHROMIUM: BrowserLookup = {
  name: 'Chromium',
  env: 'CHROME_PATH',
  candidates: [
    '/usr/lib/chromium/chromium', // Debian's real binary (/usr/bin/chromium is a wrapper script)
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  install: 'sudo apt-get install -y chromium',
  what: 'a Chrome or Chromium binary',
};

/**
 * Flags for a quiet headless Chromium on a machine without network: no background connections,
 * updates, sync or QUIC probes. Shared by the extension browser and the benchmark's baseline.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const findChromium = (): string => findBrowser(CHROMIUM);

export interface ExtensionBrowser {
  ctx: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** A browser-level DevTools session, when launched with `devtools: true`. */
  devtools?: CDPSession;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchWithExtension(
  opts: {
    headless?: boolean;
    profileDir?: string;
    slowMo?: number;
    /** Also open a browser-level DevTools session (e.g. for Extensions.triggerAction, a stand-in for the user's gesture). */
    devtools?: boolean;
    /**
     * Load the extension through DevTools (Extensions.loadUnpacked) instead of the command line, so a
     * test can unload and load it again as an update does (implies `devtools`).
     */
    loadThroughDevtools?: boolean;
    /**
     * Installing opens the welcome page in a new, active tab. Left open it would keep the test's own
     * page in the background, where timers are throttled to 1 s and the page is not painted — so it
     * is closed unless a test (first run, the demo) wants it.
     */
    welcome?: 'keep' | 'close';
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}). Run: npm run build`);
  }
  const profileDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'soothe-profile-')));
  const viaDevtools = opts.loadThroughDevtools ?? false;
  const withDevtools = viaDevtools || opts.devtools;
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    slowMo: opts.slowMo,
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      ...(viaDevtools ? [] : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]),
      ...(withDevtools ? ['--remote-debugging-port=0', '--enable-unsafe-extension-debugging'] : []),
    ],
  });
  let devtools: CDPSession | undefined;
  if (withDevtools) {
    // Chromium writes the port it picked for --remote-debugging-port=0 into the profile.
    const port = (await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
    devtools = await (await chromium.connectOverCDP(`http://127.0.0.1:${port}`)).newBrowserCDPSession();
  }
  const started = viaDevtools ? ctx.waitForEvent('serviceworker', { timeout: 30_000 }) : null;
  if (viaDevtools) await devtools!.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
  const worker = (await started) ?? ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  if (opts.welcome !== 'keep') await closeWelcomeTab(() => ctx.pages());
  return {
    ctx,
    extensionId,
    worker,
    profileDir,
    devtools,
    async close({ keepProfile = false } = {}) {
      await ctx.close();
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
