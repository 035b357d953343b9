/**
 * Watch the page for composers without taxing it: the mutation callback only schedules work;
 * the scan runs later, batched, and layout is read in an animation frame.
 */
export interface Watcher {
  stop(): void;
  /** Ask for a rescan soon (e.g. after SPA navigation). */
  poke(): void;
}

export function watchPage(onScan: () => void, onLayout: () => void, delayMs = 120): Watcher {
  let scanTimer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const layoutSoon = () => {
    if (frame === null) frame = requestAnimationFrame(() => ((frame = null), onLayout()));
  };
  const scanSoon = () => {
    if (scanTimer !== null) return;
    scanTimer = setTimeout(() => {
      scanTimer = null;
      onScan();
      layoutSoon();
    }, delayMs);
  };

  const observer = new MutationObserver(scanSoon);
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('scroll', layoutSoon, { capture: true, passive: true });
  window.addEventListener('resize', layoutSoon, { passive: true });
  scanSoon();

  return {
    poke: scanSoon,
    stop() {
      observer.disconnect();
      window.removeEventListener('scroll', layoutSoon, { capture: true });
      window.removeEventListener('resize', layoutSoon);
      if (scanTimer !== null) clearTimeout(scanTimer);
      if (frame !== null) cancelAnimationFrame(frame);
    },
  };
}
