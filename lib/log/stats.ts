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
import { ensureZone, readDays } from './rollups';
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
  const settings = await getSettings(db);
  const opts = (hasAnyData: boolean): StatsOptions => ({
    period: req.period,
    now,
    timeZone,
    responseRateTarget: settings.responseRateTarget,
    slaTargetsMs: settings.slaTargetsMs,
    unansweredLimit: UNANSWERED_LIMIT,
    hasAnyData,
  });
  await ensureZone(db, timeZone); // built once per zone; kept up to date by every write
  const read = await db.transaction('r', db.cases, db.events, db.rollups, async () => {
    const [anyEvent, laterCase, laterInsertion] = await Promise.all([
      db.events.limit(1).toArray(),
      db.cases.where('firstSeenAt').above(to).first(),
      db.events.where('[type+at]').between(['template_inserted', to], ['template_inserted', Infinity], false, true).first(),
    ]);
    const hasAnyData = anyEvent.length > 0;
    if (laterCase || laterInsertion) {
      // A day's rollup would count rows after `now`: recount this period from its rows.
      const [cases, insertions] = await Promise.all([
        db.cases.where('firstSeenAt').between(from, to, true, true).toArray(),
        db.events.where('[type+at]').between(['template_inserted', from], ['template_inserted', to], true, true).toArray(),
      ]);
      return { kind: 'recount' as const, hasAnyData, cases, insertions };
    }
    const days = await readDays(db, timeZone, from, to);
    const waiting = oldestWaiting(days, UNANSWERED_LIMIT);
    const waitingCases = (await db.cases.bulkGet(waiting.keys)).filter((c): c is Case => c !== undefined);
    return { kind: 'days' as const, hasAnyData, days, waiting, waitingCases };
  });
  // Rows stored by older, looser versions (or a hand-edited import) must not break the popup.
  const readable = (cases: Case[]) => cases.map(readableCase).filter((c): c is NonNullable<typeof c> => c !== null);
  if (read.kind === 'recount') {
    const inserted = read.insertions.map((e) => ({ ...e, templateId: readableTemplateId(e) }));
    return computeStats(readable(read.cases), inserted, opts(read.hasAnyData));
  }
  return computeStatsFromDays(read.days, readable(read.waitingCases), read.waiting.total, opts(read.hasAnyData));
}
