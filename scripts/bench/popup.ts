/**
 * The handling-time log in a real browser: 100,000 events imported into the extension's own
 * IndexedDB in Chromium (bulk logging throughput through the background), then the popup's
 * stats request timed for each period, and the popup opened until its numbers show.
 * The `log` section measures the same computation in Node; this one includes Chromium's IndexedDB.
 */
import { loadavg } from 'node:os';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/log/export';
import { LATEST_VERSION } from '../../lib/log/db';
import { launchWithExtension } from '../../tests/support/browser';
import { syntheticEvents } from './log';
import type { Bench } from './types';

const TOTAL = 100_000;
/** Days the synthetic log spans: 30 by default (as before the rollups); BENCH_SPAN_DAYS=365 for a year of data. */
const SPAN_DAYS = Number(process.env.BENCH_SPAN_DAYS ?? 30);
/** Timed requests per period (after one untimed warm-up): the machine is shared, so medians. */
const RUNS = 7;
/** The machine's 1-minute load average, printed beside each number (2 cores: above 2 means waiting for a core). */
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;

export const popupBench: Bench = {
  name: 'popup',
  async run() {
    const now = Date.now();
    const json = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: LATEST_VERSION, exportedAt: new Date(now).toISOString(), cases: [], events: syntheticEvents(TOTAL, now, SPAN_DAYS) });
    const b = await launchWithExtension();
    try {
      const page = await b.ctx.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
      const call = (type: string, payload: unknown) =>
        page.evaluate(
          async ([t, p]) => {
            const started = performance.now();
            const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }> } } }).chrome;
            const reply = await api.runtime.sendMessage({ soothe: 1, type: t, payload: p });
            if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
            return { ms: performance.now() - started, value: reply.value };
          },
          [type, payload] as const,
        );
      const imported = await call('log:import', { json });
      const value = imported.value as { eventsAdded: number };
      const rows: Array<[string, string]> = [
        ['data', `${TOTAL} events over ${SPAN_DAYS} days`],
        ['bulk log (import through the background)', `${value.eventsAdded} events in ${(imported.ms / 1000).toFixed(1)} s = ${Math.round(value.eventsAdded / (imported.ms / 1000))} events/s (Chromium IndexedDB), ${load()}`],
      ];
      for (const period of ['today', '7d', '30d', '365d'] as const) {
        await call('stats:period', { period });
        const runs: number[] = [];
        for (let i = 0; i < RUNS; i++) runs.push((await call('stats:period', { period })).ms);
        const sorted = [...runs].sort((a, c) => a - c);
        rows.push([`stats:period ${period} (read + compute, round trip)`, `median ${sorted[RUNS >> 1]!.toFixed(0)} ms of ${RUNS} (${runs.map((r) => r.toFixed(0)).join(' / ')}), ${load()}`]);
      }
      const opens: number[] = [];
      for (let i = 0; i < 5; i++) {
        const popup = await b.ctx.newPage();
        const t0 = Date.now();
        await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
        await popup.getByTestId('seen').waitFor({ timeout: 30_000 });
        opens.push(Date.now() - t0);
        await popup.close();
      }
      rows.push(['popup opened until numbers show (today)', `median ${[...opens].sort((a, c) => a - c)[2]} ms of 5 (${opens.join(' / ')}), ${load()}`]);
      return rows;
    } finally {
      await b.close();
    }
  },
};
