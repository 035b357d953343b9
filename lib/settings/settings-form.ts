/**
 * The Settings tab as one form with one Save: the profile (storage.local), the departments (in the
 * profile), the log's targets and privacy options and the crisis radar (both owned by the
 * background). The form holds what the user typed (strings, so "1," survives while typing); `readSettingsForm`
 * checks every field at once and either gives what to store or every problem by field, so a Save
 * stores everything or nothing — and a problem in one section never drops edits in another.
 */
import { formNumber, targetsFromForm, targetsToForm } from './targets-form';
import type { Department } from '../handoff/departments';
import { departmentProblems } from '../handoff/departments';
import { DEFAULT_SETTINGS, validateSettingsPatch, type LogSettings } from '../log/settings';
import { DEFAULT_RADAR, MAX_PROCEDURE_STEPS, MAX_STEP_LENGTH, RADAR_LIMITS, type RadarSettings } from '../radar/settings';
import { parseKeywords, profileProblems, type Profile } from './profile';

const HOUR = 3_600_000;

export interface DepartmentRow {
  id: string;
  name: string;
  email: string;
  /** Agreed reply time in hours, as typed. */
  hours: string;
}

export interface LogForm {
  retention: string;
  hashAuthors: boolean;
  sla: string;
  followUpDays: string;
  responseRate: string;
}

/** The thresholds the form shows (minBaselinePerHour stays at its stored value: an expert knob). */
export type RadarFormKey = 'windowMinutes' | 'threadMinAuthors' | 'topicMinAuthors' | 'growthFactor' | 'baselineDays' | 'quietMinutes';
export const RADAR_FORM_KEYS: readonly RadarFormKey[] = ['threadMinAuthors', 'topicMinAuthors', 'growthFactor', 'windowMinutes', 'baselineDays', 'quietMinutes'];

export interface RadarForm extends Record<RadarFormKey, string> {
  enabled: boolean;
  procedure: string[];
}

export interface SettingsForm {
  /** The profile's other fields (its keywords and departments are the two fields below). */
  profile: Profile;
  /** One comma-separated line, split only on save so typing "a, " keeps its comma. */
  keywords: string;
  departments: DepartmentRow[];
  log: LogForm;
  radar: RadarForm;
}

/** Field id → problem. Ids: `p-…` profile, `l-…` log, `r-…` radar, `r-step-N`, `d-N-name|email|hours`. */
export type SettingsProblems = Record<string, string>;

/** Words for the problems this module finds itself (profile and log problems come from their own checks). */
export interface SettingsFormWords {
  wholeNumber(min: number, max: number): string;
  number(min: number, max: number): string;
  emptyStep: string;
  tooManySteps(max: number): string;
  stepTooLong(max: number): string;
}

const numberText = (n: number) => String(Math.round(n * 100) / 100);

export const toDepartmentRow = (d: Department): DepartmentRow => ({ id: d.id, name: d.name, email: d.email, hours: numberText(d.agreedMs / HOUR) });
export const toDepartment = (r: DepartmentRow): Department => ({ id: r.id, name: r.name.trim(), email: r.email.trim(), agreedMs: Math.round(Number(r.hours.replace(',', '.')) * HOUR) });

export function logForm(s: LogSettings): LogForm {
  return {
    retention: s.retentionDays === null ? '' : String(s.retentionDays),
    hashAuthors: s.hashAuthors,
    ...targetsToForm(s),
    followUpDays: String(s.followUpDays),
  };
}

export function radarForm(s: RadarSettings): RadarForm {
  const out = { enabled: s.enabled, procedure: [...s.procedure] } as RadarForm;
  for (const k of RADAR_FORM_KEYS) out[k] = numberText(s[k]);
  return out;
}

export function settingsForm(profile: Profile, log: LogSettings = DEFAULT_SETTINGS, radar: RadarSettings = DEFAULT_RADAR, departments: readonly Department[] = profile.departments): SettingsForm {
  return {
    // Keywords and departments are edited in their own fields below; kept once, not twice.
    profile: { ...profile, keywords: [], departments: [] },
    keywords: profile.keywords.join(', '),
    departments: departments.map(toDepartmentRow),
    log: logForm(log),
    radar: radarForm(radar),
  };
}

