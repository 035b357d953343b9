/**
 * First run: the welcome page opens in a tab when Soothe is installed — not on an update or a
 * browser update, which would re-open it for someone already set up.
 */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html' as const;

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch((err) => console.warn('[Soothe] could not open the welcome page', err));
  });
}
