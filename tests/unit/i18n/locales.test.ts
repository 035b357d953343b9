/**
 * Every language says everything: each locale's one object (lib/i18n/locales/) has a non-empty string
 * for every key, its functions answer sample arguments with non-empty text that keeps the placeholders
 * English keeps, and Polish and Greek are actually translated (not English copied in).
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/stats';

/** Deliberately empty in every language: the label column's header in the popup's tables. */
const EMPTY_BY_DESIGN = new Set(['stats.colKey']);

/** Distinct markers, so an output can be searched for each argument it was given. */
const ARGS = ['ARG0', 'ARG1', 'ARG2', 'ARG3'];

interface Leaf {
  path: string;
  /** The string, or what the function returned for the marker arguments (and for numbers). */
  texts: string[];
  /** For functions: which marker arguments the output shows. */
  shows?: number[];
}

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, texts: [value] }];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const markers = ARGS.slice(0, fn.length);
    const withMarkers = fn(...markers);
    const withNumbers = fn(...markers.map((_, i) => i + 2));
    const withOne = fn(...markers.map(() => 1));
    const texts = [withMarkers, withNumbers, withOne].map((x) => (typeof x === 'string' ? x : `<not a string: ${String(x)}>`));
    return [{ path, texts, shows: markers.flatMap((m, i) => (texts[0]!.includes(m) ? [i] : [])) }];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, texts: [`<not text: ${String(value)}>`] }];
}

/** What is wrong with one locale: empty or non-text entries, by path. */
function emptyEntries(messages: Messages): string[] {
  return leaves(messages)
    .filter((l) => !EMPTY_BY_DESIGN.has(l.path) && l.texts.some((t) => t.trim() === '' || t.startsWith('<not ')))
    .map((l) => l.path);
}

const byPath = (m: Messages) => new Map(leaves(m).map((l) => [l.path, l]));
const LOCALES = Object.keys(MESSAGES) as Locale[];

describe('locales', () => {
  it('are English, Polish and Greek, with the same keys', () => {
    expect(LOCALES.sort()).toEqual(['el', 'en', 'pl']);
    const en = [...byPath(MESSAGES.en).keys()].sort();
    expect(en.length).toBeGreaterThan(350);
    for (const loc of LOCALES) expect([...byPath(MESSAGES[loc]).keys()].sort()).toEqual(en);
  });

  it.each(['en', 'pl', 'el'] as const)('%s has text for every key', (loc) => {
    expect(emptyEntries(MESSAGES[loc])).toEqual([]);
  });

  it('notices an emptied string and a function that returns nothing', () => {
    const broken: Messages = { ...MESSAGES.pl, radar: { ...MESSAGES.pl.radar, title: ' ', fields: { ...MESSAGES.pl.radar.fields, rate: '' } } };
    broken.panel = { ...MESSAGES.pl.panel, queue: () => '' };
    expect(emptyEntries(broken)).toEqual(['panel.queue', 'radar.title', 'radar.fields.rate']);
  });

  it.each(['pl', 'el'] as const)('%s keeps every placeholder English shows', (loc) => {
    const en = byPath(MESSAGES.en);
    const lost = [...byPath(MESSAGES[loc]).values()].filter((l) => en.get(l.path)!.shows?.some((i) => !l.shows!.includes(i))).map((l) => l.path);
    expect(lost).toEqual([]);
  });

  it('every section carries its own locale', () => {
    for (const loc of LOCALES) {
      const m = MESSAGES[loc];
      expect([m.panel.locale, m.options.locale, m.handoff.locale]).toEqual([loc, loc, loc]);
    }
  });

  // Names of languages and sites, "FAQ", "E-mail", "≤ 5 min"… are the same in every language; a
  // section mostly equal to English is a section nobody translated.
  it.each(['pl', 'el'] as const)('%s is translated in every section', (loc) => {
    const en = byPath(MESSAGES.en);
    const sections = Object.keys(MESSAGES.en) as Array<keyof Messages>;
    const sameShare = Object.fromEntries(
      sections.map((s) => {
        const mine = leaves(MESSAGES[loc][s]).filter((l) => !EMPTY_BY_DESIGN.has(`${s}.${l.path}`));
        const same = mine.filter((l) => en.get(`${s}.${l.path}`)!.texts.join('|') === l.texts.join('|'));
        return [s, Math.round((same.length / mine.length) * 100) / 100];
      }),
    );
    for (const s of sections) expect(sameShare[s], `${loc}.${s}: share equal to English`).toBeLessThanOrEqual(0.25);
  });
});
