/**
 * The crisis radar end to end in real Chromium, on live threads whose complaints arrive while the page
 * is open (the page's own script appends them, as X's live timeline does). Control: one customer's
 * five complaints trickle in — no wave, no banner, no notification. Burst: eight different people
 * complain within seconds under one post — the radar raises a wave as they arrive: a notification, a
 * banner in the panel with how many, since when, about what and example links, the crisis procedure
 * as a checklist, and a one-click hand-off of the whole wave with a summary. Screenshots for the README
 * on demand (`npm run screenshots`).
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLiveXStatusPage } from '../pages/live-thread';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import type { DemoThread } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { brandProfile } from '../support/profile';
import { readEvents } from '../support/extension-db';
import { openPanel } from '../support/panel';
import { saveScreenshot } from '../support/screenshots';

const BRAND = { handle: 'appsy', name: 'Appsy' };
const CRASH = [
  'The app crashes on login since the update, I cannot pay my bills. Fix it now!',
  'Since the update the app crashes every time I log in. Terrible.',
  'App crashes on login again, this is unacceptable, I want a refund.',
  'Same here, the app crashes on login after the update. Nobody answers support.',
  'Your update broke the app, it crashes at login and support ignores me.',
  'Crashes on login since yesterday’s update. I am cancelling my subscription.',
  'The app crashes on login, three days now. Worst service ever.',
  'After the update the app crashes when I log in. Refund please.',
];

function thread(path: string, id: string, authors: string[]): DemoThread {
  return {
    path,
    lang: 'en',
    title: 'radar',
    brand: BRAND,
    posts: [
      { id, handle: BRAND.handle, name: BRAND.name, lang: 'en', minutesAgo: 30, text: 'Our new app version is out today! Tell us what you think.' },
      ...authors.map((handle, i) => ({ id: `${id.slice(0, -2)}${String(i + 10).padStart(2, '0')}`, handle, name: handle, lang: 'en' as const, minutesAgo: 20 - i, text: CRASH[i % CRASH.length]! })),
    ],
  };
}

const CONTROL = thread('/appsy/status/1795000000000000100', '1795000000000000100', ['angry_one', 'angry_one', 'angry_one', 'angry_one', 'angry_one']);
const BURST = thread('/appsy/status/1795000000000000200', '1795000000000000200', ['ann_a', 'bob_b', 'cid_c', 'dee_d', 'eve_e', 'fay_f', 'gus_g', 'hal_h']);
/**
 * A complaint every 1.5 s after a quiet 1.5 s: eight people in about twelve seconds. (Soothe logs what is on
 * screen once the page has been still for a second — lib/content/site/seen-tracker.ts — so arrivals further
 * apart than that are seen one by one, as they come.)
 */
const ARRIVALS = { startAfterMs: 1500, everyMs: 1500 };
const arrived = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __arrived: number }).__arrived);
const seenOf = async (b: ExtensionBrowser, thread: DemoThread) => {
  const ids = new Set(thread.posts.slice(1).map((p) => p.id));
  return (await readEvents(b.worker)).filter((e) => e.type === 'seen' && e.postId !== null && ids.has(e.postId));
};

