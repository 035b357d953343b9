/**
 * The manager's corrections of triage in the log: one `triage_corrected` fact per case, the case then
 * carries the manager's verdict, and the popup counts "category corrected in N of M answered
 * complaints" — the same from the per-day rollups as from a full recount, through export and import.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import { learnChoices } from '@/lib/background/analyse';
import { openDatabase, type SootheDB } from '@/lib/log/db';
import type { LogEventInput } from '@/lib/log/events';
import { exportJson, importJson } from '@/lib/log/export';
import { computeStats } from '@/lib/log/metrics';
import { recordEvent, validateEvent } from '@/lib/log/record';
import { DEFAULT_SETTINGS } from '@/lib/log/settings';
import { loadStats } from '@/lib/log/stats';
import { ChoiceHistory } from '@/lib/suggest/history';
import { ev, freshName, MIN, T0 } from './helpers';

const open: Dexie[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});
function db(): SootheDB {
  const d = openDatabase(freshName());
  open.push(d);
  return d;
}

const NOW = T0 + 3 * 60 * MIN;
const ctx = (category: string, isComplaint = true) => ({ lang: 'en', category, isComplaint, postedAt: T0 - 10 * MIN, url: 'https://x.com/a/status/1' }) as LogEventInput['context'];
const billingToReturns = { from: { complaint: true, category: 'billing' as const }, to: { complaint: true, category: 'returns' as const } };

/** One case as the panel logs it: opened with triage's verdict, corrected (maybe), inserted, sent. */
function answered(postId: string, at: number, triage: string, correction?: LogEventInput['correction'], templateId = 't-returns'): LogEventInput[] {
  const to = correction?.to;
  const shown = to ? ctx(to.category, to.complaint) : ctx(triage);
  return [
    ev('opened', at, postId, { context: ctx(triage) }),
    ...(correction ? [ev('triage_corrected', at + MIN, postId, { correction, context: shown })] : []),
    ev('template_inserted', at + 2 * MIN, postId, { templateId, context: shown }),
    ev('reply_sent', at + 5 * MIN, postId, { context: shown }),
  ];
}

async function stats(d: SootheDB) {
  const fromRollups = await loadStats(d, { period: 'today', timeZone: 'UTC', now: NOW });
  const recount = computeStats(await d.cases.toArray(), await d.events.toArray(), { period: 'today', now: NOW, timeZone: 'UTC', responseRateTarget: DEFAULT_SETTINGS.responseRateTarget, slaTargetsMs: DEFAULT_SETTINGS.slaTargetsMs, hasAnyData: true });
  expect(fromRollups).toEqual(recount);
  return fromRollups;
}

describe('triage_corrected', () => {
  it('is stored once per case, and the case takes the manager\'s verdict', async () => {
    const d = db();
    await loadStats(d, { period: 'today', timeZone: 'UTC', now: NOW }); // the zone's rollups kept from the first event on
    for (const e of answered('1', T0, 'billing', billingToReturns)) await recordEvent(d, e, NOW);
    // The same fact again (another tab, a second insertion): a duplicate, the first one stands.
    const again = await recordEvent(d, ev('triage_corrected', T0 + 9 * MIN, '1', { correction: { from: billingToReturns.from, to: { complaint: true, category: 'delivery' } } }), NOW);
    expect(again.status).toBe('duplicate');
    const c = (await d.cases.get('x:1'))!;
    expect(c.correctedFrom).toEqual({ complaint: true, category: 'billing' });
    expect(c.category).toBe('returns');
    expect(c.isComplaint).toBe(true);
    expect(await d.events.where('type').equals('triage_corrected').count()).toBe(1);
  });

  it('counts corrected categories among the answered complaints, from rollups as from a recount', async () => {
    const d = db();
    await loadStats(d, { period: 'today', timeZone: 'UTC', now: NOW });
    const log = [
      ...answered('1', T0, 'billing', billingToReturns),
      ...answered('2', T0 + 10 * MIN, 'delivery'), // triage was right
      ...answered('3', T0 + 20 * MIN, 'support', { from: { complaint: false, category: 'support' }, to: { complaint: true, category: 'account' } }), // a complaint triage missed
      ...answered('4', T0 + 30 * MIN, 'product', { from: { complaint: true, category: 'product' }, to: { complaint: false, category: 'product' } }, 'faq:thanks.general'), // not a complaint after all
      // Corrected, not answered yet: not among the answered complaints.
      ev('opened', T0 + 40 * MIN, '5', { context: ctx('billing') }),
      ev('triage_corrected', T0 + 41 * MIN, '5', { correction: billingToReturns, context: ctx('returns') }),
    ];
    for (const e of log) await recordEvent(d, e, NOW);
    const s = await stats(d);
    expect(s.seen).toBe(4); // 1, 2, 3, 5 (4 is not a complaint by the manager's word)
    expect(s.answered).toBe(3);
    expect(s.categoryCorrected).toBe(2);
    expect(s.byCategory.map((b) => [b.key, b.seen])).toEqual([['returns', 2], ['account', 1], ['delivery', 1]]);
    // Answering the fifth counts it.
    await recordEvent(d, ev('reply_sent', T0 + 50 * MIN, '5', { context: ctx('returns') }), NOW);
    expect((await stats(d)).categoryCorrected).toBe(3);

    // Export and import into an empty log: the same numbers.
    const copy = db();
    await loadStats(copy, { period: 'today', timeZone: 'UTC', now: NOW });
    const result = await importJson(copy, await exportJson(d, NOW), NOW);
    expect(result.refusedCount).toBe(0);
    expect((await copy.cases.get('x:3'))?.correctedFrom).toEqual({ complaint: false, category: 'support' });
    expect(await stats(copy)).toEqual(await stats(d));
  });

  it('the insertion after a correction teaches the choice history the corrected category', () => {
    const history = new ChoiceHistory();
    const events = answered('1', T0, 'billing', billingToReturns).filter((e) => e.type === 'template_inserted');
    learnChoices(history, events);
    expect(history.boost('en', 'returns', 't-returns')).toBeGreaterThan(0);
    expect(history.boost('en', 'billing', 't-returns')).toBe(0);
  });

  it('refuses a correction without its verdicts, or with unknown ones', () => {
    expect(() => validateEvent(ev('triage_corrected', T0, '1'), NOW)).toThrow(/correction/);
    expect(() => validateEvent(ev('triage_corrected', T0, '1', { correction: { from: { complaint: true, category: 'weather' }, to: billingToReturns.to } as never }), NOW)).toThrow(/correction\.from\.category/);
    expect(validateEvent(ev('triage_corrected', T0, '1', { correction: billingToReturns }), NOW).correction).toEqual(billingToReturns);
  });
});
