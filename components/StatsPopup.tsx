/**
 * The popup: this person's own numbers for today, 7 or 30 days. Data comes through `load`, so the
 * component is testable without a background; entrypoints/popup/main.tsx wires it to `send`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PopupStats } from '@/lib/messaging/protocol';
import type { Period } from '@/lib/log/metrics';
import { platformName, STATS_STRINGS, type Locale } from '@/lib/i18n/stats';
import { PeriodSwitch } from './stats/PeriodSwitch';
import { Headline } from './stats/Headline';
import { SlaList } from './stats/SlaList';
import { TrendChart } from './stats/TrendChart';
import { DistributionChart } from './stats/DistributionChart';
import { BreakdownTable, TemplateTable } from './stats/BreakdownTable';
import { UnansweredList } from './stats/UnansweredList';
import { OverdueHandOffs } from './stats/OverdueHandOffs';
import { CrisisWaves } from './radar/CrisisWaves';

type State = { status: 'loading' } | { status: 'ready'; stats: PopupStats } | { status: 'error'; message: string };

export interface StatsPopupProps {
  load(period: Period): Promise<PopupStats>;
  locale?: Locale;
  initialPeriod?: Period;
}

export function StatsPopup({ load, locale = 'en', initialPeriod = 'today' }: StatsPopupProps) {
  const t = STATS_STRINGS[locale];
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
  return (
    <main className="popup" lang={locale}>
      <h1>Soothe · {t.title}</h1>
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
      {stats && !stats.hasAnyData && <p data-testid="empty">{t.emptyNew}</p>}
      <CrisisWaves />
      {stats?.hasAnyData && (
        <>
          <PeriodSwitch value={period} onChange={setPeriod} t={t} />
          <Headline stats={stats} t={t} locale={locale} />
          {stats.overdueHandOffs && <OverdueHandOffs items={stats.overdueHandOffs.items} total={stats.overdueHandOffs.total} t={t} locale={locale} />}
          {stats.seen === 0 ? (
            <p data-testid="empty-period">{t.emptyPeriod}</p>
          ) : (
            <>
              <SlaList sla={stats.sla} t={t} locale={locale} />
              {stats.trend.length > 1 && <TrendChart trend={stats.trend} t={t} />}
              <DistributionChart distribution={stats.distribution} t={t} />
              <UnansweredList items={stats.unanswered} total={stats.unansweredTotal} t={t} />
              <BreakdownTable title={t.byPlatform} rows={stats.byPlatform} label={(k) => platformName(k, t) ?? k} t={t} testId="by-platform" />
              <BreakdownTable title={t.byCategory} rows={stats.byCategory} label={(k) => (k === 'unknown' ? t.unknownCategory : k)} t={t} testId="by-category" />
            </>
          )}
          <TemplateTable rows={stats.byTemplate} t={t} />
        </>
      )}
    </main>
  );
}
