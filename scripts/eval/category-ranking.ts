/**
 * Suggestion ranking on the training side, per language: the folds of the category CV
 * (scripts/eval/category-cv.ts: 5 folds over the team's hand category labels, en/pl/el, the category
 * heads re-trained per fold). For each held-out item the fold's triage reads the post and the panel's
 * ranker (default packs, lib/background/analyse.ts's rankInputFor) ranks the library; a hit is a template
 * of the labelled category first (top-1) or among the first three (top-3).
 *
 * Every labelled item is a complaint by construction, so each is ranked as one (complaint: true) with
 * the fold triage's own category, alternatives, flags and escalation: this measures the category part of
 * the ranking, not complaint detection (the TWCS rows of scripts/eval/ranking.ts include that).
 * No external-eval item is read.
 *
 * `node --import tsx scripts/eval/category-ranking.ts` prints the table alone.
 */
import { recordAim } from './aims';
import { rankInputFor } from '../../lib/background/analyse';
import { defaultPacks } from '../../lib/library/store/library';
import type { Ranker } from '../../lib/suggest/rank';
import { rankerFor } from '../commands/suggest';
import { categoryCvFolds } from './category-cv';
import { table } from './metrics';

const share = (k: number, n: number) => `${((100 * k) / n).toFixed(1)} % (${k})`;

export interface RankingCell {
  n: number;
  /** Triage's category is the labelled one. */
  triageCat: number;
  top1: number;
  top3: number;
}

/** Held-out top-1/top-3 per language (keys en, pl, el). */
export function categoryRankingByLanguage(ranker: Ranker = rankerFor(defaultPacks())): Record<string, RankingCell> {
  const out: Record<string, RankingCell> = {};
  for (const { run, heldOut } of categoryCvFolds(['after'])) {
    for (const { item } of heldOut) {
      if (!item.category || !item.lang) throw new Error(`category label without a category or language: ${item.text.slice(0, 60)}`);
      const t = run({ text: item.text, lang: item.lang });
      const top = ranker.rank(rankInputFor(item.text, { ...t, complaint: true }, 'x'), 3).map((s) => (s.kind === 'template' ? s.template.category : null));
      const cell = (out[item.lang] ??= { n: 0, triageCat: 0, top1: 0, top3: 0 });
      cell.n++;
      if (t.category === item.category) cell.triageCat++;
      if (top[0] === item.category) cell.top1++;
      if (top.includes(item.category)) cell.top3++;
    }
  }
  return out;
}

export function categoryRankingRows(r: Record<string, RankingCell> = categoryRankingByLanguage()): Array<Array<string | number>> {
  return ['en', 'pl', 'el'].flatMap((lang) => {
    const c = r[lang];
    if (c) {
      recordAim({
        what: `top suggestion of the right category, ${lang} team category labels`, side: 'training-side CV', measured: c.top1 / c.n, target: 0.8, direction: '≥', percent: true,
        whyNot: `The first suggestion follows triage's category, which these folds get right ${share(c.triageCat, c.n)} of the time.`,
      });
      recordAim({
        what: `right category in the first three, ${lang} team category labels`, side: 'training-side CV', measured: c.top3 / c.n, target: 0.95, direction: '≥', percent: true,
        whyNot: "The first three cover triage's three likeliest categories, so they miss when the labelled one is not among triage's readings.",
      });
    }
    return c ? [[lang, c.n, share(c.triageCat, c.n), `**${share(c.top1, c.n)}**`, `**${share(c.top3, c.n)}**`]] : [];
  });
}

export function categoryRankingTable(): string {
  return [
    'Per language, 5-fold CV over the team\'s category labels (the folds of the category CV; heads re-trained per fold).',
    'Each held-out item is ranked as a complaint (complaint: true — all are complaints; this checks the category part)',
    'with the fold triage\'s category, alternatives and flags, over the default packs:',
    '',
    table(['lang', 'n', 'triage category right', 'top-1 template of the labelled category', 'top-3'], categoryRankingRows()),
  ].join('\n');
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) console.log(categoryRankingTable());
