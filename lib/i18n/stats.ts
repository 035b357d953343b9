/**
 * The popup's words in English, Polish and Greek, picked by the browser's language, and the
 * formatting of durations and shares in that language.
 */
export type Locale = 'en' | 'pl' | 'el';

export interface StatsStrings {
  title: string;
  loading: string;
  loadFailed: string;
  periods: { today: string; '7d': string; '30d': string; '365d': string };
  periodLabel: string;
  emptyNew: string;
  emptyPeriod: string;
  seen: string;
  answered: string;
  responseRate: string;
  target: (pct: string) => string;
  belowTarget: string;
  onTarget: string;
  insertions: string;
  frtMedian: string;
  frtP90: string;
  handlingMedian: string;
  fromSeenNote: (n: number) => string;
  sla: string;
  within: (target: string) => string;
  trend: string;
  trendLegend: { seen: string; answered: string };
  distribution: string;
  more: (d: string) => string;
  upTo: (d: string) => string;
  byPlatform: string;
  byCategory: string;
  byTemplate: string;
  colKey: string;
  colSeen: string;
  colAnswered: string;
  colMedian: string;
  colInserted: string;
  unanswered: string;
  unansweredNone: string;
  unansweredMore: (n: number) => string;
  waiting: (d: string) => string;
  open: string;
  platforms: Record<string, string>;
  unknownCategory: string;
  writeFailure: string;
  noValue: string;
  units: { lessThanMinute: string; min: string; h: string; d: string };
}

const en: StatsStrings = {
  title: 'Your numbers',
  loading: 'Loading your numbers…',
  loadFailed: 'Could not read your stats:',
  periods: { today: 'Today', '7d': '7 days', '30d': '30 days', '365d': '1 year' },
  periodLabel: 'Period',
  emptyNew: 'No replies yet. Open a complaint on X or Facebook and press the Soothe button; your response times will show up here.',
  emptyPeriod: 'No complaints seen in this period.',
  seen: 'Complaints seen',
  answered: 'Answered',
  responseRate: 'Response rate',
  target: (pct) => `target ${pct}`,
  belowTarget: 'below target',
  onTarget: 'on target',
  insertions: 'Replies inserted',
  frtMedian: 'First response (median)',
  frtP90: 'First response (90th percentile)',
  handlingMedian: 'Handling time (median)',
  fromSeenNote: (n) => `${n} without a post time: timed from when you first saw them.`,
  sla: 'Answered within',
  within: (t) => `≤ ${t}`,
  trend: 'Daily trend',
  trendLegend: { seen: 'seen', answered: 'answered' },
  distribution: 'First response times',
  more: (d) => `> ${d}`,
  upTo: (d) => `≤ ${d}`,
  byPlatform: 'By platform',
  byCategory: 'By category',
  byTemplate: 'By template',
  colKey: '',
  colSeen: 'Seen',
  colAnswered: 'Answered',
  colMedian: 'Median',
  colInserted: 'Inserted',
  unanswered: 'Unanswered',
  unansweredNone: 'None: every complaint got a reply.',
  unansweredMore: (n) => `and ${n} more`,
  waiting: (d) => `waiting ${d}`,
  open: 'Open',
  platforms: { x: 'X', facebook: 'Facebook' },
  unknownCategory: 'uncategorised',
  writeFailure: 'Some activity was not saved.',
  noValue: '–',
  units: { lessThanMinute: '< 1 min', min: 'min', h: 'h', d: 'd' },
};

const pl: StatsStrings = {
  title: 'Twoje wyniki',
  loading: 'Wczytywanie wyników…',
  loadFailed: 'Nie udało się odczytać statystyk:',
  periods: { today: 'Dziś', '7d': '7 dni', '30d': '30 dni', '365d': '1 rok' },
  periodLabel: 'Okres',
  emptyNew: 'Brak odpowiedzi. Otwórz skargę na X lub Facebooku i naciśnij przycisk Soothe; tutaj pojawią się Twoje czasy odpowiedzi.',
  emptyPeriod: 'W tym okresie nie było skarg.',
  seen: 'Zauważone skargi',
  answered: 'Z odpowiedzią',
  responseRate: 'Odsetek odpowiedzi',
  target: (pct) => `cel ${pct}`,
  belowTarget: 'poniżej celu',
  onTarget: 'cel osiągnięty',
  insertions: 'Wstawione odpowiedzi',
  frtMedian: 'Pierwsza odpowiedź (mediana)',
  frtP90: 'Pierwsza odpowiedź (90. percentyl)',
  handlingMedian: 'Czas obsługi (mediana)',
  fromSeenNote: (n) => `Bez czasu publikacji: ${n}; liczone od chwili, gdy je zobaczyłeś.`,
  sla: 'Odpowiedź w ciągu',
  within: (t) => `≤ ${t}`,
  trend: 'Trend dzienny',
  trendLegend: { seen: 'zauważone', answered: 'z odpowiedzią' },
  distribution: 'Czasy pierwszej odpowiedzi',
  more: (d) => `> ${d}`,
  upTo: (d) => `≤ ${d}`,
  byPlatform: 'Według platformy',
  byCategory: 'Według kategorii',
  byTemplate: 'Według szablonu',
  colKey: '',
  colSeen: 'Zauważone',
  colAnswered: 'Z odpowiedzią',
  colMedian: 'Mediana',
  colInserted: 'Wstawione',
  unanswered: 'Bez odpowiedzi',
  unansweredNone: 'Brak: każda skarga dostała odpowiedź.',
  unansweredMore: (n) => `i jeszcze ${n}`,
  waiting: (d) => `czeka ${d}`,
  open: 'Otwórz',
  platforms: { x: 'X', facebook: 'Facebook' },
  unknownCategory: 'bez kategorii',
  writeFailure: 'Część aktywności nie została zapisana.',
  noValue: '–',
  units: { lessThanMinute: '< 1 min', min: 'min', h: 'godz.', d: 'dn.' },
};

