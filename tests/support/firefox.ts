/**
 * Launch real Firefox (Debian's firefox-esr) with the built Firefox extension installed, driven
 * over WebDriver BiDi by puppeteer-core (which downloads nothing: it is pointed at the binary).
 * The Firefox counterpart of ./browser.ts. Fails loudly, with what to do, when Firefox or the build
 * is missing.
 *
 * Two things differ from Chromium:
 * - The extension goes in through BiDi's webExtension.install (temporary, unsigned). Its
 *   moz-extension:// UUID is chosen up front through the `extensions.webextensions.uuids` pref.
 * - Firefox's BiDi does not yet expose extension pages to clients (bug 1755014): puppeteer's Page
 *   never sees a moz-extension:// document. Extension pages are opened and read with raw BiDi
 *   commands addressed to the tab's browsing context, which Firefox allows once the remote agent
 *   may reach privileged pages (--remote-allow-system-access; test browsers only).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_ROOT } from '../../scripts/support/shared-data';
import { isTestSite, testSites, type ExtraPages } from '../pages/serve';
import { findBrowser, type BrowserLookup } from './find-browser';
import { closeWelcomeTab } from './welcome-tab';

export const FIREFOX_EXTENSION_DIR = join(PROJECT_ROOT, '.output', 'firefox-mv3');

export const FIREFOX: BrowserLookup = {
  name: 'Firefox',
  env: 'FIREFOX_PATH',
  candidates: [
    '/usr/lib/firefox-esr/firefox-esr', // Debian's real binary (/usr/bin/firefox-esr links to it)
    '/usr/lib/firefox/firefox',
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
  install: 'sudo apt-get install -y firefox-esr',
  what: 'a Firefox 128 or newer',
};

export const findFirefox = (): string => findBrowser(FIREFOX);

/** A JSON value: what goes into and comes out of an extension page's script. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A tab showing one of the extension's own pages (popup, options), read through raw BiDi. */
export interface ExtensionTab {
  /** Run `fn` in the page (awaited) and return its JSON-serialisable result. */
  evaluate<R, A extends Json[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Poll `fn` in the page until it returns something other than null/undefined/false. */
  waitFor<R, A extends Json[]>(fn: (...args: A) => R | Promise<R>, opts?: { timeout?: number }, ...args: A): Promise<NonNullable<R>>;
  /** Focus the element matching `selector` (fails when there is none or it cannot take focus). */
  focus(selector: string): Promise<void>;
  /** Focus the field matching `selector` and type `text` into it with real key presses. */
  type(selector: string, text: string): Promise<void>;
  /** Press one key (a WebDriver key value, e.g. KEYS.enter) into whatever has focus. */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

/** WebDriver's code points for keys that are not characters. */
export const KEYS = { enter: '\uE007', tab: '\uE004' } as const;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The moz-extension:// host of this install. */
  uuid: string;
  /** A new tab that answers x.com / facebook.com requests with the local test pages, then goes to `url`. */
  openSite(url: string): Promise<Page>;
  /** A new tab showing the extension's page at `path` (e.g. 'popup.html'). */
  openExtensionPage(path: string): Promise<ExtensionTab>;
  /** Every open tab, extension pages included (puppeteer's pages leave those out in Firefox). */
  tabs(): Promise<Array<{ url(): string; close(): Promise<unknown> }>>;
  /** Firefox's own word on the background event page: 'starting', 'running', 'suspending' or 'stopped'. */
  backgroundState(): Promise<string>;
  close(): Promise<void>;
}

/** Puppeteer's raw WebDriver BiDi connection: commands the Page API does not offer. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Puppeteer's BiDi browser keeps its connection on an untyped property. */
export const bidiConnection = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

/** The BiDi browsing context (top-level) of a puppeteer page. */
export const browsingContextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

const ADDON_ID = (): string =>
  JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

export async function launchFirefoxWithExtension(
  opts: {
    headless?: boolean;
    extraPages?: ExtraPages;
    /**
     * How long the background event page may sit idle before Firefox suspends it (Firefox: 30 s).
     * Short, it puts the suspend-and-wake cycle between a test's steps, as a user's pauses would.
     */
    eventPageIdleMs?: number;
    /** Keep the welcome tab installing opens (closed by default: see ./welcome-tab.ts). */
    welcome?: 'keep' | 'close';
  } = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox extension is not built (${FIREFOX_EXTENSION_DIR}). Run: npm run build:firefox`);
  }
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: opts.headless ?? true,
    defaultViewport: { width: 1280, height: 860 },
    args: ['--remote-allow-system-access'],
    // FIREFOX_DUMPIO=1 shows the browser's own output (extension errors land there).
    dumpio: process.env.FIREFOX_DUMPIO === '1',
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID()]: uuid }),
      ...(opts.eventPageIdleMs ? { 'extensions.background.idle.timeout': opts.eventPageIdleMs } : {}),
      // Quiet and offline: no telemetry, studies, update or remote-settings traffic.
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.shield.optoutstudies.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
      'services.settings.server': 'data:,',
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID()) throw new Error(`installed ${installed}, expected ${ADDON_ID()}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const bidi = bidiConnection(browser);
  // Puppeteer's pages do not include extension documents in Firefox; BiDi's browsing contexts do.
  const tabs = async () => {
    const { contexts } = (await bidi.send('browsingContext.getTree', {})).result as { contexts: { context: string; url: string }[] };
    return contexts.map(({ context, url }) => ({ url: () => url, close: () => bidi.send('browsingContext.close', { context }) }));
  };
  if (opts.welcome !== 'keep') await closeWelcomeTab(tabs);
  const respond = testSites(opts.extraPages);
  /** Real key presses (trusted events) into a browsing context, one key after another. */
  const keys = (context: string, values: string[]) =>
    bidi.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    });

  return {
    browser,
    uuid,
    tabs,
    async openSite(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (!isTestSite(request.url())) return void request.continue();
        void respond(request.url()).then((r) => request.respond({ status: r.status, body: r.body, contentType: r.contentType }));
      });
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const { context } = (await bidi.send('browsingContext.create', { type: 'tab' })).result as { context: string };
      await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${uuid}/${path}`, wait: 'complete' });
      const evaluate = async <R, A extends Json[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> => {
        // Results cross as JSON text: BiDi's own value serialisation is not worth re-implementing here.
        const { result } = (await bidi.send('script.callFunction', {
          functionDeclaration: `async (args) => JSON.stringify(await (${fn.toString()})(...JSON.parse(args)) ?? null)`,
          arguments: [{ type: 'string', value: JSON.stringify(args) }],
          target: { context },
          awaitPromise: true,
        })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
        if (result.type === 'exception' || !result.result) throw new Error(`in ${path}: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
        return JSON.parse(result.result.value ?? 'null') as R;
      };
      const focus = async (selector: string) => {
        const found = await evaluate((sel: string) => {
          const el = document.querySelector<HTMLElement>(sel);
          el?.focus();
          return !!el && document.activeElement === el;
        }, selector);
        if (!found) throw new Error(`in ${path}: no focusable ${selector}`);
      };
      return {
        evaluate,
        focus,
        async waitFor(fn, { timeout = 10_000 } = {}, ...args) {
          const end = Date.now() + timeout;
          for (;;) {
            const value = await evaluate(fn, ...args);
            if (value !== null && value !== undefined && value !== false) return value as NonNullable<typeof value>;
            if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting in ${path} for ${fn.toString().slice(0, 120)}`);
            await new Promise((r) => setTimeout(r, 100));
          }
        },
        async type(selector, text) {
          await focus(selector);
          await keys(context, [...text]);
        },
        async press(key) {
          await keys(context, [key]);
        },
        async close() {
          await bidi.send('browsingContext.close', { context });
        },
      };
    },
    async backgroundState() {
      // Read in the browser's own (privileged) window, the only place that knows.
      const { contexts } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
      const { result } = (await bidi.send('script.evaluate', {
        expression: `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ADDON_ID())})?.backgroundState ?? 'not installed'`,
        target: { context: contexts[0]!.context },
        awaitPromise: false,
      })) as { result: { result?: { value?: string } } };
      return result.result?.value ?? 'unknown';
    },
    async close() {
      await browser.close();
    },
  };
}
