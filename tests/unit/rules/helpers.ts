/** Helpers for the rule-checker tests. */
import type { Finding, RuleId, RuleReport } from '../../../lib/rules/index';

/** The text a finding points at. */
export const spanText = (text: string, f: Finding) => text.slice(f.start, f.end);

export function findingsOf(report: RuleReport, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

export function rules(report: RuleReport): RuleId[] {
  return report.findings.map((f) => f.rule);
}
