/**
 * Which complaints the user has actually seen: the posts on screen once the page has been still
 * (no scrolling, no new content) for a second — what a person reading would have read. Seen
 * complaints are logged (the response rate is answered ÷ seen), so nothing is stored that the
 * user did not see.
 *
 * Cheap by design: no observer per post (a 2,000-post feed would make the browser track 2,000
 * targets every frame). Scrolling and page changes only restart a timer; when it fires, a few
 * dozen hit tests down the viewport find the posts on screen, in idle time.
 */
import type { SiteAdapter } from '../../sites/types';
import { onAbort } from '../page-life';

const STILL_FOR_MS = 1000;
const SAMPLE_EVERY_PX = 80;
const SAMPLE_COLUMNS = [0.3, 0.45, 0.6];

export interface SeenTracker {
  /** Something changed (new content, scrolling): look again once the page is still. */
  poke(): void;
}

type Idle = (cb: () => void, opts?: { timeout: number }) => number;

/** Tracks until `signal` aborts (the page life ends). */
export function trackSeen(signal: AbortSignal, adapter: SiteAdapter, onSeen: (seen: Array<{ id: string; el: Element }>) => Promise<void>): SeenTracker {
  const reported = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Posts under a grid of points covering the viewport. */
  const postsOnScreen = (): Element[] => {
    const found = new Set<Element>();
    for (const fx of SAMPLE_COLUMNS) {
      const x = Math.round(window.innerWidth * fx);
      for (let y = SAMPLE_EVERY_PX / 2; y < window.innerHeight; y += SAMPLE_EVERY_PX) {
        const post = document.elementFromPoint(x, y)?.closest(adapter.postSelector);
        if (post) found.add(post);
      }
    }
    return [...found];
  };

  const look = async () => {
    if (signal.aborted || document.visibilityState !== 'visible') return;
    const seen: Array<{ id: string; el: Element }> = [];
    for (const el of postsOnScreen()) {
      const id = adapter.postIdOf(el);
      if (id && !reported.has(id)) seen.push({ id, el });
    }
    if (!seen.length) return;
    seen.forEach(({ id }) => reported.add(id));
    try {
      await onSeen(seen);
    } catch (err) {
      seen.forEach(({ id }) => reported.delete(id)); // try again next time
      console.debug('[Soothe] could not log seen posts', err);
    }
  };

  const poke = () => {
    if (signal.aborted) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
      if (idle) idle(() => void look(), { timeout: STILL_FOR_MS });
      else void look();
    }, STILL_FOR_MS);
  };

  window.addEventListener('scroll', poke, { capture: true, passive: true, signal });
  document.addEventListener('visibilitychange', poke, { signal });
  onAbort(signal, () => timer !== null && clearTimeout(timer));
  poke();
  return { poke };
}
