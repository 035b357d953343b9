/**
 * Set the profile as a brand's community manager would (the options page writes the same item):
 * their name and signature and the brand's own name and handle — so its posts are never taken for
 * complaints, and the page's complaints to that brand are queued and logged as seen.
 */
import type { Worker } from 'playwright-core';
import type { DemoThread } from '../pages/threads';
import type { FirefoxWithExtension } from './firefox';

/** WXT's "local:soothe.profile" item is this key of storage.local. */
export const PROFILE_KEY = 'soothe.profile';

/** A partial profile: the extension fills every other field with its default (withProfileDefaults). */
export function brandProfile(thread: DemoThread, site: string) {
  return {
    agentName: 'Alex',
    signature: `Alex, ${thread.brand.name} Care`,
    brand: thread.brand.name,
    handles: { x: site === 'X' ? thread.brand.handle : '', facebook: site === 'Facebook' ? thread.brand.handle : '' },
  };
}

export async function actAsBrand(worker: Worker, thread: DemoThread, site: string): Promise<void> {
  const profile = brandProfile(thread, site);
  await worker.evaluate((value) => {
    // Runs in the extension's service worker: WXT's "local:soothe.profile" item is this key.
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    return api.storage.local.set({ 'soothe.profile': value });
  }, profile);
}

/** actAsBrand in Firefox, written from one of the extension's own pages (Firefox has no worker to reach). */
export async function actAsBrandInFirefox(firefox: FirefoxWithExtension, thread: DemoThread, site: string): Promise<void> {
  const page = await firefox.openExtensionPage('popup.html');
  try {
    await page.evaluate(
      async (key, value) => {
        const api = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser;
        await api.storage.local.set({ [key]: value });
      },
      PROFILE_KEY,
      brandProfile(thread, site),
    );
  } finally {
    await page.close();
  }
}

/** Back to a fresh install's profile (no brand). */
export async function clearProfile(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome;
    return api.storage.local.remove('soothe.profile');
  });
}
