/** Complaints still waiting for a reply, oldest first, with a link back to each. */
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, type StatsStrings } from '@/lib/i18n/stats';

/** Only web addresses become links: the URL came from a page, never trust its scheme. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

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
          {items.map((c) => {
            const href = safeHref(c.url);
            const label = `${t.platforms[c.platform] ?? c.platform}${c.category ? ` · ${c.category}` : ''}${c.severity ? ` · ${c.severity}` : ''}`;
            return (
              <li key={c.key}>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer">
                    {label}
                  </a>
                ) : (
                  <span>{label}</span>
                )}{' '}
                <small>{t.waiting(formatDuration(c.waitingMs, t))}</small>
              </li>
            );
          })}
          {total > items.length && <li className="note">{t.unansweredMore(total - items.length)}</li>}
        </ul>
      )}
    </section>
  );
}
