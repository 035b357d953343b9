/**
 * The user's settings as one form with one Save (lib/settings/settings-form.ts): the profile (name,
 * signature, brand, handles, keywords, private channels, languages, pack sync) and the departments
 * go to storage.local; response-time targets, the follow-up delay, the log's privacy options and
 * the crisis radar belong to the background and go through 'log:updateSettings' / 'radar:settings'.
 * The form says whether it holds unsaved edits; the page keeps them across tab switches and asks
 * before it is left with them.
 *
 * The sections are exported on their own (a form value in, `set` out) so another page can reuse them.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { newDepartmentId, SUGGESTED_DEPARTMENTS } from '@/lib/handoff/departments';
import { handOffStrings, type HandOffStrings } from '@/lib/i18n/handoff';
import type { OptionsStrings } from '@/lib/i18n/options';
import { PACK_LANGUAGES, type PackLanguage } from '@/lib/library/pack/pack-schema';
import type { SyncMode } from '@/lib/library/store/store-state';
import { PACK_CHECK_CHOICES, saveProfile, type Profile, type UiLanguage } from '@/lib/settings/profile';
import {
  changedSections,
  moveStep,
  RADAR_FORM_KEYS,
  readSettingsForm,
  sameSettings,
  settingsForm,
  toDepartment,
  type DepartmentRow,
  type LogForm,
  type RadarForm,
  type SettingsForm,
  type SettingsProblems,
} from '@/lib/settings/settings-form';
import { useOptions } from './context';
import { AnswerLanguages, TextField, UiLanguageSelect } from './fields';
import { useUnsaved } from './unsaved';

export { TextField } from './fields';

type Set<T> = (update: (value: T) => T) => void;


/** Name, signature, brand, handles, keywords and private channels. */
export function ProfileFields({ form, set, problems, t }: { form: SettingsForm; set: Set<SettingsForm>; problems: SettingsProblems; t: OptionsStrings }) {
  const profile = (patch: Partial<Profile>) => set((f) => ({ ...f, profile: { ...f.profile, ...patch } }));
  const p = form.profile;
  const contact = (k: keyof Profile['contact'], v: string) => set((f) => ({ ...f, profile: { ...f.profile, contact: { ...f.profile.contact, [k]: v } } }));
  const handle = (k: keyof Profile['handles'], v: string) => set((f) => ({ ...f, profile: { ...f.profile, handles: { ...f.profile.handles, [k]: v } } }));
  return (
    <>
      <div className="row">
        <TextField id="p-name" label={t.agentName} value={p.agentName} onChange={(v) => profile({ agentName: v })} />
        <TextField id="p-signature" label={t.signature} value={p.signature} onChange={(v) => profile({ signature: v })} />
        <TextField id="p-brand" label={t.brand} value={p.brand} onChange={(v) => profile({ brand: v })} />
      </div>
      <div className="row">
        <TextField id="p-hx" label={t.handleX} value={p.handles.x} onChange={(v) => handle('x', v)} problem={problems['p-hx']} />
        <TextField id="p-hfb" label={t.handleFacebook} value={p.handles.facebook} onChange={(v) => handle('facebook', v)} />
      </div>
      <div className="row">
        <TextField id="p-keywords" label={t.brandKeywords} value={form.keywords} onChange={(v) => set((f) => ({ ...f, keywords: v }))} />
      </div>
      <h3>{t.contactTitle}</h3>
      <div className="row">
        <TextField id="p-dm" type="url" label={t.dmLink} value={p.contact.dmLink} onChange={(v) => contact('dmLink', v)} problem={problems['p-dm']} />
        <TextField id="p-messenger" type="url" label={t.messengerLink} value={p.contact.messengerLink} onChange={(v) => contact('messengerLink', v)} problem={problems['p-messenger']} />
      </div>
      <div className="row">
        <TextField id="p-phone" type="tel" label={t.phone} value={p.contact.phone} onChange={(v) => contact('phone', v)} problem={problems['p-phone']} />
        <TextField id="p-email" type="email" label={t.email} value={p.contact.email} onChange={(v) => contact('email', v)} problem={problems['p-email']} />
      </div>
    </>
  );
}

