/**
 * `node --import tsx scripts/eval/blame-model-effect.ts`: blame by the lexicon alone next to lexicon OR the blame model,
 * on every held-out (TEST) reply set, per language: what the model adds and what it costs in false alarms. DEV sets are
 * left out (the model trains on them), and so is any per-item listing (TEST lines are never read one by one).
 * `--sets=eleventh,twelfth` reads the named team sets instead: a new DEV writer's lines, read once before anything is
 * learnt from them, are a fresh writer's numbers.
 */
import { checkReply } from '../../lib/rules/index';
import { loadLabelledReplies } from './reply-labels';
import { loadTeamReplies, TEAM_REPLY_LANGS, TEAM_REPLY_SETS } from './team-replies';

interface Line {
  text: string;
  lang: 'en' | 'pl' | 'el';
  blame: boolean;
}

const teamSet = (name: keyof typeof TEAM_REPLY_SETS): Line[] => loadTeamReplies(TEAM_REPLY_SETS[name]).map((r) => ({ text: r.text, lang: r.lang, blame: r.gold.blame }));
const named = process.argv.find((a) => a.startsWith('--sets='))?.slice('--sets='.length).split(',');
for (const name of named ?? []) if (!(name in TEAM_REPLY_SETS)) throw new Error(`--sets: no team reply set ${name} (${Object.keys(TEAM_REPLY_SETS).join(', ')})`);

const sets: Array<[string, Line[]]> = named ? named.map((name) => [name, teamSet(name as keyof typeof TEAM_REPLY_SETS)]) : [
  ['first (TEST half)', loadTeamReplies(TEAM_REPLY_SETS.first).filter((r) => r.half === 'test').map((r) => ({ text: r.text, lang: r.lang, blame: r.gold.blame }))],
  ...(['second', 'fifth', 'eighth'] as const).map((name): [string, Line[]] => [name, teamSet(name)]),
  ['TWCS real replies (TEST half)', loadLabelledReplies().filter((r) => r.half === 'test').map((r) => ({ text: r.text, lang: 'en' as const, blame: r.gold.blame }))],
];

const summary = (lines: Line[], says: (l: Line) => boolean) => {
  const pos = lines.filter((l) => l.blame);
  const neg = lines.filter((l) => !l.blame);
  const tp = pos.filter(says).length;
  const fp = neg.filter(says).length;
  const acc = (tp + neg.length - fp) / lines.length;
  return `${acc.toFixed(2)} | ${pos.length ? (tp / pos.length).toFixed(2) : '–'} | ${fp}/${neg.length}`;
};

console.log('| set | lang | n | lexicon: accuracy | recall | false alarms | with model: accuracy | recall | false alarms |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, lines] of sets) {
  for (const lang of TEAM_REPLY_LANGS) {
    const part = lines.filter((l) => l.lang === lang);
    if (!part.length) continue;
    const lexicon = summary(part, (l) => checkReply(l.text, { lang: l.lang, models: false }).blame);
    const model = summary(part, (l) => checkReply(l.text, { lang: l.lang }).blame);
    console.log(`| ${name} | ${lang} | ${part.length} | ${lexicon} | ${model} |`);
  }
}
