/** The options page: the library, packs, settings, import and export, as tabs. */
import { useMemo, useState } from 'react';
import { optionsStrings } from '@/lib/i18n/options';
import { OptionsContext } from './context';
import { useLibraryState, useProfile } from './hooks';
import { LibraryView } from './LibraryView';
import { PacksView } from './PacksView';
import type { OptionsServices } from './services';
import { SettingsView } from './SettingsView';
import { TransferView } from './TransferView';
import { TemplateHealthView } from './TemplateHealthView';

type Tab = 'library' | 'packs' | 'health' | 'settings' | 'transfer';
const TABS: Tab[] = ['library', 'packs', 'health', 'settings', 'transfer'];

export function OptionsApp({ services, languages, initialTab = 'library' }: { services: OptionsServices; languages?: readonly string[]; initialTab?: Tab }) {
  const state = useLibraryState();
  const profile = useProfile();
  const [tab, setTab] = useState<Tab>(initialTab);
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
      <div className="options" lang={t.locale}>
        <header>
          <h1>{t.title}</h1>
          <nav role="tablist" aria-label={t.title} onKeyDown={onTabKey}>
            {TABS.map((id) => (
              <button key={id} id={`tab-${id}`} role="tab" type="button" aria-selected={tab === id} aria-controls={`panel-${id}`} tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}>
                {t.tabs[id]}
                {id === 'packs' && conflicts > 0 && <span className="badge conflict"> {conflicts}</span>}
              </button>
            ))}
          </nav>
        </header>
        <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {!state || !profile ? (
            <p className="muted">{t.loading}</p>
          ) : tab === 'library' ? (
            <LibraryView state={state} profile={profile} />
          ) : tab === 'packs' ? (
            <PacksView state={state} profile={profile} />
          ) : tab === 'health' ? (
            <TemplateHealthView />
          ) : tab === 'settings' ? (
            <SettingsView profile={profile} />
          ) : (
            <TransferView />
          )}
        </main>
      </div>
    </OptionsContext.Provider>
  );
}