/** Same values in every field (what "unsaved" compares against the last saved form). */
export function sameSettings(a: SettingsForm, b: SettingsForm): boolean {
  return sameJson(a, b);
}

/** Which sections differ: each is stored on its own (profile + departments, log, radar). */
export function changedSections(a: SettingsForm, b: SettingsForm): { profile: boolean; log: boolean; radar: boolean } {
  return {
    profile: !sameJson([a.profile, a.keywords, a.departments], [b.profile, b.keywords, b.departments]),
    log: !sameJson(a.log, b.log),
    radar: !sameJson(a.radar, b.radar),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A number as typed: "1,5" is 1.5; empty or junk is NaN. */

export type ReadSettings =
  | { ok: true; profile: Profile; log: Partial<LogSettings>; radar: Partial<RadarSettings> }
  | { ok: false; problems: SettingsProblems };

export function readSettingsForm(form: SettingsForm, words: SettingsFormWords): ReadSettings {
  const problems: SettingsProblems = {};

  // Profile and departments.
  const departments = form.departments.map(toDepartment);
  departments.forEach((d, i) => {
    for (const [k, message] of Object.entries(departmentProblems(d, departments.slice(0, i))))
      problems[`d-${i}-${k === 'agreedMs' ? 'hours' : k}`] = message;
  });
  const profile: Profile = { ...form.profile, keywords: parseKeywords(form.keywords), departments };
  const cleanHandles = { x: profile.handles.x.trim().replace(/^@/, ''), facebook: profile.handles.facebook.trim().replace(/^@/, '') };
  const profileIds: Record<string, string> = { dmLink: 'p-dm', messengerLink: 'p-messenger', email: 'p-email', phone: 'p-phone', languages: 'p-languages', packCheckMinutes: 'p-every', handles: 'p-hx' };
  for (const [k, message] of Object.entries(profileProblems({ ...profile, handles: cleanHandles }))) problems[profileIds[k] ?? `p-${k}`] = message;

  // The log's settings: each field checked alone, so its problem sits beside it.
  const log: Partial<LogSettings> = {
    retentionDays: form.log.retention.trim() === '' ? null : formNumber(form.log.retention),
    hashAuthors: form.log.hashAuthors,
    ...targetsFromForm(form.log),
    followUpDays: formNumber(form.log.followUpDays),
  };
  const logIds: Array<[keyof LogSettings, string]> = [['slaTargetsMs', 'l-sla'], ['responseRateTarget', 'l-rate'], ['followUpDays', 'l-follow'], ['retentionDays', 'l-retention']];
  for (const [k, id] of logIds) {
    const problem = validateSettingsPatch({ [k]: log[k] });
    if (problem) problems[id] = problem;
  }

  // The crisis radar.
  const radar: Partial<RadarSettings> = { enabled: form.radar.enabled };
  for (const k of RADAR_FORM_KEYS) {
    const { min, max, integer } = RADAR_LIMITS[k];
    const n = formNumber(form.radar[k]);
    if (!(Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)))) problems[`r-${k}`] = integer ? words.wholeNumber(min, max) : words.number(min, max);
    else radar[k] = n;
  }
  form.radar.procedure.forEach((step, i) => {
    if (!step.trim()) problems[`r-step-${i}`] = words.emptyStep;
    else if (step.trim().length > MAX_STEP_LENGTH) problems[`r-step-${i}`] = words.stepTooLong(MAX_STEP_LENGTH);
  });
  if (form.radar.procedure.length > MAX_PROCEDURE_STEPS) problems['r-procedure'] = words.tooManySteps(MAX_PROCEDURE_STEPS);
  radar.procedure = form.radar.procedure.map((s) => s.trim());

  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, profile, log, radar };
}

/** Move one procedure step up (-1) or down (+1); out of range leaves the list as it is. */
export function moveStep(steps: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
