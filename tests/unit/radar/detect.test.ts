import { describe, expect, it } from 'vitest';
import { detectWaves, type SeenComplaint } from '@/lib/radar/detect';
import { DEFAULT_RADAR } from '@/lib/radar/settings';
import { complaintTerms } from '@/lib/radar/terms';
import { seededRandom } from '@/lib/triage/train/random';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2024, 5, 12, 15, 0);
const S = DEFAULT_RADAR;

let n = 0;
function complaint(at: number, fields: Partial<SeenComplaint> & { text?: string } = {}): SeenComplaint {
  const postId = `p${n++}`;
  const { text, ...rest } = fields;
  return {
    key: `x:${postId}`,
    platform: 'x',
    postId,
    threadId: `t${n}`,
    author: `user${n}`,
    category: 'delivery',
    lang: 'en',
    terms: complaintTerms(text ?? 'my parcel is late again'),
    url: `https://x.com/u/status/${postId}`,
    at,
    ...rest,
  };
}

/** A steady background: `perHour` complaints an hour over the last `days` days, random topics and threads. */
function steady(perHour: number, days: number, seed = 1): SeenComplaint[] {
  const r = seededRandom(seed);
  const texts = ['parcel late again', 'charged twice this month', 'support never answers', 'screen cracked after week', 'wrong size delivered'];
  const cats = ['delivery', 'billing', 'service', 'quality', 'delivery'];
  const out: SeenComplaint[] = [];
  for (let t = NOW - days * DAY; t < NOW; t += HOUR / perHour) {
    const k = Math.floor(r() * texts.length);
    out.push(complaint(t + Math.floor(r() * 10 * MIN), { text: texts[k], category: cats[k]! }));
  }
  return out.filter((c) => c.at <= NOW);
}

describe('crisis radar detector', () => {
  it('a steady stream raises nothing', () => {
    expect(detectWaves(steady(3, 8), S, NOW)).toEqual([]);
  });

  it('a burst under one thread raises a thread wave that says how many, since when, about what, where and how fast', () => {
    const base = steady(2, 8);
    const burst = Array.from({ length: 9 }, (_, i) =>
      complaint(NOW - 40 * MIN + i * 4 * MIN, { threadId: 'launch', text: 'The app crashes on login since the update, app crash every time', category: 'quality' }),
    );
    const waves = detectWaves([...base, ...burst], S, NOW);
    const wave = waves.find((w) => w.kind === 'thread');
    expect(wave).toBeDefined();
    expect(wave).toMatchObject({ scope: 'x:launch', count: 9, authors: 9, startedAt: NOW - 40 * MIN, lastAt: NOW - 8 * MIN, platforms: { x: 9 }, lang: 'en' });
    expect(wave!.topTerms.map((t) => t.term)).toContain('crashes');
    expect(wave!.topTerms.some((t) => t.term === 'app crash' || t.term === 'crashes login')).toBe(true);
    expect(wave!.examples).toHaveLength(3);
    expect(wave!.examples[0]!.url).toMatch(/^https:\/\/x\.com\//);
    expect(wave!.caseKeys).toHaveLength(9);
    expect(wave!.ratePerHour).toBe(9);
  });

  it('a burst across threads raises a category or phrase wave well above its baseline', () => {
    const base = steady(2, 8);
    const burst = Array.from({ length: 12 }, (_, i) => complaint(NOW - 50 * MIN + i * 4 * MIN, { text: 'Double charge on my card, refund please', category: 'billing' }));
    const waves = detectWaves([...base, ...burst], S, NOW);
    const kinds = waves.map((w) => `${w.kind}:${w.scope}`);
    expect(kinds).toContain('category:billing');
    const billing = waves.find((w) => w.scope === 'billing')!;
    expect(billing.growth).toBeGreaterThanOrEqual(S.growthFactor);
    expect(billing.baselinePerHour).toBeGreaterThan(0);
    expect(billing.topTerms[0]!.count).toBeGreaterThanOrEqual(12);
    expect(waves.every((w) => w.kind !== 'thread')).toBe(true); // twelve different threads
  });

  it('one angry person posting many times is no wave', () => {
    const base = steady(2, 8);
    const repeater = Array.from({ length: 15 }, (_, i) =>
      complaint(NOW - 45 * MIN + i * 3 * MIN, { threadId: 'launch', author: 'angry_one', text: 'Double charge on my card, refund please', category: 'billing' }),
    );
    expect(detectWaves([...base, ...repeater], S, NOW)).toEqual([]);
    // Four others joining him is still under five people in the thread…
    const others = Array.from({ length: 3 }, (_, i) => complaint(NOW - 20 * MIN + i * MIN, { threadId: 'launch', text: 'me too', category: 'billing' }));
    expect(detectWaves([...base, ...repeater, ...others], S, NOW).filter((w) => w.kind === 'thread')).toEqual([]);
    // …a fifth person makes it one.
    const fifth = complaint(NOW - 5 * MIN, { threadId: 'launch', text: 'same', category: 'billing' });
    const waves = detectWaves([...base, ...repeater, ...others, fifth], S, NOW);
    expect(waves.find((w) => w.kind === 'thread')).toMatchObject({ authors: 5, count: 19 });
  });

  it('a slow drift (a topic growing over days) raises nothing', () => {
    const r = seededRandom(7);
    const drift: SeenComplaint[] = [];
    // Billing complaints from 3 to 12 an hour over eight days, spread over threads and people: the last
    // hour has more than enough people for a wave, but the topic grew into it, so its baseline grew too.
    for (let t = NOW - 8 * DAY; t < NOW; ) {
      const progress = 1 - (NOW - t) / (8 * DAY);
      drift.push(complaint(t, { text: 'Double charge on my card, refund please', category: 'billing' }));
      t += HOUR / (3 + 9 * progress) + Math.floor(r() * MIN);
    }
    expect(drift.filter((c) => c.at > NOW - HOUR).length).toBeGreaterThanOrEqual(S.topicMinAuthors);
    expect(detectWaves([...steady(1, 8), ...drift], S, NOW)).toEqual([]);
    // The same last hour after a quiet week is a wave.
    expect(detectWaves([...steady(1, 8), ...drift.filter((c) => c.at > NOW - HOUR)], S, NOW).map((w) => w.scope)).toContain('billing');
  });

  it('respects the thresholds in settings, and can be turned off', () => {
    const burst = Array.from({ length: 4 }, (_, i) => complaint(NOW - 30 * MIN + i * MIN, { threadId: 'small' }));
    expect(detectWaves(burst, S, NOW).filter((w) => w.kind === 'thread')).toEqual([]);
    expect(detectWaves(burst, { ...S, threadMinAuthors: 4 }, NOW).filter((w) => w.kind === 'thread')).toHaveLength(1);
    expect(detectWaves(burst, { ...S, threadMinAuthors: 4, enabled: false }, NOW)).toEqual([]);
    // Outside the window: over.
    expect(detectWaves(burst, { ...S, threadMinAuthors: 4 }, NOW + 2 * HOUR)).toEqual([]);
  });
});
