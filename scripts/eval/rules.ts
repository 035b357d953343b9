/**
 * The reply checker, per rule and language. Two kinds of data, kept apart:
 *  - real agent replies (TWCS outbound tweets, English, human action labels): apology against
 *    "Apologize", private channel against "Request DM", and — a proxy — concrete-fix recall on replies
 *    labelled with a concrete next step (delivery date, investigating, specialist team, restart);
 *  - a labelled DEV set written for this project (scripts/eval/data/replies-dev.synthetic.jsonl,
 *    synthetic, en/pl/el): the lexicons were tuned on it, so it is NOT a held-out number. There is no
 *    real Polish or Greek brand-reply text in the shared datasets;
 *  - blind team-written Polish and Greek replies (scripts/eval/data/replies-plel.synthetic.jsonl): written by
 *    someone who had not seen the checker; DEV and TEST halves apart, like the TWCS labels below;
 *  - real TWCS agent replies with team labels (scripts/eval/data/twcs-replies/, twcs-head-en outbound,
 *    English): per-rule accuracy, precision and recall, DEV and TEST halves apart. Only DEV errors are
 *    ever listed: the checker may be changed from them; TEST is a held-out number.
 *
 * `node --import tsx scripts/eval/rules.ts [--errors]` prints the section alone (`--errors` lists the
 * synthetic dev misses and the real DEV-half misses, never a TEST item).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReply } from '../../lib/rules/index';
import { COMPANIES, loadReplies } from '../eval-rules';
import { recordAim } from './aims';
import { addTo, emptyConfusion, precision, recall, type Confusion } from './metrics';
import { loadLabelledReplies, REPLY_RULES, type Half, type ReplyLabel, type ReplyRule } from './reply-labels';
import { FIFTH_SET_BRIEF_PHRASE_IDS, loadTeamReplies, TEAM_REPLY_LANGS, TEAM_REPLY_SETS, type TeamReplySet } from './team-replies';

interface DevReply {
  id: string;
  lang: 'en' | 'pl' | 'el';
  text: string;
  fix: boolean;
  blame: boolean;
}

const DEV = join(dirname(fileURLToPath(import.meta.url)), 'data', 'replies-dev.synthetic.jsonl');

export function loadDev(): DevReply[] {
  return readFileSync(DEV, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DevReply);
}

const FIX_PROXY = ['Provide delivery date', 'Investigate Issue', 'Investigate issue', 'Refer to specialist team', 'Request device restart', 'Request logout and login'];

const f2 = (k: number, n: number) => (n ? (k / n).toFixed(2) : 'n/a');
/** The table head of every team-written set's section. */
const TEAM_TABLE_HEAD = ['| lang | half | rule | n | positives | accuracy | precision | recall | confusion |', '|---|---|---|---:|---:|---:|---:|---:|---|'];

/** One labelled reply, real or team-written: what the checker is scored against. */
interface ScoredReply {
  id: string;
  text: string;
  gold: ReplyLabel;
  lang?: 'en' | 'pl' | 'el';
  /** Shown in the DEV error list (the brand of a real reply). */
  brand?: string;
}

/** Per-rule confusion of the checker against the labels of one half; `errors` collects misses (DEV only). */
export function scoreLabelled(items: ScoredReply[], errors?: string[], errorTag = 'real-dev'): Record<ReplyRule, Confusion> {
  const out = Object.fromEntries(REPLY_RULES.map((r) => [r, emptyConfusion()])) as Record<ReplyRule, Confusion>;
  for (const item of items) {
    const report = checkReply(item.text, { lang: item.lang ?? 'en', platform: 'x' });
    for (const rule of REPLY_RULES) {
      addTo(out[rule], report[rule], item.gold[rule]);
      if (errors && report[rule] !== item.gold[rule]) {
        errors.push(`${errorTag} ${rule} ${item.id}${item.brand ? ` [${item.brand}]` : ''}: expected ${item.gold[rule]} — ${item.text.replace(/\s+/g, ' ')}`);
      }
    }
  }
  return out;
}

