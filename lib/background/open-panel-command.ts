/**
 * The keyboard shortcut (chrome://extensions/shortcuts, default Alt+Shift+S): ask the page's
 * Soothe to open its panel for the reply box the user is in. Returns whether a Soothe content
 * script answered (false on pages Soothe is not running on).
 */
import { browser } from 'wxt/browser';

export const OPEN_SOOTHE_COMMAND = 'open-soothe';
export const OPEN_PANEL_MESSAGE = { soothe: 'open-panel' } as const;

export function isOpenPanelMessage(m: unknown): boolean {
  return typeof m === 'object' && m !== null && (m as { soothe?: unknown }).soothe === 'open-panel';
}

export async function openPanelInActiveTab(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    return (await browser.tabs.sendMessage(tab.id, OPEN_PANEL_MESSAGE)) === true;
  } catch {
    return false; // no content script on this page
  }
}
