/** SLA attainment: share of answered complaints whose first response was within each target. */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, formatShare, type Locale, type StatsStrings } from '@/lib/i18n/stats';

export function SlaList({ sla, t, locale }: { sla: PopupStats['sla']; t: StatsStrings; locale: Locale }) {
  return (
    <section aria-label={t.sla}>
      <h2>{t.sla}</h2>
      <ul className="sla">
        {sla.map((s) => (
          <li key={s.targetMs} data-testid={`sla-${s.targetMs}`}>
            <span>{t.within(formatDuration(s.targetMs, t))}</span>
            <meter min={0} max={1} value={s.rate ?? 0} />
            <strong>{formatShare(s.rate, locale, t)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
