/**
 * Ask for the values a reply still needs. The preview under the fields is exactly what goes in,
 * live as the manager types: with a value the sentence that needs it is there, without it that
 * sentence is left out (never a broken one), so "Insert without them" holds no surprise.
 */
import { useState, type FormEvent } from 'react';
import type { PanelStrings } from '@/lib/i18n/panel';
import type { PackVariable } from '@/lib/library/pack/pack-variables';

type Values = Partial<Record<PackVariable, string>>;

export function VariableForm({ missing, t, preview, onSubmit, onCancel }: {
  missing: PackVariable[];
  t: PanelStrings;
  /** The text that would be inserted with these values. */
  preview(values: Values): string;
  onSubmit(values: Values): void;
  onCancel(): void;
}) {
  const [values, setValues] = useState<Values>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="soothe-form" onSubmit={submit} data-soothe="variables" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <p className="soothe-form-title">{t.fillIn}</p>
      {missing.map((name, i) => (
        <label key={name} className="soothe-field">
          <span>{t.variables[name]}</span>
          <input
            name={name}
            autoFocus={i === 0}
            value={values[name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
        </label>
      ))}
      <p className="soothe-form-title">{t.willInsert}</p>
      <p className="soothe-reply-body soothe-form-preview" data-soothe="form-preview" aria-live="polite">
        {preview(values)}
      </p>
      <div className="soothe-form-actions">
        <button type="submit" className="soothe-primary">{t.insert}</button>
        <button type="button" data-soothe="insert-without" onClick={() => onSubmit({})}>{t.insertWithout}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
