/** Complaints still waiting for a reply, oldest first, with a link back to each. */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, platformName, type StatsStrings } from '@/lib/i18n/stats';
import { CaseLink } from './CaseLink';

export function UnansweredList({ items, total, t }: { items: PopupStats['unanswered']; total: number; t: StatsStrings }) {
  return (
    <section aria-label={t.unanswered}>
      <h2>
        {t.unanswered} <span data-testid="unanswered-total">{total}</span>
      </h2>
      {total === 0 ? (
        <p className="note">{t.unansweredNone}</p>
      ) : (
        <ul className="unanswered" data-testid="unanswered">
          {items.map((c) => (
            <li key={c.key}>
              <CaseLink url={c.url} label={`${platformName(c.platform, t) ?? c.platform}${c.category ? ` · ${c.category}` : ''}${c.severity ? ` · ${c.severity}` : ''}`} />{' '}
              <small>{t.waiting(formatDuration(c.waitingMs, t))}</small>
            </li>
          ))}
          {total > items.length && <li className="note">{t.unansweredMore(total - items.length)}</li>}
        </ul>
      )}
    </section>
  );
}
