/**
 * The settings form's fields, shared by the options page's Settings and the welcome page (first
 * run), so both ask the same way and write the same profile.
 */
import { PACK_LANGUAGES, type PackLanguage } from '@/lib/library/pack/pack-schema';
import type { UiLanguage } from '@/lib/settings/profile';

export function TextField({ id, label, value, onChange, problem, type = 'text', inputMode, hint, placeholder }: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  problem?: string;
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  hint?: string;
  placeholder?: string;
}) {
  const described = [problem ? `${id}-problem` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} inputMode={inputMode} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={described} />
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      {problem && <small id={`${id}-problem`} className="error">{problem}</small>}
    </div>
  );
}

/** The languages the user answers in (at least one). */
export function AnswerLanguages({ legend, value, onChange, names, problem }: { legend: string; value: PackLanguage[]; onChange(value: PackLanguage[]): void; names: Record<PackLanguage, string>; problem?: string }) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {PACK_LANGUAGES.map((l) => (
        <label key={l} className="inline">
          <input type="checkbox" checked={value.includes(l)} onChange={(e) => onChange(e.target.checked ? [...value, l] : value.filter((x): x is PackLanguage => x !== l))} />
          {names[l]}
        </label>
      ))}
      {problem && <small className="error">{problem}</small>}
    </fieldset>
  );
}

/** "Language of Soothe": the language of the panel, popup, options and welcome pages ("auto" follows the browser). */
export function UiLanguageSelect({ id, label, autoLabel, names, value, onChange }: { id: string; label: string; autoLabel: string; names: Record<PackLanguage, string>; value: UiLanguage; onChange(value: UiLanguage): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as UiLanguage)}>
        <option value="auto">{autoLabel}</option>
        {PACK_LANGUAGES.map((l) => (
          <option key={l} value={l}>{names[l]}</option>
        ))}
      </select>
    </div>
  );
}
