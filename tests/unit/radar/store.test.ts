import { describe, expect, it } from 'vitest';
import { recordEvents } from '@/lib/log/record';
import { applyRetention, deleteAll } from '@/lib/log/export';
import { runRadar, updateAlert, listAlerts, updateRadarSettings, getRadarSettings } from '@/lib/radar/store';
import { buildWaveSummary, waveHandOffEvents } from '@/lib/radar/handoff';
import { radarStrings } from '@/lib/i18n/radar';
import { HANDOFF_STRINGS } from '@/lib/i18n/handoff';
import { complaintTerms } from '@/lib/radar/terms';
import type { LogEventInput } from '@/lib/log/events';
import { freshDb, MIN, HOUR, DAY } from '../log/helpers';

const NOW = Date.UTC(2024, 5, 12, 15, 0);

function seen(i: number, at: number, author: string, threadId = 'launch'): LogEventInput {
  return {
    id: `s${i}-${at}`,
    type: 'seen',
    at,
    platform: 'x',
    postId: `p${i}-${at}`,
    context: { isComplaint: true, category: 'technical', lang: 'en', threadId, author, url: `https://x.com/u/status/p${i}`, terms: complaintTerms('The app crashes on login since the update') },
  };
}

describe('radar in the log', () => {
  it('stores one alert per wave, updates it while it lasts, moves it to the past when quiet, and forgets it with the log', async () => {
    const db = freshDb();
    await recordEvents(db, Array.from({ length: 6 }, (_, i) => seen(i, NOW - 30 * MIN + i * MIN, `user${i}`)));
    const first = await runRadar(db, NOW);
    expect(first.fresh.map((a) => a.kind)).toEqual(['thread']);
    expect(first.fresh[0]).toMatchObject({ count: 6, authors: 6, status: 'active', doneSteps: [] });

    await recordEvents(db, [seen(7, NOW + 5 * MIN, 'user7')]);
    const second = await runRadar(db, NOW + 6 * MIN);
    expect(second.fresh).toEqual([]); // the same wave: no second notification
    const [wave] = (await listAlerts(db)).active;
    expect(wave).toMatchObject({ count: 7, authors: 7, startedAt: NOW - 30 * MIN, lastAt: NOW + 5 * MIN });

    await updateAlert(db, { id: wave!.id, doneSteps: [1, 0, 1] });
    expect((await listAlerts(db)).active[0]!.doneSteps).toEqual([0, 1]);

    await runRadar(db, NOW + 5 * HOUR);
    expect((await listAlerts(db)).past.map((a) => a.id)).toEqual([wave!.id]);

    await applyRetention(db, 1, NOW + 2 * DAY);
    expect(await db.alerts.count()).toBe(0);
    await recordEvents(db, Array.from({ length: 6 }, (_, i) => seen(i, NOW + 3 * DAY + i * MIN, `u${i}`)));
    await runRadar(db, NOW + 3 * DAY + 10 * MIN);
    await deleteAll(db);
    expect(await db.alerts.count()).toBe(0);
  });

  it('a wave hand-off: one hand-off event per complaint and a summary with every link', async () => {
    const db = freshDb();
    await recordEvents(db, Array.from({ length: 5 }, (_, i) => seen(i, NOW - 10 * MIN + i * MIN, `user${i}`)));
    const [alert] = (await runRadar(db, NOW)).fresh;
    const dept = { id: 'pr', name: 'PR', email: 'pr@example.com', agreedMs: 2 * HOUR };
    const events = waveHandOffEvents(alert!, dept, NOW);
    expect(events.map((e) => [e.type, e.platform, e.handOff?.department])).toEqual(Array(5).fill(['handed_off', 'x', 'PR']));
    expect((await recordEvents(db, events)).recorded).toBe(5);
    expect((await recordEvents(db, waveHandOffEvents(alert!, dept, NOW + MIN))).recorded).toBe(0); // same wave again: nothing twice
    const cases = await db.cases.bulkGet(alert!.caseKeys);
    expect(cases.every((c) => c?.handedOffTo === 'PR')).toBe(true);
    const urls = new Map(cases.map((c) => [c!.key, c!.url!]));
    const s = buildWaveSummary(alert!, dept, urls, radarStrings(['en']), HANDOFF_STRINGS.en);
    expect(s.subject).toBe('[Crisis] Wave under one post: 5 complaints');
    expect(s.body).toContain('Hello PR,');
    expect(s.body).toContain('A wave of 5 complaints from 5 people');
    for (const u of urls.values()) expect(s.body).toContain(u);
  });

  it('thresholds are settings, checked', async () => {
    const db = freshDb();
    expect((await getRadarSettings(db)).threadMinAuthors).toBe(5);
    expect((await updateRadarSettings(db, { threadMinAuthors: 3, procedure: ['Call PR'] })).threadMinAuthors).toBe(3);
    await expect(updateRadarSettings(db, { threadMinAuthors: 1 })).rejects.toThrow(/threadMinAuthors/);
    await recordEvents(db, Array.from({ length: 3 }, (_, i) => seen(i, NOW - 10 * MIN + i * MIN, `user${i}`)));
    expect((await runRadar(db, NOW)).fresh).toHaveLength(1);
  });

  it('refuses seen events whose terms are not a short list of short words', async () => {
    const db = freshDb();
    const bad = seen(1, NOW, 'a');
    bad.context!.terms = ['x'.repeat(500)];
    await expect(recordEvents(db, [bad])).rejects.toThrow(/terms/);
  });
});
