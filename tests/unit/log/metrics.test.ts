import { describe, expect, it } from 'vitest';
import type { Case, LogEvent } from '@/lib/log/events';
import { computeStats, medianOfSorted, percentileOfSorted, type StatsOptions } from '@/lib/log/metrics';
import { lastLocalDays, localDayStart } from '@/lib/log/local-days';
import { HOUR, MIN, T0 } from './helpers';

// T0 = 2024-03-10 12:00 UTC; "today" in UTC starts at 00:00.
const at = (h: number, m = 0, dayOffset = 0) => Date.UTC(2024, 2, 10 + dayOffset, h, m);

function c(key: string, fields: Partial<Case>): Case {
  const [platform, postId] = key.split(':') as [Case['platform'], string];
  return { key, platform, postId, firstSeenAt: 0, status: 'open', templateIds: [], lastEventAt: 0, ...fields };
}

const CASES: Case[] = [
  c('x:A', { postedAt: at(8), firstSeenAt: at(9), firstOpenedAt: at(9, 10), firstReplyAt: at(9, 20), category: 'delivery', templateIds: ['t1'] }), // FRT 80, handling 10
  c('facebook:B', { postedAt: at(10), firstSeenAt: at(10, 5), firstOpenedAt: at(10, 10), firstReplyAt: at(10, 16), category: 'billing', templateIds: ['t1', 't2'] }), // FRT 16, handling 6
  c('x:C', { postedAt: at(11), firstSeenAt: at(11, 1), firstReplyAt: at(11, 30), category: 'delivery' }), // FRT 30 exactly, never opened
  c('x:D', { postedAt: at(6), firstSeenAt: at(11, 30), category: 'delivery', url: 'https://x.com/u/status/D' }), // unanswered, waiting 6 h
  c('facebook:E', { postedAt: at(19, 0, -1), firstSeenAt: at(20, 0, -1), firstReplyAt: at(0, 30), category: 'billing' }), // yesterday's: FRT 330
  c('x:F', { firstSeenAt: at(9), isComplaint: false }), // not a complaint
  c('x:G', { firstSeenAt: at(11, 40), firstReplyAt: at(11, 50), category: 'billing' }), // no post time: FRT 10 from first seen
  c('x:H', { postedAt: at(7), firstSeenAt: at(7, 30), resolvedAt: at(8), category: 'delivery' }), // resolved without a public reply
];

const EVENTS = [
  { type: 'template_inserted', at: at(9, 15), templateId: 't1' },
  { type: 'template_inserted', at: at(10, 12), templateId: 't1' },
  { type: 'template_inserted', at: at(10, 13), templateId: 't2' },
  { type: 'template_inserted', at: at(23, 0, -1), templateId: 't2' }, // yesterday
  { type: 'seen', at: at(9) },
] as LogEvent[];

const OPTS: StatsOptions = { period: 'today', now: T0, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [30 * MIN, 2 * HOUR, 24 * HOUR] };

describe('percentiles', () => {
  it('median averages the two middle values; p90 is the nearest rank', () => {
    expect(medianOfSorted([1, 2, 3])).toBe(2);
    expect(medianOfSorted([1, 2, 3, 10])).toBe(2.5);
    expect(medianOfSorted([])).toBeNull();
    expect(percentileOfSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentileOfSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentileOfSorted([5], 90)).toBe(5);
  });
});

