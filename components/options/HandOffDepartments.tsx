/**
 * Edit the teams cases are handed to (name, e-mail, agreed reply time in hours) as a form with its
 * own Save, for a page that saves departments alone. The options page's Settings edit them inside
 * its one form instead (DepartmentFields in SettingsView.tsx); both share the rows of
 * lib/settings/settings-form.ts.
 */
import { useState, type FormEvent } from 'react';
import { departmentProblems, newDepartmentId, SUGGESTED_DEPARTMENTS, type Department } from '@/lib/handoff/departments';
import type { HandOffStrings } from '@/lib/i18n/handoff';
import { toDepartment, toDepartmentRow as toRow, type DepartmentRow as Row } from '@/lib/settings/settings-form';

export function HandOffDepartments({ initial, h, onSave, onCancel }: { initial: Department[]; h: HandOffStrings; onSave(list: Department[]): Promise<void>; onCancel?: () => void }) {
  const [rows, setRows] = useState<Row[]>(() => (initial.length ? initial : SUGGESTED_DEPARTMENTS).map(toRow));
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const list = rows.map(toDepartment);
    for (let i = 0; i < list.length; i++) {
      const first = Object.entries(departmentProblems(list[i]!, list.slice(0, i)))[0];
      if (first) return setError(`${list[i]!.name || `#${i + 1}`}: ${first[1]}`);
    }
    try {
      await onSave(list);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <form className="soothe-form" onSubmit={submit} data-soothe="departments">
      {!initial.length && <p className="soothe-muted">{h.noDepartments}</p>}
      {rows.map((r, i) => (
        <fieldset key={r.id} className="soothe-field" style={{ border: 0, padding: 0, margin: '0 0 8px' }}>
          <label className="soothe-field">
            <span>{h.name}</span>
            <input value={r.name} onChange={(e) => set(i, { name: e.target.value })} data-soothe="department-name" />
          </label>
          <label className="soothe-field">
            <span>{h.email}</span>
            <input type="email" value={r.email} onChange={(e) => set(i, { email: e.target.value })} data-soothe="department-email" />
          </label>
          <label className="soothe-field">
            <span>{h.agreedHours}</span>
            <input inputMode="decimal" value={r.hours} onChange={(e) => set(i, { hours: e.target.value })} data-soothe="department-hours" />
          </label>
          <button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
            {h.remove}
          </button>
        </fieldset>
      ))}
      {error && <p className="soothe-error" role="alert">{error}</p>}
      <div className="soothe-form-actions">
        <button type="button" onClick={() => setRows((rs) => [...rs, { id: newDepartmentId('team', rs.map(toDepartment)), name: '', email: '', hours: '4' }])}>
          {h.addDepartment}
        </button>
        <button type="submit" className="soothe-primary" data-soothe="departments-save">
          {h.save}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {h.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
