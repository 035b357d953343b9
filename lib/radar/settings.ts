/** The crisis radar's thresholds and the team's crisis procedure (stored with the log's settings). */

export interface RadarSettings {
  enabled: boolean;
  /** The window a surge is counted in (minutes). */
  windowMinutes: number;
  /** Under one thread: at least this many different people complaining within the window. */
  threadMinAuthors: number;
  /** Across everything (a category or a shared phrase): at least this many different people in the window… */
  topicMinAuthors: number;
  /** …at a rate at least this many times the topic's own baseline. */
  growthFactor: number;
  /** The baseline: complaints per hour over this many days before the window. */
  baselineDays: number;
  /** A quiet topic's baseline counts as at least this many complaints per hour (one complaint is no wave). */
  minBaselinePerHour: number;
  /** A wave with no new complaint for this long is over (moves to past waves). */
  quietMinutes: number;
  /** The team's own steps when a wave hits, shown as a checklist on the alert. */
  procedure: string[];
}

export const DEFAULT_RADAR: RadarSettings = {
  enabled: true,
  windowMinutes: 60,
  threadMinAuthors: 5,
  topicMinAuthors: 8,
  growthFactor: 3,
  baselineDays: 7,
  minBaselinePerHour: 0.5,
  quietMinutes: 120,
  procedure: [
    'Tell PR and the decision-makers',
    'Post a holding statement',
    'Pin an update on the page',
    'Pause scheduled posts',
  ],
};

type RadarNumberKey = Exclude<keyof RadarSettings, 'enabled' | 'procedure'>;

/** Accepted range of each threshold; `integer` ones are counts, minutes or days. Shared by storage and the form. */
export const RADAR_LIMITS: Record<RadarNumberKey, { min: number; max: number; integer: boolean }> = {
  windowMinutes: { min: 5, max: 24 * 60, integer: true },
  threadMinAuthors: { min: 2, max: 10_000, integer: true },
  topicMinAuthors: { min: 2, max: 10_000, integer: true },
  growthFactor: { min: 1.1, max: 1000, integer: false },
  baselineDays: { min: 1, max: 60, integer: true },
  minBaselinePerHour: { min: 0.01, max: 1000, integer: false },
  quietMinutes: { min: 5, max: 7 * 24 * 60, integer: true },
};
export const RADAR_NUMBER_KEYS = Object.keys(RADAR_LIMITS) as RadarNumberKey[];
/** Crisis-procedure steps kept, and the length of one. */
export const MAX_PROCEDURE_STEPS = 20;
export const MAX_STEP_LENGTH = 200;

/** Stored data is untrusted (an older version, a hand edit): a field out of range falls back to the default. */
export function cleanRadarSettings(stored: unknown): RadarSettings {
  const x = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof RadarSettings, unknown>>;
  const num = (k: RadarNumberKey) => {
    const v = x[k];
    const { min, max } = RADAR_LIMITS[k];
    return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : DEFAULT_RADAR[k];
  };
  const procedure = Array.isArray(x.procedure)
    ? x.procedure.filter((s): s is string => typeof s === 'string').map((s) => s.trim().slice(0, MAX_STEP_LENGTH)).filter(Boolean).slice(0, MAX_PROCEDURE_STEPS)
    : DEFAULT_RADAR.procedure;
  const out = { enabled: typeof x.enabled === 'boolean' ? x.enabled : DEFAULT_RADAR.enabled, procedure } as RadarSettings;
  for (const k of RADAR_NUMBER_KEYS) out[k] = num(k);
  return out;
}

/** A patch's problem for the user, or null. */
export function radarSettingsProblem(patch: Partial<RadarSettings>): string | null {
  const merged = { ...DEFAULT_RADAR, ...patch };
  const clean = cleanRadarSettings(merged);
  for (const k of Object.keys(patch) as Array<keyof RadarSettings>)
    if (k !== 'procedure' && clean[k] !== merged[k]) return `Crisis radar: "${k}" is out of range.`;
  return null;
}
