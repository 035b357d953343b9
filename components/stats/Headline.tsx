/** The headline numbers: seen, answered, response rate against target, response and handling times. */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, formatShare, type Locale, type StatsStrings } from '@/lib/i18n/stats';

export function Headline({ stats, t, locale }: { stats: PopupStats; t: StatsStrings; locale: Locale }) {
  const rateClass = stats.meetsTarget === null ? '' : stats.meetsTarget ? 'good' : 'bad';
  return (
    <>
      <dl className="headline">
        <dt>{t.seen}</dt>
        <dd data-testid="seen">{stats.seen}</dd>
        <dt>{t.answered}</dt>
        <dd data-testid="answered">{stats.answered}</dd>
        <dt>{t.responseRate}</dt>
        <dd data-testid="response-rate" className={rateClass}>
          {formatShare(stats.responseRate, locale, t)}
          <small>
            {' '}
            ({t.target(formatShare(stats.responseRateTarget, locale, t))}
            {stats.meetsTarget === null ? '' : `, ${stats.meetsTarget ? t.onTarget : t.belowTarget}`})
          </small>
        </dd>
        <dt>{t.frtMedian}</dt>
        <dd data-testid="frt-median">{formatDuration(stats.firstResponse.medianMs, t)}</dd>
        <dt>{t.frtP90}</dt>
        <dd data-testid="frt-p90">{formatDuration(stats.firstResponse.p90Ms, t)}</dd>
        <dt>{t.handlingMedian}</dt>
        <dd data-testid="handling-median">{formatDuration(stats.handling.medianMs, t)}</dd>
        <dt>{t.insertions}</dt>
        <dd data-testid="insertions">{stats.insertions}</dd>
      </dl>
      {stats.firstResponse.fromSeen > 0 && <p className="note">{t.fromSeenNote(stats.firstResponse.fromSeen)}</p>}
    </>
  );
}
