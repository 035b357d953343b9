/**
 * The popup's period stats. Normally read from the per-day rollups (lib/log/rollups.ts): a period costs
 * what its number of days costs, plus the few unanswered cases listed. When rows exist after `now` (a
 * replay of a past moment), the full recount over the period's rows answers instead, so the numbers
 * are always those of computeStats (lib/log/metrics.ts).
 */
import type { SootheDB } from './db';
import { LogInputError } from './errors';
import type { Case } from './events';
import { isValidTimeZone, systemTimeZone } from './local-days';
import { PERIOD_DAYS, computeStats, periodRange, type Period, type PeriodStats, type StatsOptions } from './metrics';
import { computeStatsFromDays, oldestWaiting } from './metrics-rollup';
import { buildZone, dayKeys, noteZoneUse, readDayRows } from './rollups';
import { getSettings } from './settings';
import { readableCase, readableTemplateId } from './schema';

export interface StatsRequest {
  period: Period;
  /** IANA zone of the person looking (the popup's); defaults to the background's. */
  timeZone?: string;
  /** For tests and replays; defaults to the current time. */
  now?: number;
}

const UNANSWERED_LIMIT = 20;

export async function loadStats(db: SootheDB, req: StatsRequest): Promise<PeriodStats> {
  if (!(req.period in PERIOD_DAYS)) throw new LogInputError(`Unknown period ${JSON.stringify(req.period)}.`);
  const timeZone = req.timeZone ?? systemTimeZone();
  if (!isValidTimeZone(timeZone)) throw new LogInputError(`Unknown time zone ${JSON.stringify(timeZone)}.`);
  const now = req.now ?? Date.now();
  const { from, to } = periodRange(req.period, now, timeZone);
  // One transaction, and as few rounds of requests as the data allows (three: the small reads
  // together, the day rows, the listed cases): when IndexedDB is busy (after a large import, on a
  // loaded machine) every round waits its turn, whatever it reads.
  const readOnce = () =>
    db.transaction('r', [db.cases, db.events, db.rollups, db.rollupZones, db.settings], async () => {
      const [settings, kept, anyEvent, laterCase, laterInsertion, keys] = await Promise.all([
        getSettings(db),
        db.rollupZones.get(timeZone),
        db.events.limit(1).toArray(),
        db.cases.where('firstSeenAt').above(to).first(),
        db.events.where('[type+at]').between(['template_inserted', to], ['template_inserted', Infinity], false, true).first(),
        dayKeys(db, timeZone, from, to),
      ]);
      const hasAnyData = anyEvent.length > 0;
      if (laterCase || laterInsertion) {
        // A day's rollup would count rows after `now`: recount this period from its rows.
        const [cases, insertions] = await Promise.all([
          db.cases.where('firstSeenAt').between(from, to, true, true).toArray(),
          db.events.where('[type+at]').between(['template_inserted', from], ['template_inserted', to], true, true).toArray(),
        ]);
        return { kind: 'recount' as const, settings, kept, hasAnyData, cases, insertions };
      }
      if (!kept) return { kind: 'no zone' as const };
      const days = await readDayRows(db, keys);
      const waiting = oldestWaiting(days, UNANSWERED_LIMIT);
      const waitingCases = (await db.cases.bulkGet(waiting.keys)).filter((c): c is Case => c !== undefined);
      return { kind: 'days' as const, settings, kept, hasAnyData, days, waiting, waitingCases };
    });
  let read = await readOnce();
  if (read.kind === 'no zone') {
    await buildZone(db, timeZone, Date.now()); // built once per zone; kept up to date by every write
    read = await readOnce();
    if (read.kind === 'no zone') throw new Error(`The rollups of ${timeZone} could not be built.`);
  }
  if (read.kept) await noteZoneUse(db, read.kept);
  else await buildZone(db, timeZone, Date.now()); // a replay recounted: the zone is kept from now on all the same
  const opts = (hasAnyData: boolean): StatsOptions => ({
    period: req.period,
    now,
    timeZone,
    responseRateTarget: read.settings.responseRateTarget,
    slaTargetsMs: read.settings.slaTargetsMs,
    unansweredLimit: UNANSWERED_LIMIT,
    hasAnyData,
  });
  // Rows stored by older, looser versions (or a hand-edited import) must not break the popup.
  const readable = (cases: Case[]) => cases.map(readableCase).filter((c): c is NonNullable<typeof c> => c !== null);
  if (read.kind === 'recount') {
    const inserted = read.insertions.map((e) => ({ ...e, templateId: readableTemplateId(e) }));
    return computeStats(readable(read.cases), inserted, opts(read.hasAnyData));
  }
  return computeStatsFromDays(read.days, readable(read.waitingCases), read.waiting.total, opts(read.hasAnyData));
}
