/** The reply rules, checked live against the draft in the composer. */
import type { PanelStrings } from '@/lib/i18n/panel';
import type { RuleId, RuleReport } from '@/lib/rules';

type CheckKey = keyof PanelStrings['checks'];

/** Which findings break which checklist line. */
const BROKEN_BY: Record<Exclude<CheckKey, 'apology' | 'fix' | 'private'>, RuleId[]> = {
  noBlame: ['blame', 'lecturing'],
  noBoilerplate: ['boilerplate'],
  noPersonalData: ['public-personal-data'],
  length: ['too-long'],
  tone: ['shouting', 'exclamation'],
};

export function Checklist({ report, t }: { report: RuleReport | null; t: PanelStrings }) {
  if (!report) return <p className="soothe-muted" data-soothe="checklist-empty">{t.checklistEmpty}</p>;
  // The hint in the panel's language when there is one, else the checker's own (English) text.
  const hintFor = (rules: RuleId[]) => {
    const finding = report.findings.find((f) => rules.includes(f.rule));
    return finding ? { hint: t.ruleHints[finding.rule] ?? finding.hint } : null;
  };
  const lines: Array<{ key: CheckKey; ok: boolean; hint?: string }> = [
    { key: 'apology', ok: report.apology, hint: hintFor(['missing-apology'])?.hint },
    { key: 'fix', ok: report.fix, hint: hintFor(['missing-fix'])?.hint },
    { key: 'private', ok: report.private, hint: hintFor(['missing-private'])?.hint },
    ...(Object.entries(BROKEN_BY) as Array<[CheckKey, RuleId[]]>).map(([key, rules]) => {
      const found = hintFor(rules);
      return { key, ok: !found, hint: found?.hint };
    }),
  ];
  return (
    <ul className="soothe-checklist" aria-label={t.checklist} data-soothe="checklist">
      {lines.map(({ key, ok, hint }) => (
        <li key={key} data-check={key} data-ok={ok} className={ok ? 'soothe-ok' : 'soothe-late'}>
          <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {t.checks[key]}
          {!ok && hint && <span className="soothe-hint"> — {hint}</span>}
        </li>
      ))}
    </ul>
  );
}
