/**
 * The radar in the background: reads the recent `seen` events, runs the detector, and keeps one stored
 * alert per wave (updated while it lasts, moved to the past once quiet). Returns the waves that are new,
 * so the caller notifies once per wave.
 */
import type { SootheDB } from '../log/db';
import type { LogEvent } from '../log/events';
import { toLogWriteError } from '../log/errors';
import { detectWaves, type SeenComplaint } from './detect';
import { cleanRadarSettings, radarSettingsProblem, type RadarSettings } from './settings';
import type { StoredAlert, WaveAlert } from './types';
import { LogInputError } from '../log/errors';

const SETTINGS_KEY = 'radar.settings';
const DAY = 86_400_000;
const PAST_KEPT = 50;

export async function getRadarSettings(db: SootheDB): Promise<RadarSettings> {
  return cleanRadarSettings((await db.settings.get(SETTINGS_KEY))?.value);
}

export async function updateRadarSettings(db: SootheDB, patch: Partial<RadarSettings>): Promise<RadarSettings> {
  const problem = radarSettingsProblem(patch);
  if (problem) throw new LogInputError(problem);
  return db.transaction('rw', db.settings, async () => {
    const next = cleanRadarSettings({ ...(await getRadarSettings(db)), ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

export function toSeenComplaint(e: LogEvent): SeenComplaint | null {
  if (e.type !== 'seen' || !e.postId || e.context?.isComplaint === false) return null;
  const c = e.context ?? {};
  return {
    key: e.caseKey ?? `${e.platform}:${e.postId}`,
    platform: e.platform,
    postId: e.postId,
    threadId: c.threadId ?? null,
    author: c.author ?? null,
    category: c.category ?? null,
    lang: c.lang ?? null,
    terms: c.terms ?? [],
    url: c.url ?? null,
    at: e.at,
  };
}

/** Folds a detection into the stored alert of the same wave (the wave goes on: more complaints, later end). */
function merge(prev: StoredAlert, wave: WaveAlert): StoredAlert {
  const caseKeys = [...new Set([...prev.caseKeys, ...wave.caseKeys])];
  return {
    ...prev,
    ...wave,
    id: prev.id,
    startedAt: Math.min(prev.startedAt, wave.startedAt),
    lastAt: Math.max(prev.lastAt, wave.lastAt),
    count: caseKeys.length,
    authors: Math.max(prev.authors, wave.authors),
    caseKeys,
  };
}

export interface RadarRun {
  fresh: StoredAlert[];
  active: StoredAlert[];
}

export async function runRadar(db: SootheDB, now = Date.now()): Promise<RadarRun> {
  const settings = await getRadarSettings(db);
  const since = now - settings.baselineDays * DAY - settings.windowMinutes * 60_000;
  const events = await db.events.where('[type+at]').between(['seen', since], ['seen', now], true, true).toArray();
  const waves = detectWaves(events.map(toSeenComplaint).filter((c): c is SeenComplaint => c !== null), settings, now);
  try {
    return await db.transaction('rw', db.alerts, async () => {
      const active = await db.alerts.where('status').equals('active').toArray();
      const fresh: StoredAlert[] = [];
      const kept: StoredAlert[] = [];
      for (const wave of waves) {
        const prev = active.find((a) => a.kind === wave.kind && a.scope === wave.scope);
        const next = prev ? merge(prev, wave) : { ...wave, status: 'active' as const, detectedAt: now, doneSteps: [] };
        if (!prev) fresh.push(next);
        kept.push(next);
        await db.alerts.put(next);
      }
      for (const a of active)
        if (!kept.some((k) => k.id === a.id) && now - a.lastAt > settings.quietMinutes * 60_000) await db.alerts.put({ ...a, status: 'past' });
        else if (!kept.some((k) => k.id === a.id)) kept.push(a);
      const past = await db.alerts.where('status').equals('past').sortBy('lastAt');
      if (past.length > PAST_KEPT) await db.alerts.bulkDelete(past.slice(0, past.length - PAST_KEPT).map((a) => a.id));
      return { fresh, active: kept };
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}

export async function listAlerts(db: SootheDB): Promise<{ active: StoredAlert[]; past: StoredAlert[] }> {
  const all = await db.alerts.orderBy('lastAt').reverse().toArray();
  return { active: all.filter((a) => a.status === 'active'), past: all.filter((a) => a.status === 'past') };
}

export interface AlertPatch {
  id: string;
  doneSteps?: number[];
  dismissed?: boolean;
  handedOffTo?: string;
  handedOffAt?: number;
}

export async function updateAlert(db: SootheDB, patch: AlertPatch, now = Date.now()): Promise<StoredAlert> {
  return db.transaction('rw', db.alerts, async () => {
    const a = await db.alerts.get(patch.id);
    if (!a) throw new LogInputError('That alert is no longer kept.');
    const next: StoredAlert = { ...a };
    if (patch.doneSteps) next.doneSteps = [...new Set(patch.doneSteps.filter((i) => Number.isInteger(i) && i >= 0 && i < 50))].sort((x, y) => x - y);
    if (patch.dismissed) next.dismissedAt = now;
    if (patch.handedOffTo) {
      next.handedOffTo = patch.handedOffTo;
      next.handedOffAt = patch.handedOffAt ?? now;
    }
    await db.alerts.put(next);
    return next;
  });
}
