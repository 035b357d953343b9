/** What Soothe understood of the post: language, complaint or not, category, severity, escalation, flags, and the clock. */
import { formatWait, type PanelStrings } from '@/lib/i18n/panel';
import type { TriageResult } from '@/lib/triage';

export function TriageSummary({ triage, postedAt, targetsMs, now, answeredAt = null, t }: {
  triage: TriageResult | null;
  postedAt: number | null;
  targetsMs: number[];
  now: number;
  /** When the reply went out: the clock stops there and says so. */
  answeredAt?: number | null;
  t: PanelStrings;
}) {
  const waited = postedAt !== null ? Math.max(0, (answeredAt ?? now) - postedAt) : null;
  return (
    <div className="soothe-triage" data-soothe="triage">
      <div className="soothe-chips">
        <span className="soothe-chip" data-soothe="lang">{t.languages[triage?.lang ?? 'other']}</span>
        {triage && (
          <>
            <span className={`soothe-chip ${triage.complaint ? 'soothe-chip-strong' : ''}`} data-soothe="complaint">
              {triage.complaint ? t.complaint : t.notComplaint}
            </span>
            {triage.complaint && <span className="soothe-chip" data-soothe="category">{t.categories[triage.category] ?? triage.category}</span>}
            {triage.complaint && <span className="soothe-chip" data-soothe="severity">{t.severities[triage.severity] ?? triage.severity}</span>}
            {triage.escalation && (
              <span className="soothe-chip soothe-chip-alert" data-soothe="escalation">
                {t.escalation}: {triage.escalations.map((e) => t.escalations[e] ?? e).join(', ')}
              </span>
            )}
          </>
        )}
      </div>
      {triage?.flags.filter((f) => f === 'joke' || f === 'mixed').map((f) => (
        <p key={f} className="soothe-warning" data-soothe={`flag-${f}`}>{t.flags[f]}</p>
      ))}
      <p className="soothe-clock" data-soothe="clock" data-answered={answeredAt !== null || undefined}>
        {waited === null ? (
          t.noTime
        ) : (
          <>
            <span>{answeredAt !== null ? t.answeredIn(formatWait(waited, t)) : t.waited(formatWait(waited, t))}</span>
            {targetsMs.map((target) => (
              <span key={target} className={waited <= target ? 'soothe-ok' : 'soothe-late'}>
                {t.target(formatWait(target, t), waited <= target)}
              </span>
            ))}
          </>
        )}
      </p>
    </div>
  );
}
