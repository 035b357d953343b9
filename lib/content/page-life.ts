/**
 * One AbortSignal per page life, through which every in-page feature cleans up (listeners are added
 * with `{ signal }`, timers and observers stop on 'abort'), as refined-github's features do.
 * - `script`: this content script's life. Ends when WXT invalidates the context (a newer copy of the
 *   script took over, the extension was updated, reloaded or removed).
 * - `page()`: the page the user is on. Ends with the script, and on single-page navigation, when a
 *   fresh signal takes its place for the new page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PageLife {
  readonly script: AbortSignal;
  /** The current page's signal (a new one after each navigation). */
  page(): AbortSignal;
  /** Called after a navigation, with the new page's signal. */
  onNavigate(listener: (page: AbortSignal) => void): void;
}

export function pageLife(ctx: ContentScriptContext): PageLife {
  const script = ctx.signal;
  let current = new AbortController();
  script.addEventListener('abort', () => current.abort(), { once: true });
  const listeners = new Set<(page: AbortSignal) => void>();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    current.abort();
    current = new AbortController();
    for (const l of listeners) l(current.signal);
  });
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
