/**
 * Facebook shows times as labels, never as machine-readable dates: "2h", "a week ago", "3 d",
 * "30 May at 11:02", "Yesterday at 09:15" — and the same in the user's UI language. This turns the
 * English, Polish and Greek labels into absolute times, relative to a `now` the caller passes in.
 * Labels without a year are taken as the latest such date not after `now`; clock times are in the
 * local time zone (the one the page was rendered in). Unknown labels give null, never a guess.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Unit words after normalisation (lower case, no diacritics, no trailing dot). Checked in order. */
const UNITS: Array<[RegExp, Unit]> = [
  // English: "2h", "3 d", "1w", "5 mins", "a week", "2 hours"
  [/^(?:s|secs?|seconds?)$/, 'second'],
  [/^(?:m|mins?|minutes?)$/, 'minute'],
  [/^(?:h|hrs?|hours?)$/, 'hour'],
  [/^(?:d|days?)$/, 'day'],
  [/^(?:w|wks?|weeks?)$/, 'week'],
  [/^(?:mo|mos|months?)$/, 'month'],
  [/^(?:y|yrs?|years?)$/, 'year'],
  // Polish: "2 godz.", "5 min", "3 d.", "1 tydz.", "tydzien temu", "2 tygodnie temu", "rok temu", "2 lata temu"
  [/^(?:sek|sekund[aey]?)$/, 'second'],
  [/^(?:minut[aey]?|minute)$/, 'minute'],
  [/^(?:godz|godzin[aey]?|godzine)$/, 'hour'],
  [/^(?:dz|dn|dni|dzien)$/, 'day'],
  [/^(?:tydz|tyg|tydzien|tygodni[e]?)$/, 'week'],
  [/^(?:mies|miesiac[ey]?|miesiecy)$/, 'month'],
  [/^(?:r|rok|lat[a]?|roku)$/, 'year'],
  // Greek: "2 ώρ.", "1 λ.", "3 ημ.", "1 εβδ.", "πριν από 1 εβδομάδα", "πριν από 2 ώρες"
  [/^(?:δευτ|δευτερολεπτ[οα])$/, 'second'],
  [/^(?:λ|λεπ|λεπτ[οα])$/, 'minute'],
  [/^(?:ω|ωρ|ωρα|ωρες)$/, 'hour'],
  [/^(?:η|ημ|ημερα|ημερες|μερα|μερες)$/, 'day'],
  [/^(?:εβδ|εβδομαδα|εβδομαδες)$/, 'week'],
  [/^(?:μην|μηνα|μηνας|μηνες)$/, 'month'],
  [/^(?:ετ|ετος|ετη|χρ|χρον|χρονο|χρονος|χρονια)$/, 'year'],
];

/** Month names (en, pl, el) by normalised prefix. Longer prefixes first where they clash. */
const MONTHS: Array<[string, number]> = [
  ['jan', 0], ['feb', 1], ['mar', 2], ['apr', 3], ['may', 4], ['jun', 5], ['jul', 6], ['aug', 7],
  ['sep', 8], ['oct', 9], ['nov', 10], ['dec', 11],
  ['sty', 0], ['lut', 1], ['kwi', 3], ['maj', 4], ['cze', 5], ['lip', 6], ['sie', 7], ['wrz', 8],
  ['paz', 9], ['lis', 10], ['gru', 11],
  ['ιαν', 0], ['φεβ', 1], ['μαρ', 2], ['απρ', 3], ['μαι', 4], ['ιουν', 5], ['ιουλ', 6], ['αυγ', 7],
  ['σεπ', 8], ['οκτ', 9], ['νοε', 10], ['δεκ', 11],
];

const NOW_WORDS = /^(?:just now|now|teraz|przed chwila|wlasnie teraz|μολις τωρα|τωρα)$/;
const YESTERDAY = /^(?:yesterday|wczoraj|χθες|χτες)(?:\s|,|$)/;
/** Words meaning "one" when a label has no digit: "a week ago", "tydzień temu", "πριν από μία εβδομάδα". */
const ONE = /^(?:a|an|one|jeden|jedna|jedno|ενα|μια|μιας|ενας)$/;

