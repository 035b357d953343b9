/**
 * What Soothe costs the host page, measured in real Chromium side by side in one run: a synthetic
 * X feed appends 2,000 posts in batches (tests/pages/synthetic-feed.ts) in a browser with Soothe
 * and in one without, alternating, and the page's main-thread time (CDP TaskDuration) is compared.
 * Long tasks (> 50 ms) are counted in both. Also: content-script bundle sizes, gzipped.
 * Needs the built extension (npm run build) and Chromium.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { renderSyntheticFeed } from '../../tests/pages/synthetic-feed';
import { CHROMIUM_ARGS, EXTENSION_DIR, findChromium, launchWithExtension } from '../../tests/support/browser';
import type { Bench } from './types';

const TOTAL = 2000;
const BATCH = 20;
const INTERVAL_MS = 40;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Run {
  taskMs: number;
  scriptMs: number;
  longTasks: number;
  longestMs: number;
}

async function measure(ctx: BrowserContext): Promise<Run> {
  await ctx.route('https://x.com/**', (r) => r.fulfill({ body: renderSyntheticFeed(TOTAL, BATCH, INTERVAL_MS), contentType: 'text/html' }));
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const metric = async (name: string) =>
    ((await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }).metrics.find((m) => m.name === name)?.value ?? 0;
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as unknown as { __feedDone?: boolean }).__feedDone === true, null, { timeout: 120_000 });
  await page.waitForTimeout(3000); // let deferred work (idle callbacks, seen-logging) finish inside the window
  const taskMs = (await metric('TaskDuration')) * 1000;
  const scriptMs = (await metric('ScriptDuration')) * 1000;
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await page.close();
  return { taskMs, scriptMs, longTasks: long.length, longestMs: long.length ? Math.max(...long) : 0 };
}

async function without(): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'soothe-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: CHROMIUM_ARGS, // the same flags as the browser with Soothe, minus the extension
  });
  try {
    return await measure(ctx);
  } finally {
    await ctx.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function withSoothe(): Promise<Run> {
  const b = await launchWithExtension();
  try {
    return await measure(b.ctx);
  } finally {
    await b.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const pageBench: Bench = {
  name: 'page',
  async run() {
    const rows: Array<[string, string]> = [];
    const dir = join(EXTENSION_DIR, 'content-scripts');
    for (const f of (await readdir(dir)).filter((f) => f.endsWith('.js')).sort()) {
      const buf = await readFile(join(dir, f));
      rows.push([`bundle ${f}`, `${(gzipSync(buf).length / 1024).toFixed(1)} KB gzip (${(buf.length / 1024).toFixed(0)} KB raw; aim <= 130 KB gzip)`]);
    }
    const base: Run[] = [];
    const soothe: Run[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      base.push(await without());
      soothe.push(await withSoothe());
    }
    const ratio = median(soothe.map((r) => r.taskMs)) / median(base.map((r) => r.taskMs));
    rows.push(
      ['feed', `${TOTAL} posts, ${BATCH} per batch every ${INTERVAL_MS} ms, ${ROUNDS} rounds each, alternating`],
      ['main thread without', `${base.map((r) => r.taskMs.toFixed(0)).join(' / ')} ms (median ${median(base.map((r) => r.taskMs)).toFixed(0)})`],
      ['main thread with Soothe', `${soothe.map((r) => r.taskMs.toFixed(0)).join(' / ')} ms (median ${median(soothe.map((r) => r.taskMs)).toFixed(0)})`],
      ['ratio with / without', `${ratio.toFixed(3)}x (aim <= 1.05x)`],
      ['script time without / with', `${median(base.map((r) => r.scriptMs)).toFixed(0)} / ${median(soothe.map((r) => r.scriptMs)).toFixed(0)} ms`],
      ['long tasks without', `${base.map((r) => r.longTasks).join(' / ')} (longest ${Math.max(...base.map((r) => r.longestMs)).toFixed(0)} ms)`],
      ['long tasks with Soothe', `${soothe.map((r) => r.longTasks).join(' / ')} (longest ${Math.max(...soothe.map((r) => r.longestMs)).toFixed(0)} ms)`],
    );
    return rows;
  },
};
