/**
 * Which complaints the user has actually seen: a post counts once it has been at least half on
 * screen for a second. Seen complaints are logged (the response rate is answered ÷ seen), so
 * nothing is stored that the user did not see. Work is batched: the observer callbacks only note
 * elements; reading and triage run later, in idle time.
 */
import type { SiteAdapter } from '../sites/types';

const VISIBLE_FOR_MS = 1000;
const FLUSH_EVERY_MS = 2000;

export interface SeenTracker {
  /** Start watching posts that appeared since the last call. Cheap: one query, no layout reads. */
  observe(root: ParentNode): void;
  stop(): void;
}

export function trackSeen(adapter: SiteAdapter, onSeen: (ids: string[]) => Promise<void>): SeenTracker {
  const watched = new WeakSet<Element>();
  const visibleSince = new Map<Element, number>();
  const reported = new Set<string>();
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = async () => {
    timer = null;
    const now = Date.now();
    for (const [el, since] of visibleSince) {
      if (now - since < VISIBLE_FOR_MS) continue;
      visibleSince.delete(el);
      const id = adapter.postIdOf(el);
      if (id && !reported.has(id)) pending.add(id);
    }
    if (pending.size) {
      const ids = [...pending];
      pending.clear();
      ids.forEach((id) => reported.add(id));
      try {
        await onSeen(ids);
      } catch (err) {
        ids.forEach((id) => reported.delete(id)); // try again on the next pass
        console.debug('[Soothe] could not log seen posts', err);
      }
    }
    if (visibleSince.size) schedule();
  };
  const schedule = () => {
    timer ??= setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => void flush(), { timeout: FLUSH_EVERY_MS });
      else void flush();
    }, FLUSH_EVERY_MS);
  };

  const io = new IntersectionObserver(
    (entries) => {
      const now = Date.now();
      for (const e of entries) {
        if (e.isIntersecting) visibleSince.set(e.target, visibleSince.get(e.target) ?? now);
        else visibleSince.delete(e.target);
      }
      if (visibleSince.size) schedule();
    },
    { threshold: 0.5 },
  );

  return {
    observe(root) {
      for (const el of root.querySelectorAll(adapter.postSelector)) {
        if (watched.has(el)) continue;
        watched.add(el);
        io.observe(el);
      }
    },
    stop() {
      io.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
