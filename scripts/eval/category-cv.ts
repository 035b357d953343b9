/**
 * Category cross-validation per language over all the team's hand category labels (lib/triage/train/labels):
 * 5 folds over every labelled item (by item id); per fold the category heads are re-trained on the synthetic rows plus the
 * other folds' labels, and triage() (lexicon cues plus heads, shipped mix) names the category of the held-out
 * items in their own language. "Before" trains on the twcs-head-en labels of the first pass only (as the
 * shipped model did before the other label files existed); "after" adds the other files' labels. Both are
 * scored on the same held-out items. Every labelled item has a real category, so `other` counts as a miss.
 * No external-eval item is read.
 */
import { featurize } from '../../lib/triage/features';
import { loadComplaintModel, type ComplaintModel, type ComplaintModelFile } from '../../lib/triage/model/complaint-model';
import modelFile from '../../lib/triage/model/triage-model.json';
import { foldOfId } from '../../lib/triage/train/random';
import { createTriage, DEFAULT_MIX } from '../../lib/triage/triage';
import { loadCategoryLabelSets, loadSyntheticSet, loadTwcsCategorySet, trainCategoryHeads, type LabelledTweet } from '../train-triage';
import { recordAim } from './aims';
import { logItem } from './item-log';
import { num, pct } from './metrics';

const K = 5;
type Lang = 'en' | 'pl' | 'el';
export interface CategoryCvCell {
  n: number;
  hit: number;
  other: number;
}
/** Held-out accuracy per language (and for the first-pass twcs-head-en labels alone, key `en-twcs1`), before and after. */
export type CategoryCvResult = Record<'before' | 'after', Record<string, CategoryCvCell>>;

/** One held-out labelled item of a fold; `firstPass`: from the first-pass twcs-head-en labels. */
export interface HeldOutCategoryItem {
  item: LabelledTweet;
  firstPass: boolean;
}

/**
 * The folds of the category CV: per fold (and per training variant asked for) the fold's triage, its
 * category heads re-trained without the fold, and the fold's held-out labelled items. The category
 * ranking check (scripts/eval/category-ranking.ts) runs the panel's ranker on the same folds.
 */
export function* categoryCvFolds(variants: ReadonlyArray<'before' | 'after'> = ['after']): Generator<{ when: 'before' | 'after'; run: ReturnType<typeof createTriage>; model: ComplaintModel; heldOut: HeldOutCategoryItem[] }> {
  const first = loadTwcsCategorySet();
  const more = loadCategoryLabelSets();
  const labelled = [...first, ...more];
  const isFirst = labelled.map((_, i) => i < first.length);
  const synth = loadSyntheticSet();
  // Folds by item id: adding a label file leaves every other item in its fold, so runs compare item by item.
  const fold = labelled.map((d) => foldOfId(d.id, K, 11));
  const xsL = labelled.map((d) => featurize(d.text));
  const xsS = synth.map((d) => featurize(d.text));
  for (let f = 0; f < K; f++) {
    for (const when of variants) {
      const tr = labelled.flatMap((_, i) => (fold[i] !== f && (when === 'after' || isFirst[i]) ? [i] : []));
      const data: LabelledTweet[] = [...synth, ...tr.map((i) => labelled[i]!)];
      const heads = trainCategoryHeads(data, [...xsS, ...tr.map((i) => xsL[i]!)]);
      const model = loadComplaintModel({ ...(modelFile as ComplaintModelFile), ...heads });
      const run = createTriage(model, DEFAULT_MIX);
      const heldOut = labelled.flatMap((item, i) => (fold[i] === f ? [{ item, firstPass: isFirst[i]! }] : []));
      yield { when, run, model, heldOut };
    }
  }
}

export function categoryCvByLanguage(): CategoryCvResult {
  const out: CategoryCvResult = { before: {}, after: {} };
  for (const { when, run, heldOut } of categoryCvFolds(['before', 'after'])) {
    for (const { item: d, firstPass } of heldOut) {
      const c = run({ text: d.text, lang: d.lang as Lang }).category;
      if (when === 'after') logItem(`category:${d.lang}`, d.id, c === d.category);
      for (const key of firstPass ? [d.lang!, 'en-twcs1'] : [d.lang!]) {
        const cell = (out[when][key] ??= { n: 0, hit: 0, other: 0 });
        cell.n++;
        if (c === d.category) cell.hit++;
        if (c === 'other') cell.other++;
      }
    }
  }
  return out;
}

export function categoryCvByLanguageRows(r: CategoryCvResult = categoryCvByLanguage()): Array<Array<string | number>> {
  const label: Record<string, string> = {
    en: 'en (twcs-head-en both passes, customer-care-threads-en)',
    'en-twcs1': 'en, first-pass twcs-head-en labels only',
    pl: 'pl (PolEmo negative sentences)',
    el: 'el (Skroutz review lines)',
  };
  return ['en', 'en-twcs1', 'pl', 'el'].flatMap((k) => {
    const b = r.before[k];
    const a = r.after[k];
    if (!b || !a) return [];
    if (k !== 'en-twcs1') recordAim({ what: `category accuracy, ${label[k]!}`, side: 'training-side CV', measured: a.hit / a.n, target: 0.7, direction: '≥' });
    return [[label[k]!, a.n, `${num(b.hit / b.n)} (other ${pct(b.other / b.n)} %)`, `**${num(a.hit / a.n)}** (other ${pct(a.other / a.n)} %)`]];
  });
}