let browser: ExtensionBrowser | null = null;
afterAll(async () => {
  if (browser) {
    const dir = browser.profileDir;
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});

type Alerts = { active: Array<{ kind: string; scope: string; count: number; authors: number; caseKeys: string[] }>; past: unknown[] };

async function alerts(b: ExtensionBrowser): Promise<Alerts> {
  return b.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('soothe');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<Array<{ status: string }>>((resolve) => {
      const req = db.transaction('alerts').objectStore('alerts').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return { active: all.filter((a) => a.status === 'active'), past: all.filter((a) => a.status === 'past') } as unknown as Alerts;
  });
}

const notifications = (b: ExtensionBrowser) =>
  b.worker.evaluate(() => new Promise<string[]>((resolve) => (globalThis as unknown as { chrome: { notifications: { getAll(cb: (n: Record<string, boolean>) => void): void } } }).chrome.notifications.getAll((n) => resolve(Object.keys(n)))));

describe('crisis radar', () => {
  it('stays quiet for one repeater, raises a wave with banner, notification and hand-off for a burst', async () => {
    browser = await launchWithExtension();
    const b = browser;
    await serveTestSites(b.ctx, { [CONTROL.path]: renderLiveXStatusPage(CONTROL, ARRIVALS), [BURST.path]: renderLiveXStatusPage(BURST, ARRIVALS) });
    // The brand's manager (only complaints to the brand are seen), with a department to hand the wave to
    // (the options page writes the same profile item).
    await b.worker.evaluate(
      (brand) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }).chrome.storage.local.set({
          'soothe.profile': { ...brand, departments: [{ id: 'pr', name: 'PR', email: 'pr@example.com', agreedMs: 7_200_000 }] },
        }),
      brandProfile(BURST, 'X'),
    );

    // Control: five complaints from one person arrive one after another.
    const control = await b.ctx.newPage();
    await control.setViewportSize({ width: 1280, height: 1600 });
    await control.goto(X_ORIGIN + CONTROL.path);
    expect(await arrived(control)).toBe(0); // the page opens with the brand's post alone
    await control.waitForFunction(() => (window as unknown as { __liveDone?: boolean }).__liveDone === true, undefined, { timeout: 20_000 });
    await expect.poll(async () => (await seenOf(b, CONTROL)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    await control.waitForTimeout(4000); // the radar runs 1.5 s after the last seen complaint
    expect((await alerts(b)).active).toEqual([]);
    expect((await notifications(b)).filter((id) => id.startsWith('soothe-radar:'))).toEqual([]);
    const quietPanel = await openPanel(control);
    await control.waitForTimeout(1000);
    expect(await quietPanel.locator('[data-testid="crisis-banner"]').count()).toBe(0);
    await control.close();

    // The burst: eight people complain under one post within seconds, while the page is open.
    const page = await b.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.goto(X_ORIGIN + BURST.path);
    expect(await arrived(page)).toBe(0);
    expect((await alerts(b)).active).toEqual([]); // nothing yet: the wave is still to come
    // The wave is raised once enough different people have complained (it may still be growing), then follows the rest.
    await expect.poll(async () => (await alerts(b)).active.map((a) => a.kind), { timeout: 30_000 }).toContain('thread');
    await page.waitForFunction(() => (window as unknown as { __liveDone?: boolean }).__liveDone === true, undefined, { timeout: 30_000 });
    await expect.poll(async () => (await seenOf(b, BURST)).length, { timeout: 20_000 }).toBe(8);
    await expect.poll(async () => (await alerts(b)).active.find((a) => a.kind === 'thread')?.authors, { timeout: 20_000 }).toBe(8);
    const seen = await seenOf(b, BURST);
    const times = seen.map((e) => e.at).sort((x, y) => x - y);
    // Seen as they arrived, not all at once: the log spans the seconds the burst took.
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(3 * ARRIVALS.everyMs);
    const wave = (await alerts(b)).active.find((a) => a.kind === 'thread')!;
    expect(wave.scope).toBe('x:1795000000000000200');
    expect(wave.authors).toBe(8);
    await expect.poll(async () => (await notifications(b)).filter((id) => id.startsWith('soothe-radar:')).length, { timeout: 10_000 }).toBeGreaterThan(0);

    const panel = await openPanel(page);
    const banner = panel.locator('[data-testid="crisis-banner"]');
    await banner.waitFor({ timeout: 10_000 });
    const threadWave = banner.locator('[data-wave-kind="thread"]');
    await expect.poll(() => threadWave.locator('[data-testid="wave-count"]').textContent()).toMatch(/8 complaints from 8 people since/);
    expect(await threadWave.locator('[data-testid="wave-terms"]').textContent()).toMatch(/crashes|login|update/);
    expect(await threadWave.locator('[data-testid="wave-example"]').count()).toBe(3);
    expect(await threadWave.locator('[data-testid="wave-step"]').count()).toBe(4);
    await threadWave.locator('[data-testid="wave-step"]').first().click(); // a real click ticks the unticked step

    await saveScreenshot('crisis-banner.png', async (path) => page.screenshot({ path, clip: (await banner.boundingBox())! }));

    await threadWave.locator('[data-testid="wave-handoff"]').click();
    const summary = threadWave.locator('[data-testid="wave-summary-text"]');
    await summary.waitFor({ timeout: 10_000 });
    const text = await summary.inputValue();
    expect(text).toMatch(/^\[Crisis\] Wave under one post: 8 complaints/);
    expect(text).toContain('Hello PR,');
    expect(text).toContain('A wave of 8 complaints from 8 people');
    for (const p of BURST.posts.slice(1)) expect(text).toContain(p.id);
    // Every complaint of the wave is logged as handed off to PR.
    await expect
      .poll(async () => (await readEvents(b.worker)).filter((e) => e.type === 'handed_off').length, { timeout: 10_000 })
      .toBe(8);

    // The popup lists the wave, with the ticked step kept.
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const waves = popup.locator('[data-testid="crisis-waves"]');
    await waves.waitFor({ timeout: 10_000 });
    expect(await waves.locator('[data-wave-kind="thread"] [data-testid="wave-step"]').first().isChecked()).toBe(true);
    await saveScreenshot('crisis-popup.png', (path) => waves.screenshot({ path }));
  }, 120_000);
});
