/**
 * The headline: the response rate against its target, big, with answered of seen beside it; then
 * the median first response and the replies inserted. The rest of the numbers are in MoreNumbers.
 */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, formatShare, type Locale, type StatsStrings } from '@/lib/i18n/stats';

export function Headline({ stats, t, locale }: { stats: PopupStats; t: StatsStrings; locale: Locale }) {
  const rateClass = stats.meetsTarget === null ? '' : stats.meetsTarget ? 'good' : 'bad';
  return (
    <div className="headline" data-testid="headline">
      <p className="big">
        <span data-testid="response-rate" className={`rate ${rateClass}`} aria-label={t.responseRate}>
          {formatShare(stats.responseRate, locale, t)}
          <small>
            {' '}
            {t.target(formatShare(stats.responseRateTarget, locale, t))}
            {stats.meetsTarget === null ? '' : ` · ${stats.meetsTarget ? t.onTarget : t.belowTarget}`}
          </small>
        </span>
        <span className="of" aria-label={t.answeredOf(stats.answered, stats.seen)}>
          <span data-testid="answered">{stats.answered}</span> / <span data-testid="seen">{stats.seen}</span>
          <small> {t.answered} / {t.seen}</small>
        </span>
      </p>
      <dl className="headline-small">
        <dt>{t.frtMedian}</dt>
        <dd data-testid="frt-median">{formatDuration(stats.firstResponse.medianMs, t)}</dd>
        <dt>{t.insertions}</dt>
        <dd data-testid="insertions">{stats.insertions}</dd>
      </dl>
      {stats.answered > 0 && (
        // How often triage's category was wrong enough for the manager to correct it in the panel.
        <p className="note" data-testid="category-corrected" data-corrected={stats.categoryCorrected}>
          {t.categoryCorrected(stats.categoryCorrected, stats.answered)}
        </p>
      )}
    </div>
  );
}

/** The numbers behind the headline, folded away: spread of first responses and handling time. */
export function MoreNumbers({ stats, t }: { stats: PopupStats; t: StatsStrings }) {
  return (
    <>
      <dl>
        <dt>{t.seen}</dt>
        <dd>{stats.seen}</dd>
        <dt>{t.frtP90}</dt>
        <dd data-testid="frt-p90">{formatDuration(stats.firstResponse.p90Ms, t)}</dd>
        <dt>{t.handlingMedian}</dt>
        <dd data-testid="handling-median">{formatDuration(stats.handling.medianMs, t)}</dd>
      </dl>
      {stats.firstResponse.fromSeen > 0 && <p className="note">{t.fromSeenNote(stats.firstResponse.fromSeen)}</p>}
    </>
  );
}
