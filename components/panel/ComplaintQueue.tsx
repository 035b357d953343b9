/** The complaints to or about the brand on this page, unanswered first, then by priority. */
import type { QueueItem } from '@/lib/content/case/contract';
import type { PanelStrings } from '@/lib/i18n/panel';

export function ComplaintQueue({ items, t, onReveal, needsBrand = false }: { items: QueueItem[]; t: PanelStrings; onReveal(item: QueueItem): void; needsBrand?: boolean }) {
  return (
    <details className="soothe-queue" data-soothe="queue" open={needsBrand || items.some((i) => !i.answered)}>
      <summary>{t.queue(items.length)}</summary>
      {needsBrand ? (
        // Without a brand Soothe cannot tell whose complaint a post is: say what it needs, never guess.
        <p className="soothe-muted" data-soothe="queue-needs-brand">{t.queueNeedsBrand}</p>
      ) : items.length === 0 ? (
        <p className="soothe-muted">{t.queueEmpty}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.id} data-post-id={item.id} data-answered={item.answered}>
              <button type="button" className="soothe-queue-item" onClick={() => onReveal(item)}>
                <span className="soothe-queue-meta">
                  <strong>{item.author ?? '—'}</strong> · {t.categories[item.triage.category] ?? item.triage.category} · {item.answered ? t.answered : t.unanswered}
                  {item.triage.escalation ? ` · ${t.escalation}` : ''}
                </span>
                <span className="soothe-queue-text">{item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
