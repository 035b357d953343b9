/** Response-time targets as the settings forms show them (minutes, comma-separated; a percentage) and back. */
import type { LogSettings } from '../log/settings';

const MIN = 60_000;

export interface TargetsForm {
  sla: string;
  responseRate: string;
}

export function targetsToForm(s: Pick<LogSettings, 'slaTargetsMs' | 'responseRateTarget'>): TargetsForm {
  return { sla: s.slaTargetsMs.map((ms) => String(Math.round(ms / MIN))).join(', '), responseRate: String(Math.round(s.responseRateTarget * 100)) };
}

/** The patch for 'log:updateSettings'; validateSettingsPatch (lib/log/settings.ts) says what is wrong with it. */
export function targetsFromForm(f: TargetsForm): Pick<LogSettings, 'slaTargetsMs' | 'responseRateTarget'> {
  return {
    slaTargetsMs: f.sla.split(',').map((s) => s.trim()).filter(Boolean).map((s) => formNumber(s) * MIN),
    responseRateTarget: formNumber(f.responseRate) / 100,
  };
}

/** A number as typed in a form: blank is no number (NaN, refused by validation), a decimal comma is accepted. */
export const formNumber = (s: string) => (s.trim() === '' ? NaN : Number(s.trim().replace(',', '.')));
