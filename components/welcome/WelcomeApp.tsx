/**
 * First run (opened on install, linked from the popup's empty state): the brand, the user, private
 * channels, languages and targets on one page with one Save. The fields are the options page's own
 * (components/options/fields.tsx) and write the same profile and log settings, so Settings shows
 * exactly what was entered here. "Language of Soothe" switches this page as soon as it is chosen.
 */
import { useEffect, useMemo, useState } from 'react';
import { optionsStrings } from '@/lib/i18n/options';
import { WELCOME_STRINGS } from '@/lib/i18n/welcome';
import { validateSettingsPatch, type LogSettings } from '@/lib/log/settings';
import { loadProfile, parseKeywords, saveProfile, type Profile, type ProfileProblems } from '@/lib/settings/profile';
import { targetsFromForm, targetsToForm, type TargetsForm } from '@/lib/settings/targets-form';
import { uiLocale } from '@/lib/settings/ui-language';
import { AnswerLanguages, TextField, UiLanguageSelect } from '../options/fields';

export interface WelcomeServices {
  getLogSettings(): Promise<LogSettings>;
  setLogSettings(patch: Partial<LogSettings>): Promise<LogSettings>;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'problem'; text: string };

export function WelcomeApp({ services, languages }: { services: WelcomeServices; languages?: readonly string[] }) {
  const [form, setForm] = useState<Profile | null>(null);
  const [keywords, setKeywords] = useState('');
  const [targets, setTargets] = useState<TargetsForm | null>(null);
  const [problems, setProblems] = useState<ProfileProblems & { targets?: string }>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    loadProfile().then((p) => (setForm(p), setKeywords(p.keywords.join(', '))));
    services.getLogSettings().then((s) => setTargets(targetsToForm(s)), () => setTargets({ sla: '30, 120, 1440', responseRate: '75' }));
  }, [services]);

  const locale = uiLocale(form?.uiLanguage, languages);
  const t = useMemo(() => optionsStrings(locale), [locale]);
  const d = WELCOME_STRINGS[locale];
  if (!form || !targets) return <p className="muted">{t.loading}</p>;

  const set = (patch: Partial<Profile>) => (setForm({ ...form, ...patch }), setStatus({ kind: 'idle' }));
  const contact = (k: keyof Profile['contact'], v: string) => set({ contact: { ...form.contact, [k]: v } });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (saving) return;
    // Targets are checked first, so a refused form saves nothing and loses nothing.
    const patch = targetsFromForm(targets);
    const targetProblem = validateSettingsPatch(patch);
    if (targetProblem) {
      setProblems({ targets: targetProblem });
      setStatus({ kind: 'problem', text: d.problem });
      return;
    }
    setSaving(true);
    try {
      const r = await saveProfile({ ...form, keywords: parseKeywords(keywords) });
      if (!r.ok) {
        setProblems(r.problems);
        setStatus({ kind: 'problem', text: d.problem });
        return;
      }
      setProblems({});
      try {
        await services.setLogSettings(patch);
        setStatus({ kind: 'saved' });
      } catch (err) {
        setStatus({ kind: 'problem', text: d.targetsFailed(err instanceof Error ? err.message : String(err)) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="welcome" lang={locale}>
      <h1>{d.title}</h1>
      <p className="muted">{d.intro}</p>
      <form onSubmit={save} aria-label={d.title}>
        <section className="card" aria-labelledby="w-brand-title">
          <h2 id="w-brand-title">1. {d.stepBrand}</h2>
          <div className="row">
            <TextField id="w-brand" label={t.brand} value={form.brand} onChange={(brand) => set({ brand })} />
            <TextField id="w-hx" label={t.handleX} value={form.handles.x} placeholder="@" onChange={(x) => set({ handles: { ...form.handles, x } })} problem={problems.handles} />
            <TextField id="w-hfb" label={t.handleFacebook} value={form.handles.facebook} onChange={(facebook) => set({ handles: { ...form.handles, facebook } })} />
          </div>
          <div className="row">
            <TextField id="w-keywords" label={t.brandKeywords} value={keywords} onChange={(v) => (setKeywords(v), setStatus({ kind: 'idle' }))} />
          </div>
        </section>
        <section className="card" aria-labelledby="w-you-title">
          <h2 id="w-you-title">2. {d.stepYou}</h2>
          <div className="row">
            <TextField id="w-name" label={t.agentName} value={form.agentName} onChange={(agentName) => set({ agentName })} />
            <TextField id="w-signature" label={t.signature} value={form.signature} onChange={(signature) => set({ signature })} />
          </div>
        </section>
        <section className="card" aria-labelledby="w-channels-title">
          <h2 id="w-channels-title">3. {d.stepChannels}</h2>
          <p className="muted">{d.channelsHint}</p>
          <div className="row">
            <TextField id="w-dm" type="url" label={t.dmLink} value={form.contact.dmLink} onChange={(v) => contact('dmLink', v)} problem={problems.dmLink} />
            <TextField id="w-messenger" type="url" label={t.messengerLink} value={form.contact.messengerLink} onChange={(v) => contact('messengerLink', v)} problem={problems.messengerLink} />
          </div>
          <div className="row">
            <TextField id="w-phone" type="tel" label={t.phone} value={form.contact.phone} onChange={(v) => contact('phone', v)} problem={problems.phone} />
            <TextField id="w-email" type="email" label={t.email} value={form.contact.email} onChange={(v) => contact('email', v)} problem={problems.email} />
          </div>
        </section>
        <section className="card" aria-labelledby="w-languages-title">
          <h2 id="w-languages-title">4. {d.stepLanguages}</h2>
          <AnswerLanguages legend={t.answerLanguages} value={form.languages} onChange={(l) => set({ languages: l })} names={t.languages} problem={problems.languages} />
          <div className="row">
            <UiLanguageSelect id="w-ui" label={t.uiLanguage} autoLabel={t.uiAuto} names={t.languages} value={form.uiLanguage} onChange={(uiLanguage) => set({ uiLanguage })} />
          </div>
        </section>
        <section className="card" aria-labelledby="w-targets-title">
          <h2 id="w-targets-title">5. {d.stepTargets}</h2>
          <div className="row">
            <TextField id="w-sla" label={t.slaTargets} value={targets.sla} onChange={(sla) => (setTargets({ ...targets, sla }), setStatus({ kind: 'idle' }))} problem={problems.targets} />
            <TextField id="w-rate" label={t.responseRate} inputMode="numeric" value={targets.responseRate} onChange={(responseRate) => (setTargets({ ...targets, responseRate }), setStatus({ kind: 'idle' }))} />
          </div>
        </section>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>{d.saveAndStart}</button>
          <span aria-live="polite" role="status" data-testid="welcome-status" className={status.kind === 'problem' ? 'error' : undefined}>
            {status.kind === 'saved' ? d.saved : status.kind === 'problem' ? status.text : ''}
          </span>
        </div>
      </form>
    </main>
  );
}
