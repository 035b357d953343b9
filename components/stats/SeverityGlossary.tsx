/** What the severity words in the lists mean, folded under the lists (also each label's tooltip). */
import { SEVERITIES } from '@/lib/triage/categories';
import type { StatsStrings } from '@/lib/i18n/stats';
import type { CaseLabels } from './labels';

export function SeverityGlossary({ t, labels }: { t: StatsStrings; labels: CaseLabels }) {
  return (
    <details className="fold" data-testid="severity-help">
      <summary>{t.severityHelpTitle}</summary>
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
