/** Ask for the values a reply still needs, so no raw placeholder ever reaches a customer. */
import { useState, type FormEvent } from 'react';
import type { PanelStrings } from '@/lib/i18n/panel';
import type { PackVariable } from '@/lib/library/pack/pack-variables';

export function VariableForm({ missing, t, onSubmit, onCancel }: { missing: PackVariable[]; t: PanelStrings; onSubmit(values: Partial<Record<PackVariable, string>>): void; onCancel(): void }) {
  const [values, setValues] = useState<Partial<Record<PackVariable, string>>>({});
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
      <div className="soothe-form-actions">
        <button type="submit" className="soothe-primary">{t.insert}</button>
        <button type="button" onClick={() => onSubmit({})}>{t.insertWithout}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
