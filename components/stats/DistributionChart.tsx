/** How first response times spread over the buckets, as inline SVG bars. */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, type StatsStrings } from '@/lib/i18n/stats';

const W = 268;
const ROW = 14;

export function bucketLabel(b: PopupStats['distribution'][number], prev: number | null, t: StatsStrings): string {
  return b.upToMs === null ? t.more(formatDuration(prev, t)) : t.upTo(formatDuration(b.upToMs, t));
}

export function DistributionChart({ distribution, t }: { distribution: PopupStats['distribution']; t: StatsStrings }) {
  const max = Math.max(1, ...distribution.map((b) => b.count));
  const labelW = 80;
  return (
    <section aria-label={t.distribution}>
      <h2>{t.distribution}</h2>
      <svg className="chart" viewBox={`0 0 ${W} ${distribution.length * ROW}`} role="img" aria-label={t.distribution} data-testid="distribution-chart">
        {distribution.map((b, i) => {
          const label = bucketLabel(b, distribution[i - 1]?.upToMs ?? null, t);
          const w = (b.count / max) * (W - labelW - 24);
          return (
            <g key={i} transform={`translate(0 ${i * ROW})`}>
              <text x={0} y={10} className="axis">{label}</text>
              <rect className="answered" x={labelW} y={2} width={w} height={ROW - 4} />
              <text x={labelW + w + 3} y={10} className="axis">{b.count}</text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
