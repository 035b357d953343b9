/**
 * Complaints still waiting for a reply, oldest first: who, what they wrote, how long they have
 * waited, and a link back to the post — enough to pick the next one from the popup alone.
 */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, type StatsStrings } from '@/lib/i18n/stats';
import { safeHref } from './CaseLink';
import type { CaseLabels } from './labels';

export function UnansweredList({ items, total, t, labels }: { items: PopupStats['unanswered']; total: number; t: StatsStrings; labels: CaseLabels }) {
  return (
    <section aria-label={t.unanswered} className="unanswered-section">
      <h2>
        {t.unanswered} <span data-testid="unanswered-total">{total}</span>
      </h2>
      {total === 0 ? (
        <p className="note">{t.unansweredNone}</p>
      ) : (
        <ul className="unanswered" data-testid="unanswered">
          {items.map((c) => {
            const href = safeHref(typeof c.url === 'string' ? c.url : null); // stored data: only web links, rendered as text
            const name = str(c.authorName) ?? (str(c.author) ? `@${c.author}` : t.customer);
            const meta = [labels.platform(c.platform), labels.category(c.category), labels.severity(c.severity)].filter(Boolean).join(' · ');
            const help = labels.severityHelp(c.severity);
            return (
              <li key={c.key} data-testid="unanswered-item">
                <div className="who">
                  <strong data-testid="unanswered-name">{name}</strong>
                  <span className="wait" data-testid="unanswered-wait">{t.waiting(formatDuration(c.waitingMs, t))}</span>
                </div>
                <p className="excerpt" data-testid="unanswered-text">{str(c.excerpt) ?? <i>{t.noExcerpt}</i>}</p>
                <div className="meta">
                  <small title={help ?? undefined}>{meta}</small>
                  {href && (
                    <a href={href} target="_blank" rel="noreferrer" data-testid="unanswered-link">
                      {t.open} ↗
                    </a>
                  )}
                </div>
              </li>
            );
          })}
          {total > items.length && <li className="note">{t.unansweredMore(total - items.length)}</li>}
        </ul>
      )}
    </section>
  );
}

/** Stored rows may hold anything: only a non-empty string is shown. */
function str(x: unknown): string | null {
  return typeof x === 'string' && x.trim() ? x : null;
}
