/**
 * The crisis radar's banner at the top of the panel: the active waves the user has not hidden, each
 * with its explanation, procedure checklist and wave hand-off (components/radar/WaveCard.tsx).
 * Reads the alerts when the panel opens and every few seconds while it stays open.
 */
import { useEffect, useState } from 'react';
import { loadDepartments } from '@/lib/handoff/store';
import type { Department } from '@/lib/handoff/departments';
import { radarStrings } from '@/lib/i18n/radar';
import type { Locale } from '@/lib/i18n/stats';
import { send } from '@/lib/messaging/client';
import type { PackTemplate } from '@/lib/library/pack/pack-schema';
import type { TemplateValues } from '@/lib/library/pack/render-template';
import { holdingFor, type HoldingOffer } from '@/lib/radar/holding';
import type { StoredAlert } from '@/lib/radar/types';
import { WaveCard, type WaveActions } from '../radar/WaveCard';


const defaultActions: WaveActions = {
  setSteps: (id, doneSteps) => send('radar:update', { id, doneSteps }),
  handOff: (id, departmentId) => send('radar:handOff', { id, departmentId }),
  dismiss: (id) => send('radar:update', { id, dismissed: true }),
};

/** Module-level, so the default is the same function every render (a new one would re-run the effect forever). */
const loadAlerts = () => send('radar:alerts', {});

export function CrisisBanner({ load = loadAlerts, actions = defaultActions, departments: getDepartments = loadDepartments, values = {}, onInsert, locale }: {
  load?: () => Promise<{ active: StoredAlert[]; settings: { procedure: string[] }; holding?: PackTemplate[] }>;
  actions?: WaveActions;
  departments?: () => Promise<Department[]>;
  /** The user's values (signature, DM link…) the holding statements are rendered with. */
  values?: TemplateValues;
  /** Inserts a holding statement into this panel's reply box. */
  onInsert?(offer: HoldingOffer): Promise<void>;
  /** The "Language of Soothe" of the screen it is on (the browser's when absent). */
  locale?: Locale;
}) {
  const [alerts, setAlerts] = useState<StoredAlert[]>([]);
  const [holding, setHolding] = useState<PackTemplate[]>([]);
  const [procedure, setProcedure] = useState<string[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const r = radarStrings(locale ? [locale] : undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      load().then(
        (res) => {
          if (!live) return;
          setAlerts(res.active.filter((a) => a.dismissedAt === undefined));
          setProcedure(res.settings.procedure);
          setHolding(res.holding ?? []);
        },
        () => undefined, // the radar is extra: a failed read never disturbs the panel
      );
    void read();
    getDepartments().then((d) => live && setDepartments(d), () => undefined);
    // Read again when the manager comes back to the tab, not on a timer: polling would keep the
    // background awake (Firefox's event page never idles), and a new wave also raises a notification.
    const again = () => document.visibilityState === 'visible' && void read();
    document.addEventListener('visibilitychange', again);
    window.addEventListener('focus', again);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('focus', again);
    };
  }, [load, getDepartments]);
  if (!alerts.length) return null;
  return (
    <section className="soothe-crisis" role="alert" aria-label={r.title} data-testid="crisis-banner">
      <header>
        <strong>{r.title}</strong>
      </header>
      {alerts.map((a) => (
        <div key={a.id}>
          <WaveCard alert={a} procedure={procedure} departments={departments} actions={actions} r={r} holding={holdingFor(a, holding, values)} onInsert={onInsert} />
          {actions.dismiss && (
            <button type="button" className="soothe-link" onClick={() => void actions.dismiss!(a.id).then(() => setAlerts((xs) => xs.filter((x) => x.id !== a.id)))}>
              {r.dismiss}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
