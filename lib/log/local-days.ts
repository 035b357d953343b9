/**
 * Local calendar days in a given IANA time zone, without a date library. Computed once per period
 * (at most 31 boundaries); events are then placed by binary search, never by formatting each one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallClock(ms: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! % 24, mi: parts.minute!, s: parts.second! };
}

/** Offset of the zone from UTC at instant `ms`, in ms (positive east of Greenwich). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - whole;
}

/** The instant local midnight began on the local day containing `ms`. */
export function localDayStart(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const wallMidnight = Date.UTC(w.y, w.m - 1, w.d);
  let guess = wallMidnight - offsetAt(ms, timeZone);
  // The offset at midnight can differ from the offset now (a DST change during the day): settle it.
  for (let i = 0; i < 2; i++) guess = wallMidnight - offsetAt(guess, timeZone);
  return guess;
}

/** "YYYY-MM-DD" of the local day containing `ms`. */
export function localDayLabel(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Starts of the `count` local days ending with the day containing `now`, oldest first. */
export function lastLocalDays(now: number, count: number, timeZone: string): number[] {
  const starts = [localDayStart(now, timeZone)];
  while (starts.length < count) starts.unshift(localDayStart(starts[0]! - 1, timeZone));
  return starts;
}

/** Index of the day an instant falls in (starts ascending), or -1 before the first. */
export function dayIndex(starts: number[], ms: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (starts.length === 0 || ms < starts[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
