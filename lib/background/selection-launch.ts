/**
 * Background side of "Reply with Soothe": a context-menu item on selected text and a keyboard
 * command. Both are user gestures that grant `activeTab` for that one tab; only then is the panel
 * script injected (`scripting`), into that tab alone. No standing host permission is involved.
 */
import { browser } from 'wxt/browser';
import { ANYWHERE_REQUEST, ANYWHERE_SCRIPT } from '../content/anywhere/launch-protocol';

export const MENU_ID = 'soothe-reply-with-soothe';
/** Manifest command name (wxt.config.ts). */
export const COMMAND = 'reply-with-soothe';

export interface LaunchTab {
  id?: number;
  url?: string;
}

export type LaunchResult = { ok: true } | { ok: false; error: string };

/**
 * Open Soothe's panel for the selection in `tab`. The context menu passes its copy of the selected
 * text and the frame it was in; the shortcut passes neither (the script reads the page's selection).
 */
export async function replyWithSoothe(tab: LaunchTab | undefined, opts: { selectionText?: string | null; frameId?: number } = {}): Promise<LaunchResult> {
  if (tab?.id === undefined || tab.id < 0) return { ok: false, error: 'no tab' };
  const target = { tabId: tab.id, ...(opts.frameId !== undefined ? { frameIds: [opts.frameId] } : {}) };
  try {
    // Leave the request in the isolated world first; the script picks it up when it starts.
    await browser.scripting.executeScript({
      target,
      func: (key: string, text: string | null) => {
        (globalThis as unknown as Record<string, unknown>)[key] = { text };
      },
      args: [ANYWHERE_REQUEST, opts.selectionText ?? null],
    });
    await browser.scripting.executeScript({ target, files: [ANYWHERE_SCRIPT] });
    return { ok: true };
  } catch (err) {
    // Pages no extension may touch (the browser's own, the web store) end here.
    const error = err instanceof Error ? err.message : String(err);
    console.debug('[Soothe] could not open on this page', error);
    return { ok: false, error };
  }
}

/** Wires the menu item and the command. Call once when the background starts. */
/** The menu item in another language (the "Language of Soothe" setting changed). Quiet when the item is not there yet. */
export function retitleReplyWithSoothe(title: string): void {
  void Promise.resolve()
    .then(() => browser.contextMenus.update(MENU_ID, { title }))
    .catch(() => undefined);
}

export function registerReplyWithSoothe(title = 'Reply with Soothe'): void {
  browser.runtime.onInstalled.addListener(() => {
    // Menu items persist across service-worker restarts; recreate them on install and update only.
    browser.contextMenus.removeAll().then(
      () => browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection', 'editable'] }),
      (err) => console.warn('[Soothe] could not add the context menu', err),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void replyWithSoothe(tab, { selectionText: info.selectionText ?? null, frameId: info.frameId });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND) void replyWithSoothe(tab);
  });
  // The same entry the menu and the shortcut use, reachable from the service worker's console.
  (globalThis as unknown as { soothe?: Record<string, unknown> }).soothe = { ...((globalThis as unknown as { soothe?: Record<string, unknown> }).soothe ?? {}), replyWithSoothe };
}
