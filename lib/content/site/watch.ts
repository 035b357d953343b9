/**
 * Watch the page for composers without taxing it: the mutation callback only schedules work;
 * the scan runs later, batched, and layout is read in an animation frame.
 */
import { onAbort } from '../page-life';

export interface Watcher {
  /** Ask for a rescan soon (e.g. after SPA navigation). */
  poke(): void;
  /** Ask for a layout read in the next frame (something moved without a mutation). */
  relayout(): void;
}

/** Watches until `signal` aborts (the page life ends). */
export function watchPage(signal: AbortSignal, onScan: () => void, onLayout: () => void, delayMs = 120): Watcher {
  let scanTimer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const layoutSoon = () => {
    if (frame === null && !signal.aborted) frame = requestAnimationFrame(() => ((frame = null), onLayout()));
  };
  const scanSoon = () => {
    if (scanTimer !== null || signal.aborted) return;
    scanTimer = setTimeout(() => {
      scanTimer = null;
      onScan();
      layoutSoon();
    }, delayMs);
  };

  const observer = new MutationObserver(scanSoon);
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('scroll', layoutSoon, { capture: true, passive: true, signal });
  window.addEventListener('resize', layoutSoon, { passive: true, signal });
  onAbort(signal, () => {
    observer.disconnect();
    if (scanTimer !== null) clearTimeout(scanTimer);
    if (frame !== null) cancelAnimationFrame(frame);
  });
  scanSoon();
  return { poke: scanSoon, relayout: layoutSoon };
}
