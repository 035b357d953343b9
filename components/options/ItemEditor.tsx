/**
 * Editing one template or FAQ entry. Editing a pack's item keeps the user's text as an override of
 * it (the id is then fixed); new items go to the user's own pack, with an id made from the title
 * (editable; once edited by hand it no longer follows the title). Schema problems (markup, unknown
 * variables, lengths) are shown on save; the reply rules are checked live. An editor with changes
 * not yet saved says so to the page (it asks before the page is left).
 */
import { useId, useMemo, useState } from 'react';
import { itemIdFromTitle } from '@/lib/library/pack/item-id';
import type { ItemKind } from '@/lib/library/store/merge';
import {
  PACK_LANGUAGES,
  PACK_PLATFORMS,
  TEMPLATE_CATEGORIES,
  TEMPLATE_KINDS,
  templateBody,
  type FaqEntry,
  type PackLanguage,
  type PackPlatform,
  type PackTemplate,
  type TemplateCategory,
  type TemplateKind,
} from '@/lib/library/pack/pack-schema';
import type { TemplateValues } from '@/lib/library/pack/render-template';
import { useOptions } from './context';
import { RulePreview } from './RulePreview';
import { siteByPlatform } from '@/lib/sites/registry';
import { useUnsaved } from './unsaved';

export interface ItemEditorProps {
  kind: ItemKind;
  item: PackTemplate | FaqEntry;
  /** Name of the pack the item belongs to; null for the user's own replies. */
  packName: string | null;
  isNew: boolean;
  /** Ids already used by items of this kind in the pack the item is saved to (a new id must differ). */
  takenIds?: readonly string[];
  values: TemplateValues;
  onSave(item: PackTemplate | FaqEntry, previousId: string | undefined): Promise<string[] | null>;
  onCancel(): void;
}

interface TemplateForm {
  id: string;
  kind: TemplateKind;
  lang: PackLanguage;
  category: TemplateCategory;
  title: string;
  triggers: string;
  tags: string;
  acknowledge: string;
  fix: string;
  private: string;
  closeOut: string;
  followUp: string;
  body: string;
  platforms: PackPlatform[];
}

function toForm(t: PackTemplate): TemplateForm {
  return {
    id: t.id,
    kind: t.kind ?? 'reply',
    lang: t.lang,
    category: t.category,
    title: t.title,
    triggers: t.triggers.join('\n'),
    tags: t.tags.join(', '),
    acknowledge: t.parts.acknowledge,
    fix: t.parts.fix,
    private: t.parts.private,
    closeOut: t.parts.closeOut ?? '',
    followUp: t.parts.followUp ?? '',
    body: t.body ?? '',
    platforms: t.platforms ? [...t.platforms] : [...PACK_PLATFORMS],
  };
}

function fromForm(f: TemplateForm): PackTemplate {
  const opt = (s: string) => (s.trim() ? s : undefined);
  const parts: PackTemplate['parts'] = { acknowledge: f.acknowledge, fix: f.fix, private: f.private };
  if (opt(f.closeOut)) parts.closeOut = f.closeOut;
  if (opt(f.followUp)) parts.followUp = f.followUp;
  const t: PackTemplate = {
    id: f.id.trim(),
    ...(f.kind === 'holding' ? { kind: f.kind } : {}),
    lang: f.lang,
    category: f.category,
    title: f.title,
    triggers: f.triggers.split('\n').map((s) => s.trim()).filter(Boolean),
    tags: f.tags.split(',').map((s) => s.trim()).filter(Boolean),
    parts,
  };
  if (opt(f.body)) t.body = f.body;
  // Both platforms is the same as leaving the field out.
  if (f.platforms.length === 1) t.platforms = [...f.platforms];
  return t;
}

export function ItemEditor(props: ItemEditorProps) {
  return props.kind === 'template' ? <TemplateEditor {...props} /> : <FaqEditor {...props} />;
}

