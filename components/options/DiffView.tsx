/**
 * What a pack version changes: templates and FAQ added, changed and removed, and the changelog. A
 * changed item shows its wording, field by field, old and new, with the words that changed marked
 * (deleted struck through, added highlighted), so a team member reviews the text, not field names.
 */
import { wordingChanges, type ItemChange, type PackDiff } from '@/lib/library/pack/diff';
import type { WordRun } from '@/lib/library/pack/word-diff';
import { useOptions } from './context';

type FieldLabels = Record<string, string>;

function fieldLabel(field: string, labels: FieldLabels): string {
  const key = field.startsWith('parts.') ? field.slice('parts.'.length) : field;
  return labels[key] ?? field;
}

/** One side of a word diff: unchanged words as text, this side's changes marked. */
function Side({ runs, side }: { runs: WordRun[]; side: 'before' | 'after' }) {
  return (
    <>
      {runs.map((r, i) =>
        r.op === 'same' ? (
          <span key={i}>{r.text}</span>
        ) : r.op === 'del' && side === 'before' ? (
          <del key={i}>{r.text}</del>
        ) : r.op === 'add' && side === 'after' ? (
          <ins key={i}>{r.text}</ins>
        ) : null,
      )}
    </>
  );
}

function Wording<T extends object>({ change, labels }: { change: ItemChange<T>; labels: FieldLabels }) {
  const { t: p } = useOptions();
  return (
    <dl className="wording" data-testid={`wording-${change.id}`}>
      {wordingChanges(change).map((w) => (
        <div key={w.field} data-field={w.field}>
          <dt>{fieldLabel(w.field, labels)}</dt>
          <dd data-testid="wording-before">
            <span className="muted small">{p.before}: </span>
            <Side runs={w.runs} side="before" />
          </dd>
          <dd data-testid="wording-after">
            <span className="muted small">{p.after}: </span>
            <Side runs={w.runs} side="after" />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function DiffView({ diff }: { diff: PackDiff }) {
  const { t } = useOptions();
  const labels: FieldLabels = { ...t.fields, short: t.shortField, kind: t.templateKind };
  const added = [...diff.templates.added.map((x) => ({ id: x.id, text: x.title })), ...diff.faq.added.map((x) => ({ id: x.id, text: x.question }))];
  const removed = [...diff.templates.removed.map((x) => ({ id: x.id, text: x.title })), ...diff.faq.removed.map((x) => ({ id: x.id, text: x.question }))];
  const changedCount = diff.templates.changed.length + diff.faq.changed.length;
  const empty = added.length + removed.length + changedCount === 0;
  const list = (label: string, cls: string, items: Array<{ id: string; text: string }>) =>
    items.length === 0 ? null : (
      <div className={`diff-section ${cls}`} data-testid={`diff-${cls}`}>
        <h6>
          {label} ({items.length})
        </h6>
        <ul>
          {items.map((i) => (
            <li key={i.id}>
              <code>{i.id}</code> {i.text}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="diff" data-testid="diff">
      <h5>{t.diffTitle(diff.fromVersion, diff.toVersion)}</h5>
      {empty && <p className="muted">{t.noChanges}</p>}
      {list(t.added, 'added', added)}
      {changedCount > 0 && (
        <div className="diff-section changed" data-testid="diff-changed">
          <h6>
            {t.changed} ({changedCount})
          </h6>
          <ul>
            {diff.templates.changed.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code> {c.after.title}
                <Wording change={c} labels={labels} />
              </li>
            ))}
            {diff.faq.changed.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code> {c.after.question}
                <Wording change={c} labels={labels} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {list(t.removed, 'removed', removed)}
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