/** The languages answered in, and the language of Soothe's own screens. */
export function LanguageFields({ form, set, problems, t }: { form: SettingsForm; set: Set<SettingsForm>; problems: SettingsProblems; t: OptionsStrings }) {
  const profile = (patch: Partial<Profile>) => set((f) => ({ ...f, profile: { ...f.profile, ...patch } }));
  return (
    <>
      <AnswerLanguages legend={t.answerLanguages} value={form.profile.languages} onChange={(languages) => profile({ languages })} names={t.languages} problem={problems['p-languages']} />
      <div className="row">
        <UiLanguageSelect id="p-ui" label={t.uiLanguage} autoLabel={t.uiAuto} names={t.languages} value={form.profile.uiLanguage} onChange={(uiLanguage) => profile({ uiLanguage })} />
      </div>
    </>
  );
}

/** Response-time targets, response-rate target, follow-up delay (the log's settings). */
export function TargetFields({ form, set, problems, t }: { form: SettingsForm; set: Set<SettingsForm>; problems: SettingsProblems; t: OptionsStrings }) {
  const log = (patch: Partial<LogForm>) => set((f) => ({ ...f, log: { ...f.log, ...patch } }));
  return (
    <div className="row">
      <TextField id="l-sla" label={t.slaTargets} value={form.log.sla} onChange={(v) => log({ sla: v })} problem={problems['l-sla']} />
      <TextField id="l-rate" inputMode="numeric" label={t.responseRate} value={form.log.responseRate} onChange={(v) => log({ responseRate: v })} problem={problems['l-rate']} />
      <TextField id="l-follow" inputMode="numeric" label={t.followUpDays} value={form.log.followUpDays} onChange={(v) => log({ followUpDays: v })} problem={problems['l-follow']} />
    </div>
  );
}

/** The teams cases are handed to (name, e-mail, agreed reply time), edited in place. */
export function DepartmentFields({ rows, set, problems, h }: { rows: DepartmentRow[]; set: Set<DepartmentRow[]>; problems: SettingsProblems; h: HandOffStrings }) {
  const edit = (i: number, patch: Partial<DepartmentRow>) => set((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div data-soothe="departments">
      {rows.map((r, i) => (
        <div key={r.id} className="row" data-testid="department">
          <TextField id={`d-${i}-name`} label={h.name} value={r.name} onChange={(v) => edit(i, { name: v })} problem={problems[`d-${i}-name`]} />
          <TextField id={`d-${i}-email`} type="email" label={h.email} value={r.email} onChange={(v) => edit(i, { email: v })} problem={problems[`d-${i}-email`]} />
          <TextField id={`d-${i}-hours`} inputMode="decimal" label={h.agreedHours} value={r.hours} onChange={(v) => edit(i, { hours: v })} problem={problems[`d-${i}-hours`]} />
          <button type="button" onClick={() => set((rs) => rs.filter((_, j) => j !== i))}>{h.remove}</button>
        </div>
      ))}
      <div className="actions">
        <button type="button" onClick={() => set((rs) => [...rs, { id: newDepartmentId('team', rs.map(toDepartment)), name: '', email: '', hours: '4' }])}>{h.addDepartment}</button>
      </div>
    </div>
  );
}

/** The crisis radar's thresholds and the team's crisis procedure (add, edit, reorder, remove steps). */
export function RadarFields({ form, set, problems, t }: { form: SettingsForm; set: Set<SettingsForm>; problems: SettingsProblems; t: OptionsStrings }) {
  const s = t;
  const radar = (patch: Partial<RadarForm>) => set((f) => ({ ...f, radar: { ...f.radar, ...patch } }));
  const steps = (update: (steps: string[]) => string[]) => set((f) => ({ ...f, radar: { ...f.radar, procedure: update(f.radar.procedure) } }));
  const added = useRef(false);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // A new step gets the caret, so "Add a step" then typing just works.
    if (!added.current) return;
    added.current = false;
    const inputs = list.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [form.radar.procedure.length]);
  return (
    <>
      <p className="muted small">{s.radarHelp}</p>
      <label className="inline">
        <input type="checkbox" id="r-enabled" checked={form.radar.enabled} onChange={(e) => radar({ enabled: e.target.checked })} />
        {s.radarEnabled}
      </label>
      <div className="row">
        {RADAR_FORM_KEYS.map((k) => (
          <TextField key={k} id={`r-${k}`} inputMode={k === 'growthFactor' ? 'decimal' : 'numeric'} label={s.radarFields[k]} value={form.radar[k]} onChange={(v) => radar({ [k]: v })} problem={problems[`r-${k}`]} />
        ))}
      </div>
      <h3 id="procedure-title">{s.procedureTitle}</h3>
      <p className="muted small">{s.procedureHelp}</p>
      <ol className="procedure" ref={list} aria-labelledby="procedure-title" data-testid="procedure">
        {form.radar.procedure.map((step, i) => (
          <li key={i} className="row" data-testid="procedure-step">
            <TextField id={`r-step-${i}`} label={s.step(i + 1)} value={step} onChange={(v) => steps((xs) => xs.map((x, j) => (j === i ? v : x)))} problem={problems[`r-step-${i}`]} />
            <button type="button" aria-label={`${s.moveUp}: ${s.step(i + 1)}`} title={s.moveUp} disabled={i === 0} onClick={() => steps((xs) => moveStep(xs, i, -1))}>↑</button>
            <button type="button" aria-label={`${s.moveDown}: ${s.step(i + 1)}`} title={s.moveDown} disabled={i === form.radar.procedure.length - 1} onClick={() => steps((xs) => moveStep(xs, i, 1))}>↓</button>
            <button type="button" aria-label={`${s.removeStep}: ${s.step(i + 1)}`} onClick={() => steps((xs) => xs.filter((_, j) => j !== i))}>×</button>
          </li>
        ))}
      </ol>
      {problems['r-procedure'] && <small className="error">{problems['r-procedure']}</small>}
      <button type="button" onClick={() => ((added.current = true), steps((xs) => [...xs, '']))}>{s.addStep}</button>
    </>
  );
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'problems' } | { kind: 'failed'; message: string };

