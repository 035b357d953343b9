/** Helpers for the rule-checker tests. */
import { expect } from 'vitest';
import { checkReply, type Finding, type RuleId, type RuleReport } from '../../../lib/rules/index';

/** The text a finding points at. */
export const spanText = (text: string, f: Finding) => text.slice(f.start, f.end);

export function findingsOf(report: RuleReport, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

export function rules(report: RuleReport): RuleId[] {
  return report.findings.map((f) => f.rule);
}

/** Each text, checked in `lang`, has `flag` (blame, fix, …) as `expected`; a failure names the text. */
export function expectEach(flag: 'blame' | 'fix', lang: 'en' | 'pl' | 'el', expected: boolean, texts: readonly string[]): void {
  for (const text of texts) expect(checkReply(text, { lang, platform: 'x' })[flag], text).toBe(expected);
}
