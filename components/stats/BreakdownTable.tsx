/** Breakdown rows (platform, category): seen, answered, median first response. */
import type { Breakdown, TemplateBreakdown } from '@/lib/log/metrics';
import { formatDuration, type StatsStrings } from '@/lib/i18n/stats';

export function BreakdownTable({ title, rows, label, t, testId }: { title: string; rows: Breakdown[]; label(key: string): string; t: StatsStrings; testId: string }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th>{t.colKey}</th>
            <th>{t.colSeen}</th>
            <th>{t.colAnswered}</th>
            <th>{t.colMedian}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{String(label(r.key))}</th>
              <td>{r.seen}</td>
              <td>{r.answered}</td>
              <td>{formatDuration(r.medianFirstResponseMs, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Templates by their title in the library (the id only when the template is gone from it). */
export function TemplateTable({ rows, t, title = () => undefined }: { rows: TemplateBreakdown[]; t: StatsStrings; title?(id: string): string | undefined }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={t.byTemplate}>
      <h2>{t.byTemplate}</h2>
      <table data-testid="by-template">
        <thead>
          <tr>
            <th>{t.colKey}</th>
            <th>{t.colInserted}</th>
            <th>{t.colSeen}</th>
            <th>{t.colAnswered}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.templateId}>
              <th scope="row">{String(title(String(r.templateId)) ?? r.templateId)}</th>
              <td>{r.inserted}</td>
              <td>{r.cases}</td>
              <td>{r.answered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
