/**
 * Browse and search every template and FAQ entry of the library (all packs with the user's edits,
 * and the user's own replies), filter by language, category and pack, and open one in the editor.
 */
import { useMemo, useState } from 'react';
import { effectiveFaq, effectiveTemplates, type ItemKind, type ItemOrigin } from '@/lib/library/store/merge';
import { PACK_LANGUAGES, TEMPLATE_CATEGORIES, type FaqEntry, type PackTemplate } from '@/lib/library/pack/pack-schema';
import { mutateLibrary } from '@/lib/library/store/store';
import {
  LOCAL_PACK_ID,
  deleteItem,
  duplicateItem,
  revertItem,
  saveItem,
  unhideAll,
  type LibraryState,
} from '@/lib/library/store/store-state';
import { profileValues, type Profile } from '@/lib/settings/profile';
import { ConflictList } from './ConflictList';
import { useOptions } from './context';
import { ItemEditor } from './ItemEditor';

interface Row {
  kind: ItemKind;
  packId: string;
  packName: string;
  item: PackTemplate | FaqEntry;
  origin: ItemOrigin | 'own';
  conflict: boolean;
}

type Editing = { kind: ItemKind; packId: string; item: PackTemplate | FaqEntry; isNew: boolean } | null;

function rowsOf(state: LibraryState, kind: ItemKind, ownName: string): Row[] {
  const rows: Row[] = [];
  const own = kind === 'template' ? state.local.templates : state.local.faq;
  for (const item of own) rows.push({ kind, packId: LOCAL_PACK_ID, packName: ownName, item, origin: 'own', conflict: false });
  for (const [packId, entry] of Object.entries(state.packs)) {
    const hidden = new Set(kind === 'template' ? entry.hidden.templates : entry.hidden.faq);
    const conflicts = new Set(entry.installed.conflicts.filter((c) => c.kind === kind).map((c) => c.id));
    const items = kind === 'template' ? effectiveTemplates(entry.installed).map((x) => ({ item: x.template, origin: x.origin })) : effectiveFaq(entry.installed).map((x) => ({ item: x.entry, origin: x.origin }));
    for (const { item, origin } of items) {
      if (!hidden.has(item.id)) rows.push({ kind, packId, packName: entry.installed.pack.name, item, origin, conflict: conflicts.has(item.id) });
    }
  }
  return rows;
}

function searchable(item: PackTemplate | FaqEntry): string {
  const parts = 'parts' in item ? [item.title, item.id, ...item.triggers, ...item.tags, item.parts.acknowledge, item.parts.fix, item.parts.private, item.body ?? ''] : [item.question, item.id, item.answer, ...item.tags];
  return parts.join('\n').toLocaleLowerCase();
}

function blankTemplate(lang: PackTemplate['lang']): PackTemplate {
  return { id: '', lang, category: 'other', title: '', triggers: [], tags: [], parts: { acknowledge: '', fix: '', private: '' } };
}

