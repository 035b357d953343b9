/**
 * The reply checklist as lines (what the panel lists and what the Soothe button counts), and the
 * findings worth a word beside the composer before the manager presses the site's Reply.
 */
import type { RuleId, RuleReport } from './types';

export type CheckKey = 'apology' | 'fix' | 'private' | 'noBlame' | 'noBoilerplate' | 'noPersonalData' | 'length' | 'tone';

/** Which findings break which checklist line. */
const BROKEN_BY: Record<Exclude<CheckKey, 'apology' | 'fix' | 'private'>, RuleId[]> = {
  noBlame: ['blame', 'lecturing'],
  noBoilerplate: ['boilerplate'],
  noPersonalData: ['public-personal-data'],
  length: ['too-long'],
  tone: ['shouting', 'exclamation'],
};

export interface CheckLine {
  key: CheckKey;
  ok: boolean;
  /** The finding behind a broken line, when there is one. */
  rule?: RuleId;
  hint?: string;
}

export function checklistLines(report: RuleReport): CheckLine[] {
  const finding = (rules: RuleId[]) => report.findings.find((f) => rules.includes(f.rule));
  const part = (key: CheckKey, ok: boolean, rule: RuleId): CheckLine => {
    const f = finding([rule]);
    return { key, ok, ...(f ? { rule: f.rule, hint: f.hint } : {}) };
  };
  return [
    part('apology', report.apology, 'missing-apology'),
    part('fix', report.fix, 'missing-fix'),
    part('private', report.private, 'missing-private'),
    ...(Object.entries(BROKEN_BY) as Array<[CheckKey, RuleId[]]>).map(([key, rules]): CheckLine => {
      const f = finding(rules);
      return { key, ok: !f, ...(f ? { rule: f.rule, hint: f.hint } : {}) };
    }),
  ];
}

/** Findings a customer must never see go out (shown beside the composer, never blocking the site). */
const ALERT_RULES: readonly RuleId[] = ['blame', 'lecturing', 'public-personal-data', 'too-long'];

export interface DraftState {
  /** Broken checklist lines: the number on the Soothe button. */
  failing: number;
  /** The serious findings, in checklist order. */
  alerts: RuleId[];
}

export function draftState(report: RuleReport | null): DraftState | null {
  if (!report) return null;
  const lines = checklistLines(report);
  return {
    failing: lines.filter((l) => !l.ok).length,
    alerts: lines.flatMap((l) => (!l.ok && l.rule && ALERT_RULES.includes(l.rule) ? [l.rule] : [])),
  };
}