describe('computeStats (hand-computed example)', () => {
  const s = computeStats(CASES, EVENTS, OPTS);

  it('counts complaints seen today and answered, and the response rate against the target', () => {
    // seen today: A B C D G H (F is not a complaint, E was seen yesterday)
    expect(s.seen).toBe(6);
    expect(s.answered).toBe(4); // A B C G
    expect(s.responseRate).toBeCloseTo(4 / 6);
    expect(s.meetsTarget).toBe(false);
    expect(s.insertions).toBe(3);
  });

  it('first response time from the post timestamp: median and p90', () => {
    // FRT minutes: A 80, B 16, C 30, G 10 (from first seen) → 10 16 30 80
    expect(s.firstResponse).toEqual({ count: 4, medianMs: 23 * MIN, p90Ms: 80 * MIN, fromSeen: 1 });
  });

  it('handling time from first opened to first reply', () => {
    expect(s.handling).toEqual({ count: 2, medianMs: 8 * MIN }); // A 10, B 6
  });

  it('SLA attainment counts a reply exactly at the target as within it', () => {
    expect(s.sla).toEqual([
      { targetMs: 30 * MIN, within: 3, answered: 4, rate: 0.75 },
      { targetMs: 2 * HOUR, within: 4, answered: 4, rate: 1 },
      { targetMs: 24 * HOUR, within: 4, answered: 4, rate: 1 },
    ]);
  });

  it('distribution buckets: ≤15 min, ≤30 min, ≤1 h, ≤2 h, ≤4 h, ≤8 h, ≤24 h, more', () => {
    expect(s.distribution.map((b) => b.count)).toEqual([1, 2, 0, 1, 0, 0, 0, 0]);
    expect(s.distribution.at(-1)!.upToMs).toBeNull();
  });

  it('breaks down by platform, category and template', () => {
    expect(s.byPlatform).toEqual([
      { key: 'x', seen: 5, answered: 3, responseRate: 3 / 5, medianFirstResponseMs: 30 * MIN },
      { key: 'facebook', seen: 1, answered: 1, responseRate: 1, medianFirstResponseMs: 16 * MIN },
    ]);
    expect(s.byCategory).toEqual([
      { key: 'delivery', seen: 4, answered: 2, responseRate: 0.5, medianFirstResponseMs: 55 * MIN },
      { key: 'billing', seen: 2, answered: 2, responseRate: 1, medianFirstResponseMs: 13 * MIN },
    ]);
    expect(s.byTemplate).toEqual([
      { templateId: 't1', inserted: 2, cases: 2, answered: 2 },
      { templateId: 't2', inserted: 1, cases: 1, answered: 1 },
    ]);
  });

  it('lists unanswered complaints with links, leaving out resolved ones', () => {
    expect(s.unansweredTotal).toBe(1);
    expect(s.unanswered).toEqual([
      { key: 'x:D', platform: 'x', postId: 'D', url: 'https://x.com/u/status/D', category: 'delivery', severity: null, authorName: null, author: null, excerpt: null, postedAt: at(6), firstSeenAt: at(11, 30), waitingMs: 6 * HOUR },
    ]);
  });

  it('over 7 days includes yesterday, with a daily trend', () => {
    const w = computeStats(CASES, EVENTS, { ...OPTS, period: '7d' });
    expect(w.seen).toBe(7);
    expect(w.answered).toBe(5);
    expect(w.trend).toHaveLength(7);
    expect(w.trend.slice(-2)).toEqual([
      { day: '2024-03-09', start: Date.UTC(2024, 2, 9), seen: 1, answered: 1 },
      { day: '2024-03-10', start: Date.UTC(2024, 2, 10), seen: 6, answered: 4 },
    ]);
    expect(w.trend[0]!.day).toBe('2024-03-04');
    expect(w.firstResponse.p90Ms).toBe(330 * MIN);
    expect(w.insertions).toBe(4);
  });

  it('is empty but well-formed with no data', () => {
    const e = computeStats([], [], OPTS);
    expect(e).toMatchObject({ seen: 0, answered: 0, responseRate: null, meetsTarget: null, hasAnyData: false, unanswered: [] });
    expect(e.firstResponse.medianMs).toBeNull();
    expect(e.sla.every((x) => x.rate === null)).toBe(true);
  });

  it('uses the given time zone for "today"', () => {
    // 2024-03-10 12:00 UTC is 13:00 in Warsaw; B (10:05 UTC) is today in both, E (yesterday 20:00 UTC = 21:00 Warsaw) is not.
    const w = computeStats(CASES, EVENTS, { ...OPTS, timeZone: 'Europe/Warsaw' });
    expect(w.from).toBe(Date.UTC(2024, 2, 9, 23));
    expect(w.seen).toBe(6);
    // In Tokyo (UTC+9) it is already 21:00; "today" began at 15:00 UTC on the 9th, so E (20:00 UTC on the 9th) counts.
    const t = computeStats(CASES, EVENTS, { ...OPTS, timeZone: 'Asia/Tokyo' });
    expect(t.from).toBe(Date.UTC(2024, 2, 9, 15));
    expect(t.seen).toBe(7);
  });
});

describe('local days', () => {
  it('handles a daylight-saving change (Warsaw, 31 March 2024 has 23 hours)', () => {
    const now = Date.UTC(2024, 3, 1, 10); // 1 April 12:00 CEST
    expect(localDayStart(now, 'Europe/Warsaw')).toBe(Date.UTC(2024, 2, 31, 22));
    expect(lastLocalDays(now, 3, 'Europe/Warsaw')).toEqual([Date.UTC(2024, 2, 29, 23), Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22)]);
  });
});