const el: StatsStrings = {
  title: 'Τα νούμερά σας',
  loading: 'Φόρτωση…',
  loadFailed: 'Δεν ήταν δυνατή η ανάγνωση των στατιστικών:',
  periods: { today: 'Σήμερα', '7d': '7 ημέρες', '30d': '30 ημέρες', '365d': '1 έτος' },
  periodLabel: 'Περίοδος',
  emptyNew: 'Καμία απάντηση ακόμη. Ανοίξτε ένα παράπονο στο X ή στο Facebook και πατήστε το κουμπί Soothe· οι χρόνοι απόκρισής σας θα εμφανιστούν εδώ.',
  emptyPeriod: 'Κανένα παράπονο σε αυτή την περίοδο.',
  seen: 'Παράπονα που είδατε',
  answered: 'Με απάντηση',
  responseRate: 'Ποσοστό απάντησης',
  target: (pct) => `στόχος ${pct}`,
  belowTarget: 'κάτω από τον στόχο',
  onTarget: 'στον στόχο',
  insertions: 'Απαντήσεις που εισήχθησαν',
  frtMedian: 'Πρώτη απάντηση (διάμεσος)',
  frtP90: 'Πρώτη απάντηση (90ό εκατοστημόριο)',
  handlingMedian: 'Χρόνος χειρισμού (διάμεσος)',
  fromSeenNote: (n) => `${n} χωρίς ώρα ανάρτησης: μετρήθηκαν από τη στιγμή που τα είδατε.`,
  sla: 'Απάντηση εντός',
  within: (t) => `≤ ${t}`,
  trend: 'Ημερήσια τάση',
  trendLegend: { seen: 'είδατε', answered: 'απαντήθηκαν' },
  distribution: 'Χρόνοι πρώτης απάντησης',
  more: (d) => `> ${d}`,
  upTo: (d) => `≤ ${d}`,
  byPlatform: 'Ανά πλατφόρμα',
  byCategory: 'Ανά κατηγορία',
  byTemplate: 'Ανά πρότυπο',
  colKey: '',
  colSeen: 'Είδατε',
  colAnswered: 'Απαντήθηκαν',
  colMedian: 'Διάμεσος',
  colInserted: 'Εισαγωγές',
  unanswered: 'Χωρίς απάντηση',
  unansweredNone: 'Κανένα: όλα τα παράπονα απαντήθηκαν.',
  unansweredMore: (n) => `και ${n} ακόμη`,
  waiting: (d) => `αναμονή ${d}`,
  open: 'Άνοιγμα',
  platforms: { x: 'X', facebook: 'Facebook' },
  unknownCategory: 'χωρίς κατηγορία',
  writeFailure: 'Μέρος της δραστηριότητας δεν αποθηκεύτηκε.',
  noValue: '–',
  units: { lessThanMinute: '< 1 λεπ.', min: 'λεπ.', h: 'ώρ.', d: 'ημ.' },
};

export const STATS_STRINGS: Record<Locale, StatsStrings> = { en, pl, el };

/** First supported language among the browser's preferences; English otherwise. */
export function pickLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'en' || base === 'pl' || base === 'el') return base;
  }
  return 'en';
}

const MIN = 60_000;
/** "< 1 min", "12 min", "2 h 5 min", "3 d 4 h", in the locale's units. */
export function formatDuration(ms: number | null, t: StatsStrings): string {
  if (ms === null || !Number.isFinite(ms)) return t.noValue;
  const u = t.units;
  const mins = Math.round(ms / MIN);
  if (ms < MIN) return u.lessThanMinute;
  if (mins < 60) return `${mins} ${u.min}`;
  const hours = Math.floor(mins / 60);
  if (hours < 24) return mins % 60 ? `${hours} ${u.h} ${mins % 60} ${u.min}` : `${hours} ${u.h}`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} ${u.d} ${hours % 24} ${u.h}` : `${days} ${u.d}`;
}

export function formatShare(x: number | null, locale: Locale, t: StatsStrings): string {
  if (x === null || !Number.isFinite(x)) return t.noValue;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
}