function TemplateEditor({ item, packName, isNew, takenIds = [], values, onSave, onCancel }: ItemEditorProps) {
  const { t } = useOptions();
  const uid = useId();
  const [start] = useState(() => toForm(item as PackTemplate));
  const [form, setForm] = useState(start);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  // A new item's id follows its title and category until the user types an id of their own.
  const [idFollows, setIdFollows] = useState(isNew && packName === null && !item.id);
  const set = <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) =>
    setForm((f) => {
      const next = { ...f, [key]: value };
      if (key === 'id') setIdFollows(false);
      else if (idFollows && (key === 'title' || key === 'category')) next.id = next.title.trim() ? itemIdFromTitle(next.title, next.category, takenIds) : '';
      return next;
    });
  useUnsaved('library', JSON.stringify(form) !== JSON.stringify(start));
  const draft = useMemo(() => fromForm(form), [form]);
  const body = templateBody(draft);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const problems = await onSave(draft, isNew ? undefined : item.id);
    setSaving(false);
    setErrors(problems ?? []);
  };
  const field = (key: keyof TemplateForm) => `${uid}-${key}`;
  const text = (key: 'title' | 'acknowledge' | 'fix' | 'private' | 'closeOut' | 'followUp' | 'body' | 'triggers', rows = 2) => (
    <div className="field">
      <label htmlFor={field(key)}>{t.fields[key]}</label>
      {key === 'title' ? (
        <input id={field(key)} value={form[key]} onChange={(e) => set(key, e.target.value)} required />
      ) : (
        <textarea id={field(key)} rows={rows} value={form[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </div>
  );

  return (
    <form className="editor" onSubmit={save} aria-labelledby={`${uid}-heading`} data-testid="item-editor">
      <h3 id={`${uid}-heading`}>{isNew ? t.editorTitleNew : t.editorTitleEdit}</h3>
      {packName && <p className="note">{t.editingPackItem(packName)}</p>}
      <div className="editor-grid">
        <div className="editor-fields">
          <div className="row">
            <div className="field">
              <label htmlFor={field('id')}>{t.fields.id}</label>
              <input id={field('id')} value={form.id} onChange={(e) => set('id', e.target.value)} readOnly={packName !== null} aria-describedby={`${field('id')}-help`} required />
              <small id={`${field('id')}-help`}>{idFollows ? t.idFromTitle : t.fields.idHelp}</small>
            </div>
            <div className="field">
              <label htmlFor={field('lang')}>{t.fields.lang}</label>
              <select id={field('lang')} value={form.lang} onChange={(e) => set('lang', e.target.value as PackLanguage)}>
                {PACK_LANGUAGES.map((l) => (
                  <option key={l} value={l}>{t.languages[l]}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={field('category')}>{t.fields.category}</label>
              <select id={field('category')} value={form.category} onChange={(e) => set('category', e.target.value as TemplateCategory)}>
                {TEMPLATE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>{t.categories[c]}</option>
                ))}
              </select>
            </div>
          </div>
          {text('title')}
          <div className="field">
            <label htmlFor={field('kind')}>{t.templateKind}</label>
            <select id={field('kind')} value={form.kind} onChange={(e) => set('kind', e.target.value as TemplateKind)}>
              {TEMPLATE_KINDS.map((k) => (
                <option key={k} value={k}>{k === 'holding' ? t.kindHolding : t.kindReply}</option>
              ))}
            </select>
          </div>
          {text('triggers', 3)}
          <div className="field">
            <label htmlFor={field('tags')}>{t.fields.tags}</label>
            <input id={field('tags')} value={form.tags} onChange={(e) => set('tags', e.target.value)} />
          </div>
          <p className="muted small">{t.variablesHelp}</p>
          {text('acknowledge')}
          {text('fix')}
          {text('private')}
          {text('body', 3)}
          {text('closeOut')}
          {text('followUp')}
          <fieldset className="field">
            <legend>{t.fields.platforms}</legend>
            {PACK_PLATFORMS.map((p) => (
              <label key={p} className="inline">
                <input
                  type="checkbox"
                  checked={form.platforms.includes(p)}
                  onChange={(e) => set('platforms', e.target.checked ? [...form.platforms, p] : form.platforms.filter((x) => x !== p))}
                />
                {siteByPlatform(p)?.label ?? p}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="editor-side">
          <RulePreview id={`${uid}-body`} label={t.preview} source={body} lang={form.lang} platforms={draft.platforms} values={values} partsRequired />
          {form.closeOut.trim() && (
            <RulePreview id={`${uid}-close`} label={t.previewCloseOut} source={form.closeOut} lang={form.lang} platforms={draft.platforms} values={values} partsRequired={false} />
          )}
        </div>
      </div>
      <Errors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>{t.save}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}

function FaqEditor({ item, packName, isNew, takenIds = [], values, onSave, onCancel }: ItemEditorProps) {
  const { t } = useOptions();
  const uid = useId();
  const [start] = useState(() => {
    const f = item as FaqEntry;
    return { id: f.id, lang: f.lang, question: f.question, answer: f.answer, tags: f.tags.join(', ') };
  });
  const [form, setFormState] = useState(start);
  // A new entry's id follows its question until the user types one.
  const [idFollows, setIdFollows] = useState(isNew && packName === null && !item.id);
  const setForm = (next: typeof form) => setFormState(idFollows && next.question !== form.question ? { ...next, id: next.question.trim() ? itemIdFromTitle(next.question, null, takenIds) : '' } : next);
  useUnsaved('library', JSON.stringify(form) !== JSON.stringify(start));
  const [errors, setErrors] = useState<string[]>([]);
  const draft: FaqEntry = { id: form.id.trim(), lang: form.lang, question: form.question, answer: form.answer, tags: form.tags.split(',').map((s) => s.trim()).filter(Boolean) };
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors((await onSave(draft, isNew ? undefined : item.id)) ?? []);
  };
  return (
    <form className="editor" onSubmit={save} aria-labelledby={`${uid}-heading`} data-testid="item-editor">
      <h3 id={`${uid}-heading`}>{isNew ? t.editorFaqNew : t.editorFaqEdit}</h3>
      {packName && <p className="note">{t.editingPackItem(packName)}</p>}
      <div className="editor-grid">
        <div className="editor-fields">
          <div className="row">
            <div className="field">
              <label htmlFor={`${uid}-id`}>{t.fields.id}</label>
              <input id={`${uid}-id`} value={form.id} readOnly={packName !== null} onChange={(e) => (setIdFollows(false), setForm({ ...form, id: e.target.value }))} aria-describedby={`${uid}-id-help`} required />
              <small id={`${uid}-id-help`}>{idFollows ? t.idFromTitle : t.fields.idHelp}</small>
            </div>
            <div className="field">
              <label htmlFor={`${uid}-lang`}>{t.fields.lang}</label>
              <select id={`${uid}-lang`} value={form.lang} onChange={(e) => setForm({ ...form, lang: e.target.value as PackLanguage })}>
                {PACK_LANGUAGES.map((l) => (
                  <option key={l} value={l}>{t.languages[l]}</option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-q`}>{t.fields.question}</label>
            <input id={`${uid}-q`} value={form.question} onChange={(e) => setForm({ ...form, question: e.target.value })} required />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-a`}>{t.fields.answer}</label>
            <textarea id={`${uid}-a`} rows={5} value={form.answer} onChange={(e) => setForm({ ...form, answer: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-tags`}>{t.fields.tags}</label>
            <input id={`${uid}-tags`} value={form.tags} onChange={(e) => setForm({ ...form, tags: e.target.value })} />
          </div>
        </div>
        <div className="editor-side">
          <RulePreview id={`${uid}-answer`} label={t.preview} source={form.answer} lang={form.lang} values={values} partsRequired={false} />
        </div>
      </div>
      <Errors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary">{t.save}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}

export function Errors({ errors, title }: { errors: string[]; title?: string }) {
  const { t } = useOptions();
  if (errors.length === 0) return null;
  return (
    <div className="errors" role="alert">
      <p>{title ?? t.fixErrors}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
