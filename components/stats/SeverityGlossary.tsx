/** What the severity words in the lists mean, folded under the lists (also each label's tooltip). */
import { SEVERITIES } from '@/lib/triage/categories';
import type { StatsStrings } from '@/lib/i18n/stats';
import type { DayStrings } from '@/lib/i18n/day';
import type { CaseLabels } from './labels';

export function SeverityGlossary({ d, labels }: { t: StatsStrings; d: DayStrings; labels: CaseLabels }) {
  return (
    <details className="fold" data-testid="severity-help">
      <summary>{d.severityHelpTitle}</summary>
      <dl className="glossary">
        {SEVERITIES.filter((s) => s !== 'none').map((s) => (
          <div key={s}>
            <dt>{labels.severity(s)}</dt>
            <dd>{labels.severityHelp(s)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