export function LibraryView({ state, profile }: { state: LibraryState; profile: Profile }) {
  const { t } = useOptions();
  const [kind, setKind] = useState<ItemKind>('template');
  const [query, setQuery] = useState('');
  const [lang, setLang] = useState<string>('');
  const [category, setCategory] = useState<string>('');
  const [pack, setPack] = useState<string>('');
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');

  const all = useMemo(() => rowsOf(state, kind, t.myReplies), [state, kind, t.myReplies]);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return all.filter(
      (r) =>
        (!lang || r.item.lang === lang) &&
        (!pack || r.packId === pack) &&
        (!category || kind !== 'template' || (r.item as PackTemplate).category === category) &&
        (!q || searchable(r.item).includes(q)),
    );
  }, [all, query, lang, category, pack, kind]);
  const values = useMemo(() => profileValues(profile), [profile]);
  const packsWithConflicts = Object.entries(state.packs).filter(([, e]) => e.installed.conflicts.length > 0);
  const packsWithHidden = Object.entries(state.packs).filter(([, e]) => e.hidden.templates.length + e.hidden.faq.length > 0);

  const save = async (item: PackTemplate | FaqEntry, previousId: string | undefined): Promise<string[] | null> => {
    if (!editing) return null;
    let errors: string[] | null = null;
    try {
      await mutateLibrary((s, now) => {
        const r = saveItem(s, editing.packId, editing.kind, item as never, now, previousId);
        if (!r.ok) {
          errors = r.errors;
          return s;
        }
        return r.state;
      });
    } catch (err) {
      errors = [err instanceof Error ? err.message : String(err)];
    }
    if (!errors) {
      setEditing(null);
      setStatus(t.saved);
    }
    return errors;
  };

  const title = (r: Row) => ('parts' in r.item ? r.item.title : r.item.question);

  return (
    <div className="library">
      {packsWithConflicts.map(([id, e]) => (
        <ConflictList key={id} packId={id} entry={e} />
      ))}
      <div className="filters" role="search">
        <div className="segmented" role="group" aria-label={`${t.kindTemplates} / ${t.kindFaq}`}>
          <button type="button" aria-pressed={kind === 'template'} onClick={() => setKind('template')}>{t.kindTemplates}</button>
          <button type="button" aria-pressed={kind === 'faq'} onClick={() => setKind('faq')}>{t.kindFaq}</button>
        </div>
        <input type="search" aria-label={t.search} placeholder={t.search} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t.fields.lang} value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="">{t.allLanguages}</option>
          {PACK_LANGUAGES.map((l) => (
            <option key={l} value={l}>{t.languages[l]}</option>
          ))}
        </select>
        {kind === 'template' && (
          <select aria-label={t.fields.category} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t.allCategories}</option>
            {TEMPLATE_CATEGORIES.map((c) => (
              <option key={c} value={c}>{t.categories[c]}</option>
            ))}
          </select>
        )}
        <select aria-label={t.source} value={pack} onChange={(e) => setPack(e.target.value)}>
          <option value="">{t.allPacks}</option>
          <option value={LOCAL_PACK_ID}>{t.myReplies}</option>
          {Object.entries(state.packs).map(([id, e]) => (
            <option key={id} value={id}>{e.installed.pack.name}</option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          onClick={() =>
            setEditing({
              kind,
              packId: LOCAL_PACK_ID,
              isNew: true,
              item: kind === 'template' ? blankTemplate((lang || profile.languages[0] || 'en') as PackTemplate['lang']) : { id: '', lang: (lang || profile.languages[0] || 'en') as FaqEntry['lang'], question: '', answer: '', tags: [] },
            })
          }
        >
          {kind === 'template' ? t.newTemplate : t.newFaq}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {t.count(shown.length)} {status}
      </p>
      {packsWithHidden.map(([id, e]) => (
        <p key={id} className="note">
          {e.installed.pack.name}: {t.hiddenNote(e.hidden.templates.length + e.hidden.faq.length)}{' '}
          <button type="button" className="link" onClick={() => void mutateLibrary((s, now) => unhideAll(s, id, now))}>{t.showHidden}</button>
        </p>
      ))}
      {editing && (
        <ItemEditor
          key={`${editing.packId}:${editing.item.id}:${editing.isNew}`}
          kind={editing.kind}
          item={editing.item}
          packName={editing.packId === LOCAL_PACK_ID ? null : (state.packs[editing.packId]?.installed.pack.name ?? editing.packId)}
          isNew={editing.isNew}
          takenIds={(editing.kind === 'template' ? state.local.templates : state.local.faq).map((i) => i.id).filter((id) => id !== editing.item.id)}
          values={values}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {shown.length === 0 ? (
        <p className="empty">{t.noResults}</p>
      ) : (
        <ul className="items" aria-label={kind === 'template' ? t.kindTemplates : t.kindFaq}>
          {shown.map((r) => (
            <li key={`${r.packId}:${r.item.id}`} className="item" data-testid={`item-${r.item.id}`} data-pack={r.packId}>
              <div className="item-head">
                <span className="item-title">{title(r)}</span>
                <span className="badges">
                  <span className="badge">{t.languages[r.item.lang]}</span>
                  {'parts' in r.item && <span className="badge">{t.categories[r.item.category]}</span>}
                  {'parts' in r.item && r.item.kind === 'holding' && <span className="badge holding">{t.holdingBadge}</span>}
                  <span className="badge subtle">{r.packName}</span>
                  {r.origin === 'override' && <span className="badge edited">{t.originEdited}</span>}
                  {r.origin === 'kept' && <span className="badge edited">{t.originKept}</span>}
                  {r.conflict && <span className="badge conflict">{t.conflictBadge}</span>}
                </span>
              </div>
              <p className="item-text">{'parts' in r.item ? (r.item.body ?? `${r.item.parts.acknowledge} ${r.item.parts.fix} ${r.item.parts.private}`) : r.item.answer}</p>
              <div className="actions">
                <button type="button" onClick={() => setEditing({ kind: r.kind, packId: r.packId, item: r.item, isNew: false })} aria-label={`${t.edit}: ${title(r)}`}>{t.edit}</button>
                <button
                  type="button"
                  aria-label={`${t.duplicate}: ${title(r)}`}
                  onClick={async () => {
                    let newId = '';
                    const next = await mutateLibrary((s) => {
                      const d = duplicateItem(s, r.kind, r.item as never);
                      newId = d.id;
                      return d.state;
                    });
                    const copy = (r.kind === 'template' ? next.local.templates : next.local.faq).find((i) => i.id === newId);
                    if (copy) setEditing({ kind: r.kind, packId: LOCAL_PACK_ID, item: copy, isNew: false });
                  }}
                >
                  {t.duplicate}
                </button>
                {r.origin === 'override' && (
                  <button type="button" onClick={() => void mutateLibrary((s, now) => revertItem(s, r.packId, r.kind, r.item.id, now))}>{t.revert}</button>
                )}
                <button
                  type="button"
                  aria-label={`${t.delete}: ${title(r)}`}
                  onClick={() => {
                    if (globalThis.confirm?.(t.confirmDelete(title(r))) === false) return;
                    void mutateLibrary((s, now) => deleteItem(s, r.packId, r.kind, r.item.id, now));
                  }}
                >
                  {t.delete}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
