/**
 * The options page: the library, packs, settings, import and export, as tabs. A tab once opened
 * stays mounted (hidden when another is shown), so switching tabs never drops what was typed; a tab
 * with unsaved edits is marked, and leaving the page with them asks first.
 */
import { useCallback, useMemo, useState } from 'react';
import { optionsStrings } from '@/lib/i18n/options';
import { OptionsContext } from './context';
import { useLibraryState, useProfile } from './hooks';
import { LibraryView } from './LibraryView';
import { PacksView } from './PacksView';
import type { OptionsServices } from './services';
import { SettingsView } from './SettingsView';
import { TransferView } from './TransferView';
import { TemplateHealthView } from './TemplateHealthView';
import { UnsavedContext, useLeaveWarning } from './unsaved';

type Tab = 'library' | 'packs' | 'health' | 'settings' | 'transfer';
const TABS: Tab[] = ['library', 'packs', 'health', 'settings', 'transfer'];

export function OptionsApp({ services, languages, initialTab = 'library' }: { services: OptionsServices; languages?: readonly string[]; initialTab?: Tab }) {
  const state = useLibraryState();
  const profile = useProfile();
  const [tab, setTabState] = useState<Tab>(initialTab);
  const [opened, setOpened] = useState<ReadonlySet<Tab>>(() => new Set([initialTab]));
  const setTab = (next: Tab) => {
    setTabState(next);
    setOpened((o) => (o.has(next) ? o : new Set([...o, next])));
  };
  // Forms report unsaved edits under their tab's name ("library" for the item editor).
  const [unsaved, setUnsaved] = useState<Readonly<Record<string, boolean>>>({});
  const report = useCallback((key: string, dirty: boolean) => setUnsaved((u) => (!!u[key] === dirty ? u : { ...u, [key]: dirty })), []);
  useLeaveWarning(Object.values(unsaved).some(Boolean));
  const t = useMemo(() => optionsStrings(profile?.uiLanguage ?? 'auto', languages), [profile?.uiLanguage, languages]);
  const context = useMemo(() => ({ t, services }), [t, services]);
  const conflicts = state ? Object.values(state.packs).reduce((n, e) => n + e.installed.conflicts.length, 0) : 0;

  const onTabKey = (e: React.KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <OptionsContext.Provider value={context}>
      <UnsavedContext.Provider value={report}>
      <div className="options" lang={t.locale}>
        <header>
          <h1>{t.title}</h1>
          <nav role="tablist" aria-label={t.title} onKeyDown={onTabKey}>
            {TABS.map((id) => (
              <button key={id} id={`tab-${id}`} role="tab" type="button" aria-selected={tab === id} aria-controls={`panel-${id}`} tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}>
                {t.tabs[id]}
                {id === 'packs' && conflicts > 0 && <span className="badge conflict"> {conflicts}</span>}
                {unsaved[id] && <span className="badge unsaved" title={t.unsavedTab} aria-label={t.unsavedTab} data-testid={`unsaved-${id}`}> •</span>}
              </button>
            ))}
          </nav>
        </header>
        <main>
          {!state || !profile ? (
            <p className="muted">{t.loading}</p>
          ) : (
            TABS.filter((id) => opened.has(id)).map((id) => (
              <section key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={tab !== id}>
                {id === 'library' ? (
                  <LibraryView state={state} profile={profile} />
                ) : id === 'packs' ? (
                  <PacksView state={state} profile={profile} />
                ) : id === 'health' ? (
                  <TemplateHealthView />
                ) : id === 'settings' ? (
                  <SettingsView profile={profile} />
                ) : (
                  <TransferView />
                )}
              </section>
            ))
          )}
        </main>
      </div>
      </UnsavedContext.Provider>
    </OptionsContext.Provider>
  );
}
