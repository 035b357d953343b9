/** Today / 7 days / 30 days / a year, as a radio-like button group. */
import type { Period } from '@/lib/log/metrics';
import type { StatsStrings } from '@/lib/i18n/stats';

const PERIODS: Period[] = ['today', '7d', '30d', '365d'];

export function PeriodSwitch({ value, onChange, t }: { value: Period; onChange(p: Period): void; t: StatsStrings }) {
  return (
    <div className="period-switch" role="group" aria-label={t.periodLabel}>
      {PERIODS.map((p) => (
        <button key={p} type="button" data-testid={`period-${p}`} aria-pressed={value === p} onClick={() => onChange(p)}>
          {t.periods[p]}
        </button>
      ))}
    </div>
  );
}