function labelledRows(half: Half, items: ScoredReply[], errors?: string[], lead: string[] = [], errorTag?: string, scores = scoreLabelled(items, errors, errorTag)): string[] {
  return REPLY_RULES.map((rule) => {
    const c = scores[rule];
    const pos = c.tp + c.fn;
    const pred = c.tp + c.fp;
    return `| ${[...lead, half.toUpperCase()].join(' | ')} | ${rule} | ${items.length} | ${pos} | ${f2(c.tp + c.tn, items.length)} | ${pred ? precision(c).toFixed(2) : 'n/a'} | ${pos ? recall(c).toFixed(2) : 'n/a'} | TP ${c.tp} · FP ${c.fp} · FN ${c.fn} · TN ${c.tn} |`;
  });
}

export default async function rulesSection(errors: string[] = []): Promise<string> {
  const dev = loadDev();
  const rows: string[] = [];
  for (const lang of ['en', 'pl', 'el'] as const) {
    const items = dev.filter((d) => d.lang === lang);
    let fixOk = 0;
    let blameOk = 0;
    for (const d of items) {
      const r = checkReply(d.text, { lang });
      if (r.fix === d.fix) fixOk++;
      else errors.push(`fix ${d.id}: expected ${d.fix} — ${d.text}`);
      if (r.blame === d.blame) blameOk++;
      else errors.push(`blame ${d.id}: expected ${d.blame} — ${d.text}`);
    }
    rows.push(`| ${lang} | ${items.length} | ${f2(fixOk, items.length)} | ${f2(blameOk, items.length)} |`);
  }

  const replies = COMPANIES.flatMap(loadReplies).map((reply) => ({ reply, report: checkReply(reply.text, { lang: 'en', platform: 'x' }) }));
  const acc = (items: typeof replies, gold: (l: Set<string>) => boolean, got: (r: (typeof replies)[number]['report']) => boolean) => {
    const ok = items.filter((i) => gold(i.reply.labels) === got(i.report)).length;
    return `${f2(ok, items.length)} (n ${items.length})`;
  };
  const labelled = loadLabelledReplies();
  const devReal = labelled.filter((r) => r.half === 'dev');
  const testReal = labelled.filter((r) => r.half === 'test');
  // Each team set per language and half it has; DEV errors are listed under the set's tag (`--errors`).
  const teamRows = (set: TeamReplySet, errorTag: string, name = errorTag) => {
    const items = loadTeamReplies(set);
    return TEAM_REPLY_LANGS.flatMap((lang) =>
      (['dev', 'test'] as const).flatMap((half) => {
        const part = items.filter((r) => r.lang === lang && r.half === half);
        if (!part.length) return [];
        const scores = scoreLabelled(part, half === 'dev' ? errors : undefined, errorTag);
        // The aim (≥ 0.85 in Polish and Greek) is judged on held-out (TEST) replies only.
        if (half === 'test' && (lang === 'pl' || lang === 'el')) {
          for (const rule of ['fix', 'blame'] as const) {
            const c = scores[rule];
            recordAim({
              what: `reply checker ${rule} accuracy, ${lang}, ${name} set`, side: 'held out', measured: (c.tp + c.tn) / part.length, target: 0.85, direction: '≥',
              whyNot: `A writer the checker has never read uses phrasings it has not learnt: it finds ${c.tp} of ${c.tp + c.fn} ${rule === 'blame' ? 'blaming' : 'concrete-fix'} replies here, with ${c.fp} false alarm${c.fp === 1 ? '' : 's'}.${rule === 'blame' ? ' Phrase families learnt from each DEV writer, a blame model over n-grams, sentence labels and per-language thresholds have each been tried (sessions 24–26).' : ''}`,
            });
          }
        }
        return labelledRows(half, part, undefined, [lang], errorTag, scores);
      }),
    );
  };
  const firstRows = teamRows(TEAM_REPLY_SETS.first, 'team-dev', 'first (TEST half)');
  const thirdRows = teamRows(TEAM_REPLY_SETS.third, 'team3-dev');
  const secondRows = teamRows(TEAM_REPLY_SETS.second, 'team2', 'second');
  const fourthRows = teamRows(TEAM_REPLY_SETS.fourth, 'team4-dev');
  const sixthRows = teamRows(TEAM_REPLY_SETS.sixth, 'team6-dev');
  const seventhRows = teamRows(TEAM_REPLY_SETS.seventh, 'team7-dev');
  const eighthRows = teamRows(TEAM_REPLY_SETS.eighth, 'team8', 'eighth');
  const ninthRows = teamRows(TEAM_REPLY_SETS.ninth, 'team9-dev');
  const tenthRows = teamRows(TEAM_REPLY_SETS.tenth, 'team10-dev');
  const laterRows = (['eleventh', 'twelfth', 'thirteenth'] as const).flatMap((name, i) => teamRows(TEAM_REPLY_SETS[name], `team${11 + i}-dev`, name).map((row) => row.replace(/^\| /, `| ${name}, `)));
  const fifth = loadTeamReplies(TEAM_REPLY_SETS.fifth);
  const fifthRows = teamRows(TEAM_REPLY_SETS.fifth, 'team5', 'fifth');
  // Blame again without the lines that use the brief's example phrases (the fourth set, a DEV set, had the same brief).
  const fifthPlainBlameRows = TEAM_REPLY_LANGS.flatMap((lang) => {
    const part = fifth.filter((r) => r.lang === lang && !FIFTH_SET_BRIEF_PHRASE_IDS.has(r.id));
    return labelledRows('test', part, undefined, [`${lang}, without brief phrases`]).filter((row) => row.includes('| blame |'));
  });
  const amazon = replies.filter((i) => i.reply.company === 'AmazonHelp');
  const apple = replies.filter((i) => i.reply.company === 'AppleSupport');
  const withFix = replies.filter((i) => FIX_PROXY.some((l) => i.reply.labels.has(l)));

  return [
    '## Reply checker',
    '',
    'Blame is the lexicon OR the blame model (lib/rules/blame-model.ts). The model is trained on every DEV line below',
    '(scripts/train-blame.ts), so DEV blame numbers include its own training lines; TEST rows never reach its training.',
    '',
    '### Real agent replies (TWCS outbound, English, human action labels)',
    '',
    '| rule | data | accuracy |',
    '|---|---|---:|',
    `| apology | AmazonHelp "Apologize" | ${acc(amazon, (l) => l.has('Apologize'), (r) => r.apology)} |`,
    `| private channel | AppleSupport "Request DM" | ${acc(apple, (l) => l.has('Request DM'), (r) => r.private)} |`,
    `| concrete fix (recall, proxy) | replies labelled with a concrete next step | ${f2(withFix.filter((i) => i.report.fix).length, withFix.length)} (n ${withFix.length}) |`,
    '',
    '### Real TWCS agent replies, team labels (twcs-head-en outbound, English; scripts/eval/data/twcs-replies)',
    '',
    'DEV: the checker may be changed from its errors (`--errors`). TEST: held out, never read item by item.',
    '',
    '| half | rule | n | positives | accuracy | precision | recall | confusion |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...labelledRows('dev', devReal, errors),
    ...labelledRows('test', testReal),
    '',
    '### Blind team-written Polish and Greek replies (scripts/eval/data/replies-plel.synthetic.jsonl)',
    '',
    'Synthetic: written and labelled by a team member who had not seen the checker, so it shows how the checker',
    'generalises beyond the phrasings it was tuned on. It is not real agent text. DEV: the checker may be changed',
    'from its errors (`--errors`); TEST: never read item by item.',
    '',
    ...TEAM_TABLE_HEAD,
    ...firstRows,
    '',
    '### Third blind set: another writer, for development (scripts/eval/data/replies-plel-3.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled like the second set by a third team member who had not seen the checker or the',
    'other sets. Every line is DEV: the checker may be changed from its errors (`--errors`), so these are not',
    'evaluation numbers.',
    '',
    ...TEAM_TABLE_HEAD,
    ...thirdRows,
    '',
    '### Fourth blind set: another writer, Polish, Greek and English, for development (scripts/eval/data/replies-4.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled by a fourth team member who had not seen the checker or the other sets; nearly half',
    'of its lines blame the customer, the rest are hard negatives. Every line is DEV: the checker may be changed from its',
    'errors (`--errors`), so these are not evaluation numbers.',
    '',
    ...TEAM_TABLE_HEAD,
    ...fourthRows,
    '',
    '### Sixth blind set: another writer, for development (scripts/eval/data/replies-6.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled by a sixth team member who had not seen the checker or the other sets, asked for',
    'replies as agents write them under pressure, blame implied by the facts chosen, no stock phrases. Every line is DEV:',
    'the checker may be changed from its errors (`--errors`), so these are not evaluation numbers.',
    '',
    ...TEAM_TABLE_HEAD,
    ...sixthRows,
    '',
    '### Seventh blind set: another writer, for development (scripts/eval/data/replies-7.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled by a seventh team member who had not seen the checker or the other sets; small and',
    'regional brands too, agents of every temperament. Every line is DEV: the checker may be changed from its errors',
    '(`--errors`), so these are not evaluation numbers.',
    '',
    ...TEAM_TABLE_HEAD,
    ...seventhRows,
    '',
    '### Ninth blind set: another writer, for development (scripts/eval/data/replies-9.synthetic.jsonl)',
    '',
    "Synthetic, by a ninth team member who had not seen the checker, the packs or the other sets: the agent's second or",
    'third reply, after the customer pushed back. Every line is DEV (the checker may be changed from it); the shipped blame',
    'model was trained before it existed, so its blame rows read the model on a writer it never saw.',
    '',
    ...TEAM_TABLE_HEAD,
    ...ninthRows,
    '',
    '### Tenth blind set: another writer, for development (scripts/eval/data/replies-10.synthetic.jsonl)',
    '',
    'Synthetic, by a tenth team member who had not seen the checker, the packs or the other sets: owners of small',
    'businesses replying personally, typed on a phone. Every line is DEV; the shipped blame model never saw it either.',
    '',
    ...TEAM_TABLE_HEAD,
    ...tenthRows,
    '',
    '### Eleventh to thirteenth blind sets: three more writers, for development (scripts/eval/data/replies-11/12/13.synthetic.jsonl)',
    '',
    'Synthetic, each by its own team member who had not seen the checker, the packs, the other sets or each other (session',
    '27): large brands on a bad day, formal public services, casual brands with sarcasm. Every line is DEV; the shipped',
    'blame model never saw them (a model trained with them was not shipped: docs/decisions/session27-rule.md, W10).',
    '',
    ...TEAM_TABLE_HEAD,
    ...laterRows,
    '',
    '### Eighth blind set: another writer, evaluation only (scripts/eval/data/replies-8.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled by an eighth team member who had not seen the checker, the packs or the other sets:',
    'about a third blame, a third polished replies of the kind teams keep as templates, a third hard negatives. Every line',
    'is TEST: never trained on and the checker is never changed from it. It was written after the blame model\'s training',
    'and threshold rules were fixed, so it is the fairest reading of how the checker fares on a writer it has never seen.',
    '',
    ...TEAM_TABLE_HEAD,
    ...eighthRows,
    '',
    '### Fifth blind set: another writer, Polish, Greek and English, evaluation only (scripts/eval/data/replies-5.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled by a fifth team member who had not seen the checker or the other sets, to the fourth',
    "set's brief (nearly half blame, the rest hard negatives). Every line is TEST: the checker is never changed from it.",
    "25 of its blame lines use the brief's own example phrases, which the fourth set (DEV) used too, so blame is also given",
    'without them (ids in its README).',
    '',
    ...TEAM_TABLE_HEAD,
    ...fifthRows,
    ...fifthPlainBlameRows,
    '',
    '### Second blind set: another writer, evaluation only (scripts/eval/data/replies-plel-2.synthetic.jsonl)',
    '',
    'Synthetic, written and labelled by a second team member who had not seen the checker or the first set; its Greek',
    'was written apart from its Polish. Every line is TEST: the checker is never changed from this set.',
    '',
    ...TEAM_TABLE_HEAD,
    ...secondRows,
    '',
    '### Dev set (synthetic, written for this project and tuned on — not held out)',
    '',
    '| lang | n | concrete fix accuracy | blame accuracy |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
    'No real Polish or Greek agent replies exist in the shared datasets; the held-back set the issue quotes',
    '(fix 0.87/0.73/0.67, blame 0.93/0.87/0.87 en/pl/el) is not in the project, so it is not re-measured here.',
    '',
  ].join('\n');
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const errors: string[] = [];
  rulesSection(errors).then(
    (s) => {
      console.log(s);
      if (process.argv.includes('--errors')) for (const e of errors) console.log(e);
    },
    (err) => (console.error(err instanceof Error ? err.message : err), process.exit(1)),
  );
}
