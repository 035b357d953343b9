/** What a pack version changes: templates and FAQ added, changed (with the fields) and removed, and the changelog. */
import type { PackDiff } from '@/lib/library/pack/diff';
import { useOptions } from './context';

export function DiffView({ diff }: { diff: PackDiff }) {
  const { t } = useOptions();
  const sections = [
    { label: t.added, cls: 'added', items: [...diff.templates.added.map((x) => ({ id: x.id, text: x.title })), ...diff.faq.added.map((x) => ({ id: x.id, text: x.question }))] },
    { label: t.changed, cls: 'changed', items: [...diff.templates.changed.map((c) => ({ id: c.id, text: `${c.after.title} (${c.fields.join(', ')})` })), ...diff.faq.changed.map((c) => ({ id: c.id, text: `${c.after.question} (${c.fields.join(', ')})` }))] },
    { label: t.removed, cls: 'removed', items: [...diff.templates.removed.map((x) => ({ id: x.id, text: x.title })), ...diff.faq.removed.map((x) => ({ id: x.id, text: x.question }))] },
  ];
  const empty = sections.every((s) => s.items.length === 0);
  return (
    <div className="diff" data-testid="diff">
      <h5>{t.diffTitle(diff.fromVersion, diff.toVersion)}</h5>
      {empty && <p className="muted">{t.noChanges}</p>}
      {sections.map((s) =>
        s.items.length === 0 ? null : (
          <div key={s.cls} className={`diff-section ${s.cls}`} data-testid={`diff-${s.cls}`}>
            <h6>
              {s.label} ({s.items.length})
            </h6>
            <ul>
              {s.items.map((i) => (
                <li key={i.id}>
                  <code>{i.id}</code> {i.text}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {diff.changelog.length > 0 && (
        <div className="diff-section">
          <h6>{t.changelog}</h6>
          <ul>
            {diff.changelog.map((c) => (
              <li key={c.version}>
                <strong>{c.version}</strong>
                {c.date ? ` (${c.date})` : ''}: {c.changes.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
