/**
 * Re-read the layout when a reply box changes size: a draft wrapping onto a new line moves no node,
 * so the page's mutation watch (./watch.ts) misses it, and a panel docked under the box would end
 * up over its new last line and the send button.
 */
import { onAbort } from '../page-life';

export interface SizeWatch {
  /** Watch exactly these elements from now on (the reply boxes of the latest scan). */
  follow(elements: Element[]): void;
}

export function watchSizes(signal: AbortSignal, onResize: () => void): SizeWatch {
  if (typeof ResizeObserver === 'undefined') return { follow() {} };
  const watched = new Set<Element>();
  const observer = new ResizeObserver(() => onResize());
  onAbort(signal, () => observer.disconnect());
  return {
    follow(elements) {
      const now = new Set(elements);
      for (const el of watched) {
        if (!now.has(el)) {
          observer.unobserve(el);
          watched.delete(el);
        }
      }
      for (const el of now) {
        if (!watched.has(el)) {
          observer.observe(el);
          watched.add(el);
        }
      }
    },
  };
}