export function SettingsView({ profile }: { profile: Profile }) {
  const { t, services } = useOptions();
  const h = handOffStrings();
  const s = t;
  // The last saved values (what "unsaved" is measured against) and what the user is typing.
  const [saved, setSaved] = useState<SettingsForm | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [problems, setProblems] = useState<SettingsProblems>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const departmentsStart = profile.departments.length ? profile.departments : SUGGESTED_DEPARTMENTS;

  useEffect(() => {
    let live = true;
    Promise.all([services.getLogSettings(), services.getRadarSettings()]).then(
      ([log, radar]) => {
        if (!live) return;
        const start = settingsForm(profile, log, radar, departmentsStart);
        setSaved(start);
        setForm(start);
      },
      (err) => live && setLoadError(`${t.logUnavailable} ${err instanceof Error ? err.message : String(err)}`),
    );
    return () => {
      live = false;
    };
  }, [services]); // eslint-disable-line react-hooks/exhaustive-deps -- loaded once; profile changes are followed below

  // The profile changed elsewhere (another tab, the welcome page): take it in unless the user is editing it.
  useEffect(() => {
    if (!saved || !form) return;
    const next = { ...saved, ...pick(settingsForm(profile, undefined, undefined, departmentsStart), ['profile', 'keywords', 'departments']) };
    if (sameSettings(next, saved)) return;
    const editingProfile = changedSections(form, saved).profile;
    setSaved(next);
    if (!editingProfile) setForm((f) => f && { ...f, ...pick(next, ['profile', 'keywords', 'departments']) });
  }, [profile]); // eslint-disable-line react-hooks/exhaustive-deps -- only a new stored profile matters here

  const dirty = !!form && !!saved && !sameSettings(form, saved);
  useUnsaved('settings', dirty);
  const set = useMemo<Set<SettingsForm>>(() => (update) => setForm((f) => (f ? update(f) : f)), []);
  const setRows = useMemo<Set<DepartmentRow[]>>(() => (update) => setForm((f) => (f ? { ...f, departments: update(f.departments) } : f)), []);

  if (loadError) return <p className="error" role="alert">{loadError}</p>;
  if (!form || !saved) return <p className="muted">{t.loading}</p>;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const read = readSettingsForm(form, t.formProblems);
    if (!read.ok) {
      setProblems(read.problems);
      setStatus({ kind: 'problems' });
      // The first problem gets the caret (it may be in a section scrolled away).
      document.getElementById(Object.keys(read.problems)[0]!)?.focus();
      return;
    }
    setProblems({});
    setStatus({ kind: 'saving' });
    const changed = changedSections(form, saved);
    const submitted = form;
    let done = saved;
    try {
      // Each section is stored by its owner; what was stored counts as saved even if a later one fails.
      if (changed.profile) {
        const r = await saveProfile(read.profile);
        if (!r.ok) throw new Error(Object.values(r.problems).join('; '));
        done = { ...done, ...pick(submitted, ['profile', 'keywords', 'departments']) };
        setSaved(done);
      }
      if (changed.log) {
        await services.setLogSettings(read.log);
        done = { ...done, log: submitted.log };
        setSaved(done);
      }
      if (changed.radar) {
        await services.setRadarSettings(read.radar);
        done = { ...done, radar: submitted.radar };
        setSaved(done);
      }
      setStatus({ kind: 'saved' });
    } catch (err) {
      // The background validates and says what is wrong; the edits stay in the form.
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const statusText =
    status.kind === 'saving' ? s.saving
    : status.kind === 'problems' ? t.profileProblem
    : status.kind === 'failed' ? s.notSaved(status.message)
    : dirty ? s.unsaved
    : s.allSaved;

  return (
    <form className="settings" onSubmit={save} aria-label={t.tabs.settings} noValidate data-testid="settings-form">
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t.profileTitle}</h2>
        <ProfileFields form={form} set={set} problems={problems} t={t} />
        <LanguageFields form={form} set={set} problems={problems} t={t} />
      </section>
      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title">{t.targetsTitle}</h2>
        <TargetFields form={form} set={set} problems={problems} t={t} />
      </section>
      <section className="card" aria-labelledby="departments-title">
        <h2 id="departments-title">{h.editDepartments}</h2>
        <DepartmentFields rows={form.departments} set={setRows} problems={problems} h={h} />
      </section>
      <section className="card" aria-labelledby="radar-title" data-testid="radar-settings">
        <h2 id="radar-title">{s.radarTitle}</h2>
        <RadarFields form={form} set={set} problems={problems} t={t} />
      </section>
      <section className="card" aria-labelledby="sync-title">
        <h2 id="sync-title">{t.syncTitle}</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="p-every">{t.checkEvery}</label>
            <select id="p-every" value={form.profile.packCheckMinutes} onChange={(e) => set((f) => ({ ...f, profile: { ...f.profile, packCheckMinutes: Number(e.target.value) } }))}>
              {PACK_CHECK_CHOICES.map((m) => (
                <option key={m} value={m}>{t.minutes(m)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="p-mode">{t.defaultMode}</label>
            <select id="p-mode" value={form.profile.defaultSyncMode} onChange={(e) => set((f) => ({ ...f, profile: { ...f.profile, defaultSyncMode: e.target.value as SyncMode } }))}>
              <option value="auto">{t.modeAuto}</option>
              <option value="review">{t.modeReview}</option>
            </select>
          </div>
        </div>
      </section>
      <section className="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t.privacyTitle}</h2>
        <label className="inline">
          <input type="checkbox" checked={form.profile.privacy.rememberChoices} onChange={(e) => set((f) => ({ ...f, profile: { ...f.profile, privacy: { ...f.profile.privacy, rememberChoices: e.target.checked } } }))} />
          {t.rememberChoices}
        </label>
        <label className="inline">
          <input type="checkbox" checked={form.log.hashAuthors} onChange={(e) => set((f) => ({ ...f, log: { ...f.log, hashAuthors: e.target.checked } }))} />
          {t.hashAuthors}
        </label>
        <TextField id="l-retention" inputMode="numeric" label={t.retention} value={form.log.retention} onChange={(v) => set((f) => ({ ...f, log: { ...f.log, retention: v } }))} problem={problems['l-retention']} />
      </section>
      {/* One Save for everything, always in view. */}
      <div className="save-bar" data-dirty={dirty}>
        <button type="submit" className="primary" disabled={status.kind === 'saving'}>{t.save}</button>
        <span role="status" aria-live="polite" data-testid="settings-status" className={status.kind === 'problems' || status.kind === 'failed' ? 'error' : dirty ? 'unsaved' : 'ok'}>
          {statusText}
        </span>
      </div>
    </form>
  );
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = value[k];
  return out;
}
