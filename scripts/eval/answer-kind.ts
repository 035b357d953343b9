/**
 * What kind of answer real posts get first, by the team's complaint labels (training side and held out; no
 * external-eval item): complaints should find a complaint template among the first three suggestions, and posts that are
 * not complaints should not get one first (thanks and FAQ answers instead). Ranked through the panel's own path
 * (lib/background/analyse.ts), over the default packs.
 */
import { analyseThread } from '../../lib/background/analyse';
import type { Ranker } from '../../lib/suggest/rank';
import { loadCustomerCareGoldSet, loadTwcsGoldSet, type LabelledTweet } from '../train-triage';

export interface AnswerKinds {
  complaints: number;
  /** Complaints with a complaint template among the first three suggestions. */
  templateInTop3: number;
  others: number;
  /** Posts that are not complaints whose first suggestion is a complaint template. */
  templateFirst: number;
}

export function answerKinds(ranker: Ranker, rows: readonly LabelledTweet[]): AnswerKinds {
  const out: AnswerKinds = { complaints: 0, templateInTop3: 0, others: 0, templateFirst: 0 };
  for (const r of rows) {
    const post = { id: '1', text: r.text, lang: r.lang ?? 'en', postedAt: null, parentId: null, isBrandPost: false, replies: null, likes: null };
    const kinds = analyseThread({ platform: 'x', posts: [post], focusId: '1' }, ranker).suggestions.slice(0, 3).map((s) => s.kind);
    if (r.complaint === 1) {
      out.complaints++;
      if (kinds.includes('template')) out.templateInTop3++;
    } else {
      out.others++;
      if (kinds[0] === 'template') out.templateFirst++;
    }
  }
  return out;
}

const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)} %` : 'n/a');

export function answerKindTable(ranker: Ranker): string {
  const sets: Array<[string, LabelledTweet[]]> = [
    ['twcs-head-en, team complaint labels (the complaint head trains on them)', loadTwcsGoldSet()],
    ['customer-care-threads-en first tweets, team complaint labels (held out)', loadCustomerCareGoldSet()],
  ];
  const rows = sets.map(([name, data]) => {
    const k = answerKinds(ranker, data);
    return `| ${name} | ${k.complaints} | ${pct(k.templateInTop3, k.complaints)} | ${k.others} | ${pct(k.templateFirst, k.others)} |`;
  });
  return [
    '| real tweets to brands | complaints | a complaint template in the first three | not complaints | a complaint template first |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
