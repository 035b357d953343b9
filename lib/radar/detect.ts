/**
 * The crisis radar's detector: pure, over the complaints the user has seen (the log's `seen` events).
 *
 * Two kinds of wave:
 * - under one thread: at least `threadMinAuthors` different people complaining in the last
 *   `windowMinutes` (threads have no useful baseline: a post that draws complaints is the news);
 * - across everything: a category or a shared word/phrase with at least `topicMinAuthors` different
 *   people in the window, at `growthFactor` times its own rate over the `baselineDays` before the window
 *   (a quiet topic's baseline is floored at `minBaselinePerHour`, so three complaints are not "∞ × normal").
 * People are counted once per wave (author handles, possibly hashed; a complaint whose author the page
 * did not show counts as its own person), so one angry customer posting five times is one person.
 * A slow drift raises the baseline with it and never reaches the growth factor.
 */
import type { Platform } from '../sites/types';
import type { RadarSettings } from './settings';
import type { AlertExample, AlertKind, WaveAlert } from './types';

export interface SeenComplaint {
  /** platform:postId */
  key: string;
  platform: Platform;
  postId: string;
  threadId: string | null;
  author: string | null;
  category: string | null;
  lang: string | null;
  /** Content words and two-word phrases of the post (lib/radar/terms.ts). */
  terms: string[];
  url: string | null;
  at: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_PHRASE_ALERTS = 3;
const EXAMPLES = 3;
const TOP_TERMS = 6;

const personOf = (c: SeenComplaint) => c.author ?? `post:${c.key}`;

interface Candidate {
  kind: AlertKind;
  scope: string;
  items: SeenComplaint[];
  people: number;
  baselineCount: number;
}

function groupBy(items: SeenComplaint[], keys: (c: SeenComplaint) => Iterable<string>): Map<string, SeenComplaint[]> {
  const out = new Map<string, SeenComplaint[]>();
  for (const c of items)
    for (const k of new Set(keys(c))) {
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  return out;
}

function people(items: SeenComplaint[]): number {
  return new Set(items.map(personOf)).size;
}

/** Share of `a`'s complaints that are also in `b`. */
function overlap(a: SeenComplaint[], b: Set<string>): number {
  return a.length ? a.filter((c) => b.has(c.key)).length / a.length : 0;
}

function describe(c: Candidate, s: RadarSettings): WaveAlert {
  const items = [...c.items].sort((a, b) => a.at - b.at);
  const windowHours = s.windowMinutes / 60;
  const baselineHours = s.baselineDays * 24;
  const ratePerHour = items.length / windowHours;
  const baselinePerHour = c.baselineCount / baselineHours;
  const platforms: Record<string, number> = {};
  for (const i of items) platforms[i.platform] = (platforms[i.platform] ?? 0) + 1;
  // Words counted once per person, so one person's favourite word does not lead.
  const termPeople = new Map<string, Set<string>>();
  for (const i of items) for (const t of new Set(i.terms)) termPeople.set(t, (termPeople.get(t) ?? new Set()).add(personOf(i)));
  const topTerms = [...termPeople]
    .map(([term, ps]) => ({ term, count: ps.size }))
    .filter((t) => t.count >= 2)
    .sort((a, b) => b.count - a.count || b.term.split(' ').length - a.term.split(' ').length || a.term.localeCompare(b.term))
    .slice(0, TOP_TERMS);
  // Examples: the latest complaints of different people, with a link where the page gave one.
  const examples: AlertExample[] = [];
  const shown = new Set<string>();
  for (const i of [...items].reverse()) {
    if (examples.length >= EXAMPLES) break;
    if (shown.has(personOf(i))) continue;
    shown.add(personOf(i));
    examples.push({ platform: i.platform, postId: i.postId, url: i.url, at: i.at });
  }
  const langs = groupBy(items, (i) => (i.lang ? [i.lang] : []));
  const lang = [...langs].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null;
  return {
    id: `${c.kind}:${c.scope}:${items[0]!.at}`,
    kind: c.kind,
    scope: c.scope,
    count: items.length,
    authors: c.people,
    startedAt: items[0]!.at,
    lastAt: items[items.length - 1]!.at,
    ratePerHour: Math.round(ratePerHour * 10) / 10,
    baselinePerHour: Math.round(baselinePerHour * 100) / 100,
    growth: Math.round((ratePerHour / Math.max(baselinePerHour, s.minBaselinePerHour)) * 10) / 10,
    platforms,
    topTerms,
    examples,
    caseKeys: [...new Set(items.map((i) => i.key))],
    lang,
  };
}

/** Waves going on at `now`, strongest first. `complaints` should cover the baseline days and the window. */
export function detectWaves(complaints: SeenComplaint[], s: RadarSettings, now: number): WaveAlert[] {
  if (!s.enabled) return [];
  const windowStart = now - s.windowMinutes * 60_000;
  const baselineStart = windowStart - s.baselineDays * DAY;
  const recent = complaints.filter((c) => c.at > windowStart && c.at <= now);
  const before = complaints.filter((c) => c.at >= baselineStart && c.at <= windowStart);
  if (!recent.length) return [];
  const topicRate = (n: number, baselineCount: number) =>
    n / (s.windowMinutes / 60) >= s.growthFactor * Math.max(baselineCount / (s.baselineDays * 24), s.minBaselinePerHour);

  const threadKey = (c: SeenComplaint) => (c.threadId ? [`${c.platform}:${c.threadId}`] : []);
  const categoryKey = (c: SeenComplaint) => (c.category && c.category !== 'unknown' ? [c.category] : []);
  const baseThreads = groupBy(before, threadKey);
  const baseCategories = groupBy(before, categoryKey);
  const basePhrases = groupBy(before, (c) => c.terms);

  const out: Candidate[] = [];
  for (const [scope, items] of groupBy(recent, threadKey)) {
    const n = people(items);
    if (n >= s.threadMinAuthors) out.push({ kind: 'thread', scope, items, people: n, baselineCount: baseThreads.get(scope)?.length ?? 0 });
  }
  for (const [scope, items] of groupBy(recent, categoryKey)) {
    const n = people(items);
    const base = baseCategories.get(scope)?.length ?? 0;
    if (n >= s.topicMinAuthors && topicRate(n, base)) out.push({ kind: 'category', scope, items, people: n, baselineCount: base });
  }
  // Phrases: the strongest few, skipping one that only repeats a wave already found (same complaints).
  const phrases: Candidate[] = [];
  for (const [scope, items] of groupBy(recent, (c) => c.terms)) {
    const n = people(items);
    const base = basePhrases.get(scope)?.length ?? 0;
    if (n >= s.topicMinAuthors && topicRate(n, base)) phrases.push({ kind: 'phrase', scope, items, people: n, baselineCount: base });
  }
  phrases.sort((a, b) => b.people - a.people || b.scope.split(' ').length - a.scope.split(' ').length || a.scope.localeCompare(b.scope));
  for (const p of phrases) {
    if (out.filter((o) => o.kind === 'phrase').length >= MAX_PHRASE_ALERTS) break;
    const covered = out.some((o) => overlap(p.items, new Set(o.items.map((i) => i.key))) >= 0.8 && (o.kind !== 'category' || o.items.length <= p.items.length * 1.25));
    if (!covered) out.push(p);
  }
  return out.map((c) => describe(c, s)).sort((a, b) => b.authors - a.authors || a.id.localeCompare(b.id));
}
