/**
 * Complaints still waiting for a reply, oldest first: who, what they wrote, how long they have
 * waited, and a link back to the post — enough to pick the next one from the popup alone. The oldest
 * few are open; the rest sit in a fold, so the popup keeps to Chrome's 600 px however long the queue.
 */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, type StatsStrings } from '@/lib/i18n/stats';
import { safeHref } from './CaseLink';
import type { CaseLabels } from './labels';

/** How many waiting complaints show before the fold: three fit beside the headline without scrolling. */
export const SHOWN_BEFORE_FOLD = 3;

export function UnansweredList({ items, total, t, labels }: { items: PopupStats['unanswered']; total: number; t: StatsStrings; labels: CaseLabels }) {
  return (
    <section aria-label={t.unanswered} className="unanswered-section">
      <h2>
        {t.unanswered} <span data-testid="unanswered-total">{total}</span>
      </h2>
      {total === 0 ? (
        <p className="note">{t.unansweredNone}</p>
      ) : (
        <>
          <ul className="unanswered" data-testid="unanswered">
            {items.slice(0, SHOWN_BEFORE_FOLD).map((c) => (
              <WaitingCase key={c.key} c={c} t={t} labels={labels} />
            ))}
            {items.length <= SHOWN_BEFORE_FOLD && total > items.length && <li className="note">{t.unansweredMore(total - items.length)}</li>}
          </ul>
          {items.length > SHOWN_BEFORE_FOLD && (
            <details className="fold" data-testid="unanswered-fold">
              <summary>{t.unansweredMore(total - SHOWN_BEFORE_FOLD)}</summary>
              <ul className="unanswered">
                {items.slice(SHOWN_BEFORE_FOLD).map((c) => (
                  <WaitingCase key={c.key} c={c} t={t} labels={labels} />
                ))}
                {total > items.length && <li className="note">{t.unansweredMore(total - items.length)}</li>}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function WaitingCase({ c, t, labels }: { c: PopupStats['unanswered'][number]; t: StatsStrings; labels: CaseLabels }) {
  const href = safeHref(typeof c.url === 'string' ? c.url : null); // stored data: only web links, rendered as text
  const name = str(c.authorName) ?? (str(c.author) ? `@${c.author}` : t.customer);
  const meta = [labels.platform(c.platform), labels.category(c.category), labels.severity(c.severity)].filter(Boolean).join(' · ');
  const help = labels.severityHelp(c.severity);
  return (
    <li data-testid="unanswered-item">
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
}

/** Stored rows may hold anything: only a non-empty string is shown. */
function str(x: unknown): string | null {
  return typeof x === 'string' && x.trim() ? x : null;
}
