/**
 * Ranking cost with a large library: 5,000 templates (the default packs' templates, varied so
 * none is a duplicate) and real complaint texts as queries (the English complaint dataset when
 * ../shared is present, else the packs' own trigger phrases).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildLibrary, defaultPacks, type Library } from '../../lib/library/store/library';
import { ChoiceHistory } from '../../lib/suggest/history';
import { Ranker } from '../../lib/suggest/rank';
import { sharedPath } from '../support/shared-data';
import { percentile, type Bench } from './types';

const WORDS = ['order', 'refund', 'courier', 'app', 'login', 'invoice', 'broken', 'late', 'charge', 'support', 'outage', 'account'];

export function syntheticLibrary(size: number): Library {
  const base = buildLibrary(defaultPacks());
  const templates = Array.from({ length: size }, (_, i) => {
    const t = base.templates[i % base.templates.length]!;
    const w = WORDS[i % WORDS.length]!;
    return { ...t, id: `${t.id}.v${i}`, title: `${t.title} ${w} ${i}`, triggers: [...t.triggers, `${w} problem ${i % 97}`] };
  });
  return { templates, faq: base.faq };
}

function queries(): Array<{ text: string; lang: string }> {
  try {
    const csv = readFileSync(sharedPath('datasets/complaints-en-xci/X-CI_Dataset.csv'), 'utf8');
    return csv
      .split('\n')
      .slice(1, 1001)
      .map((line) => line.split(',').slice(1, -6).join(',').replace(/^"|"$/g, ''))
      .filter((text) => text.length > 10)
      .map((text) => ({ text, lang: 'en' }));
  } catch {
    return buildLibrary(defaultPacks()).templates.flatMap((t) => t.triggers.map((text) => ({ text, lang: t.lang })));
  }
}

export const suggestBench: Bench = {
  name: 'suggest',
  async run() {
    const library = syntheticLibrary(5000);
    const t0 = performance.now();
    const ranker = new Ranker(library, new ChoiceHistory());
    const buildMs = performance.now() - t0;
    const posts = queries();
    const categories = ['delivery', 'product', 'billing', 'returns', 'support', 'technical', 'account', 'other'];
    for (const p of posts.slice(0, 50)) ranker.rank({ ...p, category: 'delivery', escalation: false, flags: [] }); // warm-up
    const samples = posts.map((p, i) => {
      const start = performance.now();
      ranker.rank({ ...p, category: categories[i % categories.length]!, escalation: i % 5 === 0, flags: p.text.includes('?') ? ['question'] : [] });
      return performance.now() - start;
    });
    return [
      ['library', `${library.templates.length} templates, ${library.faq.length} FAQ`],
      ['queries', `${samples.length} real posts`],
      ['index build', `${buildMs.toFixed(1)} ms (once per library change)`],
      ['rank p50', `${percentile(samples, 50).toFixed(2)} ms`],
      ['rank p95', `${percentile(samples, 95).toFixed(2)} ms (aim <= 10 ms)`],
      ['rank max', `${Math.max(...samples).toFixed(2)} ms`],
    ];
  },
};