/** Lower case, no diacritics (Greek tonos too), "ł" → "l", single spaces. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();
}

function subtract(now: number, count: number, unit: Unit): number {
  switch (unit) {
    case 'second': return now - count * 1000;
    case 'minute': return now - count * MINUTE;
    case 'hour': return now - count * HOUR;
    case 'day': return now - count * DAY;
    case 'week': return now - count * 7 * DAY;
    case 'month': {
      const d = new Date(now);
      d.setMonth(d.getMonth() - count);
      return d.getTime();
    }
    case 'year': {
      const d = new Date(now);
      d.setFullYear(d.getFullYear() - count);
      return d.getTime();
    }
  }
}

function unitOf(word: string): Unit | null {
  const w = word.replace(/\.$/, '');
  return UNITS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** "2h", "3 d", "2 godz.", "a week ago", "tydzień temu", "πριν από 1 εβδομάδα" → ms, or null. */
function relative(norm: string, now: number): number | null {
  if (NOW_WORDS.test(norm)) return now;
  const s = norm
    .replace(/\s*(?:ago|temu)$/, '')
    .replace(/^(?:πριν απο|πριν)\s*/, '')
    .replace(/\s*πριν$/, '')
    .trim();
  // "2h", "2 h", "2 godz.", "a week", "tydzien" (a bare unit means one)
  const m =
    s.match(/^(\d+)\s*(\p{L}+\.?)$/u) ?? s.match(/^(\p{L}+)\s+(\p{L}+\.?)$/u) ?? s.match(/^()(\p{L}+\.?)$/u);
  if (!m) return null;
  let count: number;
  if (!m[1]) count = 1;
  else if (/^\d+$/.test(m[1])) count = Number(m[1]);
  else if (ONE.test(m[1])) count = 1;
  else return null;
  const unit = unitOf(m[2]!);
  if (!unit || count > 10_000) return null;
  return subtract(now, count, unit);
}

/** "11:02", "11:02 AM", "9.15" → [hours, minutes], or null. */
function clock(text: string): [number, number] | null {
  const m = text.match(/(\d{1,2})[:.](\d{2})\s*(am|pm|πμ|μμ)?/);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[3];
  if (ampm === 'pm' || ampm === 'μμ') h = h === 12 ? 12 : h + 12;
  if ((ampm === 'am' || ampm === 'πμ') && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return [h, min];
}

function monthOf(word: string): number | null {
  for (const [prefix, month] of MONTHS) if (word.startsWith(prefix)) return month;
  return null;
}

/** "30 May at 11:02", "May 30, 2024", "30 maja o 11:02", "30 Μαΐου στις 11:02", "yesterday at 9:15". */
function absolute(norm: string, now: number): number | null {
  const time = clock(norm);
  const [h, min] = time ?? [0, 0];
  if (YESTERDAY.test(norm)) {
    const d = new Date(now - DAY);
    d.setHours(h, min, 0, 0);
    return d.getTime();
  }
  // Day and month in either order, optional year.
  const dm = norm.match(/^(\d{1,2})\.?\s+(\p{L}+)\.?(?:,?\s+(\d{4}))?/u);
  const md = norm.match(/^(\p{L}+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/u);
  let day: number, month: number | null, year: number | null;
  if (dm) {
    day = Number(dm[1]);
    month = monthOf(dm[2]!);
    year = dm[3] ? Number(dm[3]) : null;
  } else if (md) {
    month = monthOf(md[1]!);
    day = Number(md[2]);
    year = md[3] ? Number(md[3]) : null;
  } else {
    return null;
  }
  if (month === null || day < 1 || day > 31) return null;
  const build = (y: number): number => new Date(y, month, day, h, min, 0, 0).getTime();
  if (year !== null) return build(year);
  // No year shown: this year's date, unless that is still ahead of now (then it was last year).
  const thisYear = new Date(now).getFullYear();
  const t = build(thisYear);
  return t > now + DAY ? build(thisYear - 1) : t;
}

/**
 * The absolute time (ISO, UTC) a Facebook time label stands for, or null when it cannot be read.
 * `now` is the moment the page was looked at (ms since epoch).
 */
export function parseFacebookTime(label: string | null | undefined, now: number): string | null {
  if (!label || !Number.isFinite(now)) return null;
  const norm = normaliseLabel(label);
  if (!norm || norm.length > 80) return null;
  try {
    const t = relative(norm, now) ?? absolute(norm, now);
    return t === null || !Number.isFinite(t) ? null : new Date(t).toISOString();
  } catch {
    return null;
  }
}
