/** Cases handed to another team that are past the reply time agreed with it, longest overdue first. */
import type { OverdueHandOff } from '@/lib/handoff/overdue';
import { HANDOFF_STRINGS } from '@/lib/i18n/handoff';
import { formatDuration, platformName, type Locale, type StatsStrings } from '@/lib/i18n/stats';
import { CaseLink } from './CaseLink';
import type { CaseLabels } from './labels';

/** "x" → "X"; "web:shop.example" → "shop.example". */
export function platformLabel(platform: string, t: StatsStrings): string {
  return platformName(platform, t) ?? (platform.startsWith('web:') ? platform.slice(4) : platform);
}

export function OverdueHandOffs({ items, total, t, locale, labels }: { items: OverdueHandOff[]; total: number; t: StatsStrings; locale: Locale; labels?: CaseLabels }) {
  if (total === 0) return null;
  const h = HANDOFF_STRINGS[locale];
  return (
    <section aria-label={h.overdueTitle(total)} data-testid="overdue-handoffs">
      <h2 className="alert">{h.overdueTitle(total)}</h2>
      <ul className="unanswered">
        {items.map((c) => {
          const category = c.category ? (labels?.category(c.category) ?? c.category) : null;
          const label = `${platformLabel(c.platform, t)}${category ? ` · ${category}` : ''}`;
          return (
            <li key={c.key} data-testid="overdue-handoff">
              <CaseLink url={c.url} label={label} />{' '}
              <strong>{h.handedTo(c.department)}</strong>, <span data-testid="overdue-by">{h.overdueBy(formatDuration(c.overdueMs, t))}</span>{' '}
              <small>({h.customerWaiting(formatDuration(c.waitingMs, t))})</small>
            </li>
          );
        })}
        {total > items.length && <li className="note">{t.unansweredMore(total - items.length)}</li>}
      </ul>
    </section>
  );
}
