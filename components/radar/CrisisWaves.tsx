/** The popup's crisis-radar section: active waves in full, past waves in short. Nothing when there are none. */
import { useEffect, useState } from 'react';
import type { Department } from '@/lib/handoff/departments';
import { loadDepartments } from '@/lib/handoff/store';
import { radarStrings } from '@/lib/i18n/radar';
import type { Locale } from '@/lib/i18n/stats';
import { send } from '@/lib/messaging/client';
import type { PackTemplate } from '@/lib/library/pack/pack-schema';
import type { TemplateValues } from '@/lib/library/pack/render-template';
import { holdingFor } from '@/lib/radar/holding';
import type { StoredAlert } from '@/lib/radar/types';
import { loadProfile, profileValues } from '@/lib/settings/profile';
import { WaveCard, type WaveActions } from './WaveCard';

const actions: WaveActions = {
  setSteps: (id, doneSteps) => send('radar:update', { id, doneSteps }),
  handOff: (id, departmentId) => send('radar:handOff', { id, departmentId }),
};

/** Module-level, so the default is the same function every render (a new one would re-run the effect forever). */
const loadAlerts = () => send('radar:alerts', {});
const loadValues = () => loadProfile().then(profileValues);

export function CrisisWaves({ load = loadAlerts, departments: getDepartments = loadDepartments, values: getValues = loadValues, locale }: {
  load?: () => Promise<{ active: StoredAlert[]; past: StoredAlert[]; settings: { procedure: string[] }; holding?: PackTemplate[] }>;
  departments?: () => Promise<Department[]>;
  values?: () => Promise<TemplateValues>;
  /** The "Language of Soothe" of the screen it is on (the browser's when absent). */
  locale?: Locale;
}) {
  const [data, setData] = useState<{ active: StoredAlert[]; past: StoredAlert[]; procedure: string[]; holding: PackTemplate[] } | null>(null);
  const [values, setValues] = useState<TemplateValues>({});
  const [departments, setDepartments] = useState<Department[]>([]);
  const r = radarStrings(locale ? [locale] : undefined);
  useEffect(() => {
    load().then((res) => setData({ active: res.active, past: res.past, procedure: res.settings.procedure, holding: res.holding ?? [] }), () => setData(null));
    getDepartments().then(setDepartments, () => undefined);
    getValues().then(setValues, () => undefined);
  }, [load, getDepartments, getValues]);
  if (!data || (!data.active.length && !data.past.length)) return null;
  return (
    <section className="crisis-waves" data-testid="crisis-waves" aria-label={r.title}>
      <h2>{r.title}</h2>
      <h3>{r.active}</h3>
      {data.active.length ? data.active.map((a) => <WaveCard key={a.id} alert={a} procedure={data.procedure} departments={departments} actions={actions} r={r} holding={holdingFor(a, data.holding, values)} />) : <p>{r.none}</p>}
      {data.past.length > 0 && (
        <>
          <h3>{r.past}</h3>
          {data.past.slice(0, 10).map((a) => (
            <WaveCard key={a.id} alert={a} procedure={[]} departments={[]} actions={actions} r={r} compact />
          ))}
        </>
      )}
    </section>
  );
}
