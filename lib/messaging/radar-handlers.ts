/** Background handlers of the crisis radar (alerts, checklist, wave hand-off, settings) and of template health. */
import type { SootheDB } from '../log/db';
import { LogInputError } from '../log/errors';
import { recordEvents } from '../log/record';
import { mailtoLink } from '../handoff/summary';
import { handOffStrings } from '../i18n/handoff';
import { radarStrings } from '../i18n/radar';
import { buildWaveSummary, waveHandOffEvents } from '../radar/handoff';
import { getRadarSettings, listAlerts, updateAlert, updateRadarSettings } from '../radar/store';
import { loadProfile } from '../settings/profile';
import { uiLocale } from '../settings/ui-language';
import type { Handlers } from './router';
import type { HealthMessageType, RadarMessageType } from './protocol';
import { loadTemplateHealth } from '../health/load';
import { loadLibrary, loadLibraryState } from '../library/store/store';

export function createRadarHandlers(db: SootheDB, now: () => number = Date.now): Pick<Handlers, RadarMessageType | HealthMessageType> {
  return {
    'health:report': async () => {
      const [library, state] = await Promise.all([loadLibrary(), loadLibraryState()]);
      const packs = Object.values(state.packs).map((p) => ({ id: p.installed.pack.id, version: p.installed.pack.version }));
      return loadTemplateHealth(db, library, packs, now());
    },
    // With the library's holding statements (in the languages the user answers in), offered on each wave.
    'radar:alerts': async () => {
      const [alerts, settings, library, profile] = await Promise.all([listAlerts(db), getRadarSettings(db), loadLibrary(), loadProfile()]);
      const holding = (library.holding ?? []).filter((t) => profile.languages.includes(t.lang)).map(({ packId: _packId, ...t }) => t);
      return { ...alerts, settings, holding };
    },
    'radar:update': (patch) => updateAlert(db, { id: patch.id, doneSteps: patch.doneSteps, dismissed: patch.dismissed }, now()),
    'radar:handOff': async ({ id, departmentId }) => {
      const alert = await db.alerts.get(id);
      if (!alert) throw new LogInputError('That alert is no longer kept.');
      const profile = await loadProfile();
      const department = profile.departments.find((d) => d.id === departmentId);
      if (!department) throw new LogInputError('That department is not in your settings any more.');
      const at = now();
      const { recorded } = await recordEvents(db, waveHandOffEvents(alert, department, at));
      const cases = await db.cases.bulkGet(alert.caseKeys);
      const urls = new Map(cases.filter((c) => c?.url).map((c) => [c!.key, c!.url!]));
      const ui = [uiLocale(profile.uiLanguage)]; // the summary in the "Language of Soothe"
      const summary = buildWaveSummary(alert, department, urls, radarStrings(ui), handOffStrings(ui));
      await updateAlert(db, { id, handedOffTo: department.name, handedOffAt: at }, at);
      return { summary, mailto: mailtoLink(department, summary), handedOff: recorded };
    },
    'radar:settings': ({ patch }) => (patch ? updateRadarSettings(db, patch) : getRadarSettings(db)),
  };
}
