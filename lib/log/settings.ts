/** The log's settings, stored in the database's key/value table (background-owned like the rest). */
import type { SootheDB } from './db';
import { LogInputError, toLogWriteError } from './errors';

export interface LogSettings {
  /** Drop data older than this many days; null keeps everything. */
  retentionDays: number | null;
  /** Store author handles as salted SHA-256 instead of as shown. */
  hashAuthors: boolean;
  /** Response-rate target, 0..1. */
  responseRateTarget: number;
  /** First-response SLA targets in ms. */
  slaTargetsMs: number[];
  /** Days after resolving a case before the private follow-up is due. */
  followUpDays: number;
}

const MIN = 60_000;
export const DEFAULT_SETTINGS: LogSettings = {
  retentionDays: null,
  hashAuthors: false,
  responseRateTarget: 0.75,
  slaTargetsMs: [30 * MIN, 120 * MIN, 24 * 60 * MIN],
  followUpDays: 3,
};

const KEY = 'log.settings';
const SALT_KEY = 'log.authorSalt';

export async function getSettings(db: SootheDB): Promise<LogSettings> {
  const row = await db.settings.get(KEY);
  return { ...DEFAULT_SETTINGS, ...((row?.value as Partial<LogSettings> | undefined) ?? {}) };
}

export function validateSettingsPatch(patch: Partial<LogSettings>): string | null {
  const { retentionDays, responseRateTarget, slaTargetsMs, followUpDays } = patch;
  if (retentionDays !== undefined && retentionDays !== null && !(Number.isInteger(retentionDays) && retentionDays >= 1))
    return 'Retention must be a whole number of days (1 or more), or empty to keep everything.';
  if (responseRateTarget !== undefined && !(responseRateTarget > 0 && responseRateTarget <= 1))
    return 'The response-rate target must be between 0 and 100%.';
  if (slaTargetsMs !== undefined && !(slaTargetsMs.length > 0 && slaTargetsMs.every((t) => Number.isFinite(t) && t > 0)))
    return 'SLA targets must be positive durations.';
  if (followUpDays !== undefined && !(Number.isInteger(followUpDays) && followUpDays >= 0))
    return 'Follow-up days must be a whole number (0 or more).';
  return null;
}

export async function updateSettings(db: SootheDB, patch: Partial<LogSettings>): Promise<LogSettings> {
  const problem = validateSettingsPatch(patch);
  if (problem) throw new LogInputError(problem);
  try {
    return await db.transaction('rw', db.settings, async () => {
      const next = { ...(await getSettings(db)), ...patch };
      next.slaTargetsMs = [...next.slaTargetsMs].sort((a, b) => a - b);
      await db.settings.put({ key: KEY, value: next });
      return next;
    });
  } catch (err) {
    throw toLogWriteError(err);
  }
}

/** Per-install salt for author hashes, created on first use. */
export async function getAuthorSalt(db: SootheDB): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SALT_KEY);
    if (typeof row?.value === 'string') return row.value;
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    const salt = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    await db.settings.put({ key: SALT_KEY, value: salt });
    return salt;
  });
}

export async function hashHandle(salt: string, handle: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}\u0000${handle.trim().toLowerCase()}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return 'sha256:' + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
