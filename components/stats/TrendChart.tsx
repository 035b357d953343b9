/** Daily trend: seen (light) and answered (dark) bars per day, as inline SVG. */
import type { PopupStats } from '@/lib/messaging/protocol';
import type { StatsStrings } from '@/lib/i18n/stats';

const W = 268;
const H = 64;

export function TrendChart({ trend, t }: { trend: PopupStats['trend']; t: StatsStrings }) {
  const max = Math.max(1, ...trend.map((d) => d.seen));
  const slot = W / Math.max(1, trend.length);
  const bar = Math.max(2, slot * 0.7);
  return (
    <section aria-label={t.trend}>
      <h2>{t.trend}</h2>
      <svg className="chart" viewBox={`0 0 ${W} ${H + 12}`} role="img" aria-label={t.trend} data-testid="trend-chart">
        {trend.map((d, i) => {
          const x = i * slot + (slot - bar) / 2;
          const hs = (d.seen / max) * H;
          const ha = (d.answered / max) * H;
          return (
            <g key={d.day}>
              <title>{`${d.day}: ${d.seen} ${t.trendLegend.seen}, ${d.answered} ${t.trendLegend.answered}`}</title>
              <rect className="seen" x={x} y={H - hs} width={bar} height={hs} />
              <rect className="answered" x={x} y={H - ha} width={bar} height={ha} />
            </g>
          );
        })}
        {trend.length > 0 && (
          <>
            <text x={0} y={H + 11} className="axis">{trend[0]!.day.slice(5)}</text>
            {trend.length > 1 && <text x={W} y={H + 11} className="axis" textAnchor="end">{trend.at(-1)!.day.slice(5)}</text>}
          </>
        )}
      </svg>
      <p className="legend">
        <span className="swatch seen" /> {t.trendLegend.seen} <span className="swatch answered" /> {t.trendLegend.answered}
      </p>
    </section>
  );
}
