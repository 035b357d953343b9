/** The reply rules, checked live against the draft in the composer (lines from lib/rules/checklist). */
import type { PanelStrings } from '@/lib/i18n/panel';
import type { RuleReport } from '@/lib/rules';
import { checklistLines } from '@/lib/rules/checklist';

export function Checklist({ report, t }: { report: RuleReport | null; t: PanelStrings }) {
  if (!report) return <p className="soothe-muted" data-soothe="checklist-empty">{t.checklistEmpty}</p>;
  // The hint in the panel's language when there is one, else the checker's own (English) text.
  const lines = checklistLines(report).map((l) => ({ ...l, hint: l.rule ? t.ruleHints[l.rule] ?? l.hint : undefined }));
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
