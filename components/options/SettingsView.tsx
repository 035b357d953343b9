/**
 * The user's settings. Profile fields (name, signature, brand, handles, keywords, private channels,
 * languages, pack sync) are saved to storage.local; response-time targets, follow-up delay and the
 * log's privacy options belong to the log in the background and go through 'log:settings'.
 */
import { useEffect, useState } from 'react';
import type { SyncMode } from '@/lib/library/store/store-state';
import type { LogSettings } from '@/lib/log/settings';
import { PACK_CHECK_CHOICES, parseKeywords, saveProfile, type Profile, type ProfileProblems } from '@/lib/settings/profile';
import { HandOffDepartments } from './HandOffDepartments';
import { saveDepartments } from '@/lib/handoff/store';
import { handOffStrings } from '@/lib/i18n/handoff';
import { useOptions } from './context';
import { AnswerLanguages, TextField, UiLanguageSelect } from './fields';
import { targetsFromForm, targetsToForm } from '@/lib/settings/targets-form';


export function SettingsView({ profile }: { profile: Profile }) {
  const { t } = useOptions();
  const h = handOffStrings([t.locale]); // the "Language of Soothe" the page speaks
  const [form, setForm] = useState(profile);
  const [problems, setProblems] = useState<ProfileProblems>({});
  const [status, setStatus] = useState('');
  // Keywords are typed as one comma-separated line; split only on save so typing "a, " keeps its comma.
  const [keywords, setKeywords] = useState(profile.keywords.join(', '));
  useEffect(() => (setForm(profile), setKeywords(profile.keywords.join(', '))), [profile]);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await saveProfile({ ...form, keywords: parseKeywords(keywords) });
    setProblems(r.ok ? {} : r.problems);
    setStatus(r.ok ? t.saved : t.profileProblem);
  };
  const text = (label: string, value: string, onChange: (v: string) => void, id: string, problem?: string, type = 'text') => (
    <TextField id={id} label={label} value={value} onChange={onChange} problem={problem} type={type} />
  );
  const contact = (k: keyof Profile['contact'], v: string) => setForm({ ...form, contact: { ...form.contact, [k]: v } });

  return (
    <div className="settings">
      <form className="card" onSubmit={save} aria-labelledby="profile-title">
        <h2 id="profile-title">{t.profileTitle}</h2>
        <div className="row">
          {text(t.agentName, form.agentName, (v) => setForm({ ...form, agentName: v }), 'p-name')}
          {text(t.signature, form.signature, (v) => setForm({ ...form, signature: v }), 'p-signature')}
          {text(t.brand, form.brand, (v) => setForm({ ...form, brand: v }), 'p-brand')}
        </div>
        <div className="row">
          {text(t.handleX, form.handles.x, (v) => setForm({ ...form, handles: { ...form.handles, x: v } }), 'p-hx', problems.handles)}
          {text(t.handleFacebook, form.handles.facebook, (v) => setForm({ ...form, handles: { ...form.handles, facebook: v } }), 'p-hfb')}
        </div>
        <div className="row">{text(t.brandKeywords, keywords, setKeywords, 'p-keywords')}</div>
        <h3>{t.contactTitle}</h3>
        <div className="row">
          {text(t.dmLink, form.contact.dmLink, (v) => contact('dmLink', v), 'p-dm', problems.dmLink, 'url')}
          {text(t.messengerLink, form.contact.messengerLink, (v) => contact('messengerLink', v), 'p-messenger', problems.messengerLink, 'url')}
        </div>
        <div className="row">
          {text(t.phone, form.contact.phone, (v) => contact('phone', v), 'p-phone', problems.phone, 'tel')}
          {text(t.email, form.contact.email, (v) => contact('email', v), 'p-email', problems.email, 'email')}
        </div>
        <AnswerLanguages legend={t.answerLanguages} value={form.languages} onChange={(languages) => setForm({ ...form, languages })} names={t.languages} problem={problems.languages} />
        <div className="row">
          <UiLanguageSelect id="p-ui" label={t.uiLanguage} autoLabel={t.uiAuto} names={t.languages} value={form.uiLanguage} onChange={(uiLanguage) => setForm({ ...form, uiLanguage })} />
        </div>
        <h3>{t.syncTitle}</h3>
        <div className="row">
          <div className="field">
            <label htmlFor="p-every">{t.checkEvery}</label>
            <select id="p-every" value={form.packCheckMinutes} onChange={(e) => setForm({ ...form, packCheckMinutes: Number(e.target.value) })}>
              {PACK_CHECK_CHOICES.map((m) => (
                <option key={m} value={m}>{t.minutes(m)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="p-mode">{t.defaultMode}</label>
            <select id="p-mode" value={form.defaultSyncMode} onChange={(e) => setForm({ ...form, defaultSyncMode: e.target.value as SyncMode })}>
              <option value="auto">{t.modeAuto}</option>
              <option value="review">{t.modeReview}</option>
            </select>
          </div>
        </div>
        <h3>{t.privacyTitle}</h3>
        <label className="inline">
          <input type="checkbox" checked={form.privacy.rememberChoices} onChange={(e) => setForm({ ...form, privacy: { ...form.privacy, rememberChoices: e.target.checked } })} />
          {t.rememberChoices}
        </label>
        <div className="actions">
          <button type="submit" className="primary">{t.save}</button>
          <span aria-live="polite" data-testid="profile-status">{status}</span>
        </div>
      </form>
      <LogSettingsForm />
      <section className="card" aria-labelledby="departments-title">
        <h2 id="departments-title">{h.editDepartments}</h2>
        {/* Saved on their own: the profile form above keeps the rest of the profile. */}
        <HandOffDepartments initial={profile.departments} h={h} onSave={saveDepartments} />
      </section>
    </div>
  );
}

function LogSettingsForm() {
  const { t, services } = useOptions();
  const [settings, setSettings] = useState<LogSettings | null>(null);
  const [form, setForm] = useState({ retention: '', hashAuthors: false, sla: '', followUpDays: '', responseRate: '' });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    services.getLogSettings().then(
      (s) => {
        setSettings(s);
        setForm({
          retention: s.retentionDays === null ? '' : String(s.retentionDays),
          hashAuthors: s.hashAuthors,
          ...targetsToForm(s),
          followUpDays: String(s.followUpDays),
        });
      },
      (err) => setError(`${t.logUnavailable} ${err instanceof Error ? err.message : String(err)}`),
    );
  }, [services, t.logUnavailable]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings) return <p className="muted">{t.loading}</p>;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const patch: Partial<LogSettings> = {
      retentionDays: form.retention.trim() === '' ? null : Number(form.retention),
      hashAuthors: form.hashAuthors,
      ...targetsFromForm(form),
      followUpDays: Number(form.followUpDays),
    };
    try {
      setSettings(await services.setLogSettings(patch));
      setStatus(t.saved);
    } catch (err) {
      // The background validates and says what is wrong.
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  const field = (id: string, label: string, value: string, onChange: (v: string) => void, inputMode: 'numeric' | 'text' = 'numeric') => (
    <TextField id={id} label={label} value={value} onChange={onChange} inputMode={inputMode} />
  );
  return (
    <form className="card" onSubmit={save} aria-labelledby="log-title">
      <h2 id="log-title">{t.targetsTitle}</h2>
      <div className="row">
        {field('l-sla', t.slaTargets, form.sla, (v) => setForm({ ...form, sla: v }), 'text')}
        {field('l-rate', t.responseRate, form.responseRate, (v) => setForm({ ...form, responseRate: v }))}
        {field('l-follow', t.followUpDays, form.followUpDays, (v) => setForm({ ...form, followUpDays: v }))}
      </div>
      <h3>{t.privacyTitle}</h3>
      <label className="inline">
        <input type="checkbox" checked={form.hashAuthors} onChange={(e) => setForm({ ...form, hashAuthors: e.target.checked })} />
        {t.hashAuthors}
      </label>
      {field('l-retention', t.retention, form.retention, (v) => setForm({ ...form, retention: v }))}
      <div className="actions">
        <button type="submit" className="primary">{t.save}</button>
        <span aria-live="polite" data-testid="log-status">{status}</span>
      </div>
    </form>
  );
}
