/** Edit the teams cases are handed to: name, e-mail, agreed reply time in hours. */
import { useState, type FormEvent } from 'react';
import { departmentProblems, newDepartmentId, SUGGESTED_DEPARTMENTS, type Department } from '@/lib/handoff/departments';
import type { HandOffStrings } from '@/lib/i18n/handoff';

const HOUR = 3_600_000;

interface Row {
  id: string;
  name: string;
  email: string;
  hours: string;
}

const toRow = (d: Department): Row => ({ id: d.id, name: d.name, email: d.email, hours: String(Math.round((d.agreedMs / HOUR) * 100) / 100) });
const toDepartment = (r: Row): Department => ({ id: r.id, name: r.name.trim(), email: r.email.trim(), agreedMs: Math.round(Number(r.hours.replace(',', '.')) * HOUR) });

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
