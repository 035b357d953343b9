/**
 * Template health end to end in real Chromium: a suggestion inserted into X's real Draft.js composer,
 * edited by hand and sent is logged with its edit measure (word counts, ratio, a few phrases — not the
 * text); the options page shows it per template beside other logged replies, exports the team file
 * (counts and ratios only) and reads two teammates' files into the team picture. Screenshot for the README on demand (`npm run screenshots`).
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/log/export';
import { LATEST_VERSION } from '../../lib/log/db';
import { editStats } from '../../lib/health/edit';
import { HEALTH_FORMAT, HEALTH_VERSION } from '../../lib/health/report';
import { serveTestSites, X_ORIGIN } from '../pages/serve';
import { X_THREADS } from '../pages/threads';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { readEvents } from '../support/extension-db';
import { insertFirstReady, openPanel } from '../support/panel';
import { saveScreenshot } from '../support/screenshots';

let browser: ExtensionBrowser | null = null;
afterAll(async () => {
  if (browser) {
    const dir = browser.profileDir;
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});

interface SentEvent {
  type: string;
  postId: string | null;
  edit?: { templateId: string; ratio: number; templateWords: number; sentWords: number; added: string[]; deleted: string[] };
}

/** More replies from the default English pack's templates, as if logged over a few weeks. */
function history(now: number) {
  const base = 'Sorry about this, we are on it and will fix it today. Please send us a DM so we can help.';
  const variants: Array<[string, string]> = [
    ['delivery.late', base],
    ['delivery.late', `${base} We are truly embarrassed.`],
    ['delivery.late', 'Hi, a courier brings it tomorrow morning, tracking link in DM.'],
    ['billing.double-charge', base],
    ['billing.double-charge', base.replace('today', 'within two days')],
  ];
  const events: unknown[] = [];
  variants.forEach(([templateId, sent], i) => {
    const at = now - (i + 1) * 86_400_000;
    events.push({ id: `h-ins-${i}`, type: 'template_inserted', at, platform: 'x', postId: `h${i}`, templateId, context: { lang: 'en', threadId: `ht${i}` } });
    events.push({ id: `h-sent-${i}`, type: 'reply_sent', at: at + 60_000, platform: 'x', postId: `h${i}`, context: { lang: 'en' }, edit: { templateId, ...editStats(base, sent) } });
  });
  events.push({ id: 'h-after', type: 'seen', at: now - 86_400_000 + 3_600_000, platform: 'x', postId: 'h0-again', context: { threadId: 'ht0', isComplaint: true } });
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: LATEST_VERSION, exportedAt: new Date(now).toISOString(), cases: [], events });
}

const teammate = (used: number, median: number) =>
  Buffer.from(
    JSON.stringify({
      format: HEALTH_FORMAT,
      version: HEALTH_VERSION,
      exportedAt: new Date().toISOString(),
      packs: [{ id: 'app.soothe.starter-en', version: '1.0.0' }],
      templates: [{ templateId: 'delivery.late', lang: 'en', used, sent: used, medianEditRatio: median, rewrittenShare: 0.25, followUps: 1 }],
      neverChosen: [],
    }),
  );

describe('template health', () => {
  it('logs the edit of a sent template reply and shows the per-template view with the team picture', async () => {
    browser = await launchWithExtension();
    const b = browser;
    await serveTestSites(b.ctx);
    const thread = X_THREADS[0]!;
    const page = await b.ctx.newPage();
    await page.goto(X_ORIGIN + thread.path);
    await insertFirstReady(page, await openPanel(page));
    await page.waitForFunction(() => ((window as unknown as { __testEditors?: { text(i: number): string } }).__testEditors?.text(0) ?? '').length > 0);
    const editor = page.getByTestId('tweetTextarea_0');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' We are truly embarrassed about this.');
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(async () => ((await readEvents(b.worker)) as SentEvent[]).filter((e) => e.type === 'reply_sent').length, { timeout: 10_000 }).toBe(1);
    const sent = ((await readEvents(b.worker)) as SentEvent[]).find((e) => e.type === 'reply_sent')!;
    const inserted = (await readEvents(b.worker)).find((e) => e.type === 'template_inserted')!;
    expect(sent.edit?.templateId).toBe(inserted.templateId);
    expect(sent.edit!.ratio).toBeGreaterThan(0);
    expect(sent.edit!.ratio).toBeLessThan(0.5);
    expect(sent.edit!.added.join(' ')).toContain('embarrassed');
    expect(JSON.stringify(sent)).not.toContain('truly embarrassed about this'); // phrases, never the text

    const options = await b.ctx.newPage();
    await options.setViewportSize({ width: 1280, height: 1000 });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.evaluate(async (json) => {
      const r = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({ soothe: 1, type: 'log:import', payload: { json } });
      if (!r.ok) throw new Error(r.error);
    }, history(Date.now()));
    await options.getByRole('tab', { name: 'Template health' }).click();
    const table = options.getByTestId('health-table');
    await table.waitFor({ timeout: 10_000 });
    const row = table.locator(`[data-template="${inserted.templateId}"][data-lang="en"]`);
    await row.waitFor();
    const late = table.locator('[data-template="delivery.late"][data-lang="en"]');
    expect(await late.locator('td').nth(1).textContent()).toMatch(/^[34]$/); // 3 logged (+1 if the inserted one was this template)
    expect(await options.getByTestId('health-never').count()).toBe(1);
    await options.getByTestId('health-sort-median').click();

    await options.getByTestId('health-import').setInputFiles([
      { name: 'ola.json', mimeType: 'application/json', buffer: teammate(12, 0.1) },
      { name: 'nikos.json', mimeType: 'application/json', buffer: teammate(7, 0.6) },
    ]);
    const team = options.getByTestId('health-team');
    await team.waitFor({ timeout: 5_000 });
    expect(await team.locator('tr', { hasText: 'delivery.late' }).textContent()).toContain('10%, 60%');
    await saveScreenshot('template-health.png', (path) => options.getByTestId('template-health').screenshot({ path }));
  }, 120_000);
});
