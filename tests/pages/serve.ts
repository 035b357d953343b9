/**
 * Serve test/demo pages at real x.com and facebook.com addresses inside the browser, so the content
 * scripts inject exactly as in production. No network is used. `testSites` answers a URL; each
 * driver plugs it into its own interception (Playwright's route here, WebDriver BiDi's in
 * tests/support/firefox.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { TEST_PAGES_OUT } from '../../scripts/build-test-pages';
import { renderFacebookPostPage, renderXStatusPage, type XLayout } from './render';
import { FACEBOOK_POSTS, X_THREADS, type DemoThread } from './threads';

export const X_ORIGIN = 'https://x.com';
export const FB_ORIGIN = 'https://www.facebook.com';

/** Extra pages a test serves by path (full HTML). */
export type ExtraPages = Record<string, string>;

export interface TestResponse {
  status: number;
  body: string | Buffer;
  contentType: string;
}

const X_HOST = /^(mobile\.)?(x|twitter)\.com$/;
const FB_HOST = /^(www|web|m)\.facebook\.com$/;

/** Whether a URL is one of the sites the test pages stand in for. */
export function isTestSite(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && (X_HOST.test(hostname) || FB_HOST.test(hostname));
}

/**
 * The answer for a request to a test site: the editor bundles, an extra page, a rendered thread,
 * or an empty 404 (favicon, analytics) — never the network. `now` fixes the posts' timestamps.
 */
export function testSites(extra: ExtraPages = {}, now = Date.now()): (url: string) => Promise<TestResponse> {
  const html = (body: string): TestResponse => ({ status: 200, body, contentType: 'text/html; charset=utf-8' });
  return async (href) => {
    const url = new URL(href);
    if (url.pathname.startsWith('/__soothe_test__/')) {
      const file = join(TEST_PAGES_OUT, url.pathname.replace('/__soothe_test__/', ''));
      try {
        return { status: 200, body: await readFile(file), contentType: 'text/javascript' };
      } catch {
        return { status: 404, body: `test page bundle missing: ${file} (run scripts/build-test-pages.ts)`, contentType: 'text/plain' };
      }
    }
    const page = extra[url.pathname];
    if (page) return html(page);
    const find = (threads: DemoThread[]) => threads.find((t) => t.path === url.pathname);
    if (X_HOST.test(url.hostname)) {
      const thread = find(X_THREADS);
      if (thread) return html(renderXStatusPage(thread, now, (url.searchParams.get('layout') ?? 'inline') as XLayout));
    } else if (FB_HOST.test(url.hostname)) {
      const thread = find(FACEBOOK_POSTS);
      if (thread) return html(renderFacebookPostPage(thread, now));
    }
    return { status: 404, body: '', contentType: 'text/plain' };
  };
}

export async function serveTestSites(ctx: BrowserContext, extra: ExtraPages = {}): Promise<void> {
  const respond = testSites(extra);
  await ctx.route((url) => isTestSite(url.href), async (route) => route.fulfill(await respond(route.request().url())));
}
