/** Reads what a period's stats need, through the indexes, and computes them (lib/log/metrics.ts). */
import type { SootheDB } from './db';
import { LogInputError } from './errors';
import { isValidTimeZone, systemTimeZone } from './local-days';
import { PERIOD_DAYS, computeStats, periodRange, type Period, type PeriodStats } from './metrics';
import { getSettings } from './settings';
import { readableCase, readableTemplateId } from './schema';

export interface StatsRequest {
  period: Period;
  /** IANA zone of the person looking (the popup's); defaults to the background's. */
  timeZone?: string;
  /** For tests and replays; defaults to the current time. */
  now?: number;
}

export async function loadStats(db: SootheDB, req: StatsRequest): Promise<PeriodStats> {
  if (!(req.period in PERIOD_DAYS)) throw new LogInputError(`Unknown period ${JSON.stringify(req.period)}.`);
  const timeZone = req.timeZone ?? systemTimeZone();
  if (!isValidTimeZone(timeZone)) throw new LogInputError(`Unknown time zone ${JSON.stringify(timeZone)}.`);
  const now = req.now ?? Date.now();
  const { from, to } = periodRange(req.period, now, timeZone);
  const settings = await getSettings(db);
  const [cases, insertions, anyEvent] = await db.transaction('r', db.cases, db.events, () =>
    Promise.all([
      db.cases.where('firstSeenAt').between(from, to, true, true).toArray(),
      db.events.where('[type+at]').between(['template_inserted', from], ['template_inserted', to], true, true).toArray(),
      db.events.limit(1).toArray(),
    ]),
  );
  // Rows stored by older, looser versions (or a hand-edited import) must not break the popup.
  const readable = cases.map(readableCase).filter((c): c is NonNullable<typeof c> => c !== null);
  const inserted = insertions.map((e) => ({ ...e, templateId: readableTemplateId(e) }));
  return computeStats(readable, inserted, {
    period: req.period,
    now,
    timeZone,
    responseRateTarget: settings.responseRateTarget,
    slaTargetsMs: settings.slaTargetsMs,
    hasAnyData: anyEvent.length > 0,
  });
}
