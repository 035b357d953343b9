/**
 * One AbortSignal per page life, through which every in-page feature cleans up (listeners are added
 * with `{ signal }`, timers and observers stop on 'abort'), as refined-github's features do.
 * - `script`: this content script's life. Ends when the script finds itself orphaned: after an extension update, reload or
 *   removal the old script keeps running in the page, but its runtime id is gone and every message
 *   fails with "Extension context invalidated". It then removes its UI and stops observing (everything
 *   hangs off this signal), and the new script, injected with the new version, takes over cleanly.
 * - `page()`: the page the user is on. Ends with the script, and on single-page navigation, when a
 *   fresh signal takes its place for the new page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often an idle script asks whether it is still attached to the extension (a property read). */
const ORPHAN_CHECK_MS = 1000;

/** Whether the extension this script belongs to is gone (updated, reloaded, removed). */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** Errors that mean the extension went away under the script. */
export function isContextInvalidated(err: unknown): boolean {
  return /Extension context invalidated/i.test(err instanceof Error ? err.message : String(err));
}

export interface PageLife {
  readonly script: AbortSignal;
  /** The current page's signal (a new one after each navigation). */
  page(): AbortSignal;
  /** Called after a navigation, with the new page's signal. */
  onNavigate(listener: (page: AbortSignal) => void): void;
}

export function pageLife(ctx: ContentScriptContext): PageLife {
  // The script's life is Soothe's own signal, not WXT's: WXT also ends a context when a "newer script
  // started" event arrives on the document, and the page can dispatch that event itself. So a WXT
  // invalidation counts only when the extension really is gone; otherwise it is ignored (the page may have
  // forged it) and Soothe keeps running, with its own navigation watch below.
  const life = new AbortController();
  const script = life.signal;
  const end = () => {
    if (script.aborted) return;
    life.abort();
    if (!ctx.signal.aborted) ctx.notifyInvalidated();
  };
  ctx.signal.addEventListener('abort', () => {
    if (isOrphaned()) end();
    else console.debug('[Soothe] ignored a "newer script" signal while still attached to the extension');
  }, { once: true });
  // Nothing tells an orphaned content script that it is one: it looks, cheaply, once a second, and on
  // the user's first gesture on the page after it (before any stale button could be used).
  const check = () => {
    if (!script.aborted && isOrphaned()) end();
  };
  let current = new AbortController();
  script.addEventListener('abort', () => current.abort(), { once: true });
  const listeners = new Set<(page: AbortSignal) => void>();
  // Single-page navigation: the address changes without a load (checked with the orphan check, and on popstate).
  let href = location.href;
  const navigated = () => {
    if (script.aborted || location.href === href) return;
    href = location.href;
    current.abort();
    current = new AbortController();
    for (const l of listeners) l(current.signal);
  };
  const timer = setInterval(() => (check(), navigated()), ORPHAN_CHECK_MS);
  script.addEventListener('abort', () => clearInterval(timer), { once: true });
  for (const type of ['pointerdown', 'keydown', 'focusin'] as const) document.addEventListener(type, check, { capture: true, passive: true, signal: script });
  window.addEventListener('unhandledrejection', (e) => isContextInvalidated(e.reason) && check(), { signal: script });
  window.addEventListener('popstate', navigated, { signal: script });
  return {
    script,
    page: () => current.signal,
    onNavigate: (listener) => void listeners.add(listener),
  };
}

/** Runs `stop` when `signal` aborts (at once when it already has). */
export function onAbort(signal: AbortSignal, stop: () => void): void {
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
}
