/**
 * Serve test/demo pages at real x.com and facebook.com addresses inside a Playwright browser
 * context, so the content scripts inject exactly as in production. No network is used.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { TEST_PAGES_OUT } from '../../scripts/build-test-pages';
import { renderFacebookPostPage, renderXStatusPage, type XLayout } from './render';
import { FACEBOOK_POSTS, X_THREADS, type DemoThread } from './threads';

export const X_ORIGIN = 'https://x.com';
export const FB_ORIGIN = 'https://www.facebook.com';

/** Extra pages a test serves by path (full HTML). */
export type ExtraPages = Record<string, string>;

async function fulfil(route: Route, threads: DemoThread[], render: (t: DemoThread, url: URL) => string, extra: ExtraPages) {
  const url = new URL(route.request().url());
  if (url.pathname.startsWith('/__soothe_test__/')) {
    const file = join(TEST_PAGES_OUT, url.pathname.replace('/__soothe_test__/', ''));
    try {
      return await route.fulfill({ body: await readFile(file), contentType: 'text/javascript' });
    } catch {
      return route.fulfill({ status: 404, body: `test page bundle missing: ${file} (run scripts/build-test-pages.ts)` });
    }
  }
  const page = extra[url.pathname];
  if (page) return route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' });
  const thread = threads.find((t) => t.path === url.pathname);
  if (thread) return route.fulfill({ body: render(thread, url), contentType: 'text/html; charset=utf-8' });
  // Anything else the page asks for (favicon, analytics) gets an empty answer, never the network.
  return route.fulfill({ status: 404, body: '' });
}

export async function serveTestSites(ctx: BrowserContext, extra: ExtraPages = {}): Promise<void> {
  const now = Date.now();
  await ctx.route(/^https:\/\/(mobile\.)?(x|twitter)\.com\//, (route) =>
    fulfil(route, X_THREADS, (t, url) => renderXStatusPage(t, now, (url.searchParams.get('layout') ?? 'inline') as XLayout), extra),
  );
  await ctx.route(/^https:\/\/(www|web|m)\.facebook\.com\//, (route) =>
    fulfil(route, FACEBOOK_POSTS, (t) => renderFacebookPostPage(t, now), extra),
  );
}
