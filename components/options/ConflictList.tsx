/** A pack's conflicts, the user's version beside the pack's new one, with "keep mine" / "take theirs". */
import { mutateLibrary } from '@/lib/library/store/store';
import { resolvePackConflict, type PackEntry } from '@/lib/library/store/store-state';
import type { PackConflict } from '@/lib/library/store/merge';
import { templateBody, type FaqEntry, type PackTemplate } from '@/lib/library/pack/pack-schema';
import { useOptions } from './context';

export function ConflictList({ packId, entry }: { packId: string; entry: PackEntry }) {
  const { t } = useOptions();
  const conflicts = entry.installed.conflicts;
  if (conflicts.length === 0) return null;
  const choose = (c: PackConflict, choice: 'mine' | 'theirs') => mutateLibrary((s, now) => resolvePackConflict(s, packId, c.kind, c.id, choice, now));
  return (
    <section className="conflicts" aria-label={t.conflictsTitle(conflicts.length)} data-testid={`conflicts-${packId}`}>
      <h4>{t.conflictsTitle(conflicts.length)}</h4>
      <p className="note">{t.conflictIntro}</p>
      {conflicts.map((c) => (
        <article key={`${c.kind}:${c.id}`} className="conflict" data-testid={`conflict-${c.id}`}>
          <h5>
            {c.kind === 'template' ? (c.mine as PackTemplate).title : (c.mine as FaqEntry).question} <code>{c.id}</code>
          </h5>
          <div className="side-by-side">
            <div>
              <h6>{t.mine}</h6>
              <p className="item-text" data-testid="conflict-mine">{itemText(c.mine)}</p>
            </div>
            <div>
              <h6>{t.theirs}</h6>
              <p className="item-text" data-testid="conflict-theirs">{c.theirs ? itemText(c.theirs) : <em>{t.theirsRemoved}</em>}</p>
            </div>
          </div>
          <div className="actions">
            <button type="button" onClick={() => void choose(c, 'mine')}>{t.keepMine}</button>
            <button type="button" onClick={() => void choose(c, 'theirs')}>{t.takeTheirs}</button>
          </div>
        </article>
      ))}
    </section>
  );
}

function itemText(item: PackTemplate | FaqEntry): string {
  return 'parts' in item ? templateBody(item) : item.answer;
}
