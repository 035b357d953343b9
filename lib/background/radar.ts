/**
 * Runs the crisis radar when complaints are seen (debounced: a scroll logs many at once) and notifies
 * once per new wave. Clicking the notification opens the wave's latest example.
 */
import { browser } from 'wxt/browser';
import type { SootheDB } from '../log/db';
import { radarStrings } from '../i18n/radar';
import { loadUiLocale } from '../settings/ui-language';
import { waveTitle } from '../radar/handoff';
import { runRadar } from '../radar/store';

export const RADAR_NOTIFICATION_PREFIX = 'soothe-radar:';
const DEBOUNCE_MS = 1500;

export interface RadarRunner {
  /** A complaint was seen: look again shortly. */
  poke(): void;
}

export function startRadar(db: SootheDB): RadarRunner {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = async () => {
    const { fresh } = await runRadar(db);
    const r = radarStrings(fresh.length ? [await loadUiLocale()] : undefined); // the "Language of Soothe"
    for (const a of fresh) {
      const since = new Date(a.startedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      await browser.notifications.create(`${RADAR_NOTIFICATION_PREFIX}${a.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: r.notificationTitle,
        message: `${waveTitle(a, r)}: ${r.howMany(a.count, a.authors, since)}. ${a.topTerms.slice(0, 3).map((t) => t.term).join(', ')}`,
      });
    }
  };
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(RADAR_NOTIFICATION_PREFIX)) return;
    void db.alerts.get(id.slice(RADAR_NOTIFICATION_PREFIX.length)).then((a) => {
      const url = a?.examples.find((e) => e.url)?.url;
      if (url) void browser.tabs.create({ url });
    });
  });
  return {
    poke() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run().catch((err) => console.warn('[Soothe] crisis radar failed', err));
      }, DEBOUNCE_MS);
    },
  };
}

/** Whether a message to the background logs a seen complaint (the radar's trigger). */
export function isSeenEventMessage(message: unknown): boolean {
  const m = message as { soothe?: number; type?: string; payload?: { type?: string } } | null;
  return !!m && m.soothe === 1 && m.type === 'log:event' && m.payload?.type === 'seen';
}
