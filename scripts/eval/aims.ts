/**
 * The aims at a glance: each section of `npm run eval` records the measured number beside its aim as it
 * computes it, and the report ends with one table of every aim it measured, met or not. Only the sections that ran
 * appear (`npm run eval -- rules` lists the checker's aims alone).
 */
export type AimSide = 'training-side CV' | 'dev (tuned on)' | 'held out' | 'external';

export interface Aim {
  /** What is measured, e.g. `complaint macro-F1, airline tweets`. */
  what: string;
  side: AimSide;
  measured: number;
  target: number;
  /** `≥`: at least the target; `≤`: at most. */
  direction: '≥' | '≤';
  /** Shown as a percentage (the value is a share 0..1). */
  percent?: boolean;
  /** Why the aim is not met, when it is not: what the measurement itself shows (printed under the table). */
  whyNot?: string;
}

const aims: Aim[] = [];

export function recordAim(aim: Aim): void {
  aims.push(aim);
}

export const aimMet = (a: Aim): boolean => (a.direction === '≥' ? a.measured >= a.target - 1e-9 : a.measured <= a.target + 1e-9);

const show = (v: number, percent?: boolean) => (percent ? `${(100 * v).toFixed(1)} %` : v.toFixed(3));

/** The table of every recorded aim, or '' when none was. */
export function aimsTable(recorded: readonly Aim[] = aims): string {
  if (!recorded.length) return '';
  const met = recorded.filter(aimMet).length;
  return [
    '## Aims at a glance',
    '',
    `${met} of ${recorded.length} aims measured here are met. Each row comes from the section above that measured it.`,
    '',
    '| aim | data | measured | target | met |',
    '| --- | --- | ---: | ---: | --- |',
    ...recorded.map((a) => `| ${a.what} | ${a.side} | ${show(a.measured, a.percent)} | ${a.direction} ${show(a.target, a.percent)} | ${aimMet(a) ? 'yes' : '**no**'} |`),
    ...whyNotList(recorded.filter((a) => !aimMet(a))),
  ].join('\n');
}

/** The aims not met, grouped by the reason their sections give (one line per reason, the aims it covers beneath). */
function whyNotList(unmet: readonly Aim[]): string[] {
  if (!unmet.length) return [];
  const byReason = new Map<string, string[]>();
  for (const a of unmet) {
    const why = a.whyNot ?? 'no reason recorded';
    byReason.set(why, [...(byReason.get(why) ?? []), a.what]);
  }
  return ['', '### Not met, and why', '', ...[...byReason].flatMap(([why, what]) => [`- ${why}`, ...what.map((w) => `  - ${w}`)])];
}
