/**
 * The popup: this person's own numbers, answering in one screen — the headline number, then what
 * needs doing now (hand-offs past their time, complaints still unanswered, with who, what and how
 * long), then everything else folded. Data comes through `load`, so the component is testable
 * without a background; entrypoints/popup/main.tsx wires it to `send`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PopupStats } from '@/lib/messaging/protocol';
import type { Period } from '@/lib/log/metrics';
import { STATS_STRINGS, type Locale } from '@/lib/i18n/stats';
import { PeriodSwitch } from './stats/PeriodSwitch';
import { Headline, MoreNumbers } from './stats/Headline';
import { SlaList } from './stats/SlaList';
import { TrendChart } from './stats/TrendChart';
import { DistributionChart } from './stats/DistributionChart';
import { BreakdownTable, TemplateTable } from './stats/BreakdownTable';
import { UnansweredList } from './stats/UnansweredList';
import { OverdueHandOffs } from './stats/OverdueHandOffs';
import { SeverityGlossary } from './stats/SeverityGlossary';
import { caseLabels } from './stats/labels';
import { CrisisWaves } from './radar/CrisisWaves';

type State = { status: 'loading' } | { status: 'ready'; stats: PopupStats } | { status: 'error'; message: string };

export interface StatsPopupProps {
  load(period: Period): Promise<PopupStats>;
  locale?: Locale;
  initialPeriod?: Period;
  /** A template's title in the library, for the by-template table (its id only when it is gone). */
  templateTitle?(id: string): string | undefined;
  /** The welcome page (first-run set-up): linked from the empty state and when no brand is set. */
  setupHref?: string;
  /** No brand in the profile yet: Soothe cannot tell which complaints are the user's. */
  needsSetup?: boolean;
}

export function StatsPopup({ load, locale = 'en', initialPeriod = 'today', templateTitle, setupHref, needsSetup = false }: StatsPopupProps) {
  const t = STATS_STRINGS[locale];
  const labels = useMemo(() => caseLabels(locale, t), [locale, t]);
  const [period, setPeriod] = useState<Period>(initialPeriod);
  const [state, setState] = useState<State>({ status: 'loading' });
  const latest = useRef(0);

  const refresh = useCallback(
    (p: Period) => {
      const ticket = ++latest.current; // a slow answer for an older period must not overwrite a newer one
      setState({ status: 'loading' });
      load(p).then(
        (stats) => ticket === latest.current && setState({ status: 'ready', stats }),
        (err: unknown) => ticket === latest.current && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
      );
    },
    [load],
  );
  useEffect(() => refresh(period), [refresh, period]);

  const stats = state.status === 'ready' ? state.stats : null;
  const setup = setupHref ? (
    <a className="setup" href={setupHref} target="_blank" rel="noreferrer" data-testid="setup-link">
      {t.setupCta}
    </a>
  ) : null;
  return (
    <main className="popup" lang={locale}>
      <header className="top">
        <h1>Soothe · {t.title}</h1>
        {stats?.hasAnyData && <PeriodSwitch value={period} onChange={setPeriod} t={t} />}
      </header>
      {stats?.writeFailure && (
        <p role="alert" className="write-failure" data-testid="write-failure">
          <strong>{t.writeFailure}</strong> {stats.writeFailure.message}
        </p>
      )}
      {state.status === 'loading' && <p>{t.loading}</p>}
      {state.status === 'error' && (
        <p role="alert" data-testid="load-error">
          {t.loadFailed} {state.message}
        </p>
      )}
      {stats && !stats.hasAnyData && (
        <div className="empty">
          <p data-testid="empty">{t.emptyNew}</p>
          {setup}
        </div>
      )}
      {stats?.hasAnyData && needsSetup && (
        <p className="note" data-testid="setup-needed">
          {t.setupNeeded} {setup}
        </p>
      )}
      {stats?.hasAnyData && (
        <>
          <Headline stats={stats} t={t} locale={locale} />
          {stats.seen === 0 && <p data-testid="empty-period">{t.emptyPeriod}</p>}
          {stats.overdueHandOffs && <OverdueHandOffs items={stats.overdueHandOffs.items} total={stats.overdueHandOffs.total} t={t} locale={locale} labels={labels} />}
          {stats.seen > 0 && <UnansweredList items={stats.unanswered} total={stats.unansweredTotal} t={t} labels={labels} />}
        </>
      )}
      <CrisisWaves locale={locale} />
      {stats?.hasAnyData && (
        <>
          {stats.seen > 0 && (
            <details className="fold" data-testid="more-numbers">
              <summary>{t.moreNumbers}</summary>
              <MoreNumbers stats={stats} t={t} />
              <SlaList sla={stats.sla} t={t} locale={locale} />
              {stats.trend.length > 1 && <TrendChart trend={stats.trend} t={t} />}
              <DistributionChart distribution={stats.distribution} t={t} />
            </details>
          )}
          <details className="fold" data-testid="breakdowns">
            <summary>{t.breakdowns}</summary>
            {stats.seen > 0 && (
              <>
                <BreakdownTable title={t.byPlatform} rows={stats.byPlatform} label={labels.platform} t={t} testId="by-platform" />
                <BreakdownTable title={t.byCategory} rows={stats.byCategory} label={(k) => labels.category(k) ?? k} t={t} testId="by-category" />
              </>
            )}
            <TemplateTable rows={stats.byTemplate} t={t} title={templateTitle} />
          </details>
          {stats.seen > 0 && <SeverityGlossary t={t} labels={labels} />}
        </>
      )}
    </main>
  );
}
