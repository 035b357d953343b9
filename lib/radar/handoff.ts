/**
 * Handing a whole wave to a department: one summary (how many, since when, about what, examples and
 * every complaint's link) built with the hand-off note's greeting, closing and mailto link
 * (lib/handoff/summary.ts), and one hand-off event per complaint so each case shows who has it.
 */
import type { Department } from '../handoff/departments';
import { caseEvent } from '../log/case-event';
import type { HandOffSummary } from '../handoff/summary';
import type { HandOffStrings } from '../i18n/handoff';
import type { RadarStrings } from '../i18n/radar';
import { formatDuration, STATS_STRINGS } from '../i18n/stats';
import type { LogEventInput } from '../log/events';
import type { Platform } from '../sites/types';
import type { StoredAlert } from './types';

/** Links in the summary: all of them up to this many (mail clients choke on huge mailto bodies). */
const MAX_LINKS = 40;

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function waveTitle(a: Pick<StoredAlert, 'kind' | 'scope'>, r: RadarStrings): string {
  return r.kind[a.kind](a.scope);
}

export function buildWaveSummary(a: StoredAlert, department: Department, urls: Map<string, string>, r: RadarStrings, h: HandOffStrings): HandOffSummary {
  const s = STATS_STRINGS.en;
  const links = a.caseKeys.map((k) => urls.get(k) ?? k);
  const lines = [
    h.greeting(department.name),
    '',
    r.summaryIntro(a.count, a.authors),
    '',
    `${r.fields.about}: ${waveTitle(a, r)}${a.topTerms.length ? ` — ${a.topTerms.map((t) => t.term).join(', ')}` : ''}`,
    `${r.fields.since}: ${time(a.startedAt)}`,
    `${r.fields.latest}: ${time(a.lastAt)}`,
    `${r.fields.rate}: ${r.growth(a.ratePerHour, a.growth)}`,
    `${r.fields.platforms}: ${Object.entries(a.platforms).map(([p, n]) => `${p} ${n}`).join(', ')}`,
    `${r.fields.agreed}: ${formatDuration(department.agreedMs, s)}`,
    '',
    `${r.fields.examples}:`,
    ...a.examples.map((e) => `- ${e.url ?? `${e.platform}:${e.postId}`}`),
    '',
    `${r.fields.complaints} (${a.caseKeys.length}):`,
    ...links.slice(0, MAX_LINKS).map((l) => `- ${l}`),
    ...(links.length > MAX_LINKS ? [`… +${links.length - MAX_LINKS}`] : []),
    '',
    h.closing,
  ];
  return { subject: r.summarySubject(waveTitle(a, r), a.count), body: lines.join('\n') };
}

/** One hand-off event per complaint of the wave; fixed ids, so handing the same wave again records nothing twice. */
export function waveHandOffEvents(a: StoredAlert, department: Department, at: number): LogEventInput[] {
  return a.caseKeys.map((key) => {
    const i = key.indexOf(':', key.startsWith('web:') ? 4 : 0);
    const platform = key.slice(0, i) as Platform;
    return caseEvent('handed_off', { platform, postId: key.slice(i + 1), context: {} }, at, { id: `wave-handoff:${a.id}:${department.id}:${key}`, department });
  });
}
