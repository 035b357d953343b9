/** Crisis-radar strings (banner, popup, notification, wave hand-off). English; other languages fall back to it. */
import type { AlertKind } from '../radar/types';

export interface RadarStrings {
  title: string;
  kind: Record<AlertKind, (scope: string) => string>;
  /** "9 complaints from 8 people since 14:05" */
  howMany: (count: number, people: number, since: string) => string;
  growth: (ratePerHour: number, growth: number) => string;
  about: string;
  examples: string;
  platforms: string;
  procedure: string;
  handOff: string;
  handOffTo: (dept: string) => string;
  handedOff: (dept: string, n: number) => string;
  noDepartments: string;
  copy: string;
  email: string;
  dismiss: string;
  active: string;
  past: string;
  none: string;
  notificationTitle: string;
  summarySubject: (about: string, count: number) => string;
  summaryIntro: (count: number, people: number) => string;
  fields: { since: string; latest: string; rate: string; platforms: string; about: string; examples: string; complaints: string; agreed: string };
}

const en: RadarStrings = {
  title: 'Crisis radar',
  kind: {
    thread: () => 'Wave under one post',
    category: (c) => `Wave of ${c} complaints`,
    phrase: (p) => `Wave about “${p}”`,
  },
  howMany: (count, people, since) => `${count} complaint${count === 1 ? '' : 's'} from ${people} ${people === 1 ? 'person' : 'people'} since ${since}`,
  growth: (rate, growth) => `${rate}/h, ${growth}× the usual rate`,
  about: 'About',
  examples: 'Examples',
  platforms: 'Where',
  procedure: 'Crisis procedure',
  handOff: 'Hand off the whole wave',
  handOffTo: (d) => `Hand off to ${d}`,
  handedOff: (d, n) => `Handed off to ${d}: ${n} complaint${n === 1 ? '' : 's'}.`,
  noDepartments: 'Add departments in the options page to hand a wave off.',
  copy: 'Copy summary',
  email: 'E-mail',
  dismiss: 'Hide',
  active: 'Active waves',
  past: 'Past waves',
  none: 'No waves.',
  notificationTitle: 'Soothe: a wave of complaints',
  summarySubject: (about, count) => `[Crisis] ${about}: ${count} complaints`,
  summaryIntro: (count, people) => `A wave of ${count} complaints from ${people} people is under way. Details:`,
  fields: { since: 'Since', latest: 'Latest', rate: 'Rate', platforms: 'Platforms', about: 'About', examples: 'Examples', complaints: 'All complaints', agreed: 'Agreed reply time' },
};

export function radarStrings(): RadarStrings {
  return en;
}
