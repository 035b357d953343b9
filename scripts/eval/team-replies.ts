/**
 * The blind, team-written brand replies (Polish and Greek; the fourth set English too), each set written and labelled by someone who had not
 * seen the checker (scripts/eval/data, a README beside each file):
 * - `first` (replies-plel.synthetic.jsonl): split DEV/TEST by a fixed hash; the checker was changed from DEV errors.
 * - `second` (replies-plel-2.synthetic.jsonl): another writer, Greek written apart from Polish; every line TEST,
 *   evaluation only (the checker is never changed from it).
 * - `third` (replies-plel-3.synthetic.jsonl): a third writer, written like the second; every line DEV (the checker
 *   may be changed from its errors).
 * - `fourth` (replies-4.synthetic.jsonl): a fourth writer, Polish, Greek and English, nearly half of it blame and the rest
 *   hard negatives; every line DEV.
 * - `fifth` (replies-5.synthetic.jsonl): a fifth writer, written to the fourth's brief; every line TEST, evaluation only.
 * - `sixth` (replies-6.synthetic.jsonl): a sixth writer, asked for replies as agents write them under pressure and for
 *   no stock phrases; every line DEV.
 * - `seventh` (replies-7.synthetic.jsonl): a seventh writer, small and regional brands too; every line DEV.
 * - `eighth` (replies-8.synthetic.jsonl): an eighth writer, a third of it polished template-like replies; every line
 *   TEST, evaluation only (written after the blame model's rules were fixed; never trained on).
 * - `ninth` (replies-9.synthetic.jsonl): a ninth writer, follow-up replies after the customer pushed back; every line DEV.
 * - `tenth` (replies-10.synthetic.jsonl): a tenth writer, owner-operated small businesses replying personally, phone
 *   typos; every line DEV.
 * The blame model (scripts/train-blame.ts) trains on the DEV lines of the first to seventh sets only; the ninth and
 * tenth came later (a model trained with them too was not better on the first writers' folds, so it was not shipped).
 * The loader rejects a malformed file with every fault named (fields, 0/1 labels, unique ids and texts, the split
 * rule). `node --import tsx scripts/eval/team-replies.ts [first|second|third]` validates a set and prints counts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLY_RULES, type Half, type ReplyLabel } from './reply-labels';

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');
const KEYS = ['id', 'lang', 'text', ...REPLY_RULES, 'split'].sort().join(',');
export const TEAM_REPLY_LANGS = ['pl', 'el', 'en'] as const;
const LANGS = TEAM_REPLY_LANGS;

export interface TeamReply {
  id: string;
  lang: (typeof LANGS)[number];
  text: string;
  half: Half;
  gold: ReplyLabel;
}

/** DEV when the first hex digit of the split hash is 0–7 (fixed before any reply was scored). */
export function teamHalfOf(id: string): Half {
  return parseInt(createHash('sha256').update(`soothe-replies-plel-v1:${id}`).digest('hex')[0]!, 16) < 8 ? 'dev' : 'test';
}

export interface TeamReplySet {
  file: string;
  /** Ids are `<lang>-<letter>-NNN`. */
  idLetter: string;
  halfOf: (id: string) => Half;
}

export const TEAM_REPLY_SETS = {
  first: { file: join(DATA, 'replies-plel.synthetic.jsonl'), idLetter: 'b', halfOf: teamHalfOf },
  second: { file: join(DATA, 'replies-plel-2.synthetic.jsonl'), idLetter: 'c', halfOf: () => 'test' },
  third: { file: join(DATA, 'replies-plel-3.synthetic.jsonl'), idLetter: 'd', halfOf: () => 'dev' },
  fourth: { file: join(DATA, 'replies-4.synthetic.jsonl'), idLetter: '4', halfOf: () => 'dev' },
  fifth: { file: join(DATA, 'replies-5.synthetic.jsonl'), idLetter: '5', halfOf: () => 'test' },
  sixth: { file: join(DATA, 'replies-6.synthetic.jsonl'), idLetter: '6', halfOf: () => 'dev' },
  seventh: { file: join(DATA, 'replies-7.synthetic.jsonl'), idLetter: '7', halfOf: () => 'dev' },
  eighth: { file: join(DATA, 'replies-8.synthetic.jsonl'), idLetter: '8', halfOf: () => 'test' },
  ninth: { file: join(DATA, 'replies-9.synthetic.jsonl'), idLetter: '9', halfOf: () => 'dev' },
  tenth: { file: join(DATA, 'replies-10.synthetic.jsonl'), idLetter: 'x', halfOf: () => 'dev' },
  eleventh: { file: join(DATA, 'replies-11.synthetic.jsonl'), idLetter: 'k', halfOf: () => 'dev' },
  twelfth: { file: join(DATA, 'replies-12.synthetic.jsonl'), idLetter: 'm', halfOf: () => 'dev' },
  thirteenth: { file: join(DATA, 'replies-13.synthetic.jsonl'), idLetter: 'n', halfOf: () => 'dev' },
} satisfies Record<string, TeamReplySet>;

/**
 * Lines of the fifth set that use the example blame phrases of its writing brief (the fourth set's brief too), word for
 * word or as direct equivalents, as its README lists them. A checker that learned from the fourth set has an edge on
 * them, so blame is reported with and without them.
 */
export const FIFTH_SET_BRIEF_PHRASE_IDS: ReadonlySet<string> = new Set([
  'en-5-010', 'en-5-011', 'en-5-013', 'en-5-016', 'en-5-018', 'en-5-020', 'en-5-028', 'en-5-038', 'en-5-044', 'en-5-102',
  'pl-5-006', 'pl-5-008', 'pl-5-011', 'pl-5-015', 'pl-5-022', 'pl-5-024',
  'el-5-007', 'el-5-009', 'el-5-011', 'el-5-013', 'el-5-015', 'el-5-017', 'el-5-027', 'el-5-043', 'el-5-054',
]);

export function loadTeamReplies(set: TeamReplySet = TEAM_REPLY_SETS.first): TeamReply[] {
  const { file } = set;
  const faults: string[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  const out: TeamReply[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `line ${i + 1}`;
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line) as Record<string, unknown>;
      } catch {
        faults.push(`${where}: not JSON`);
        return;
      }
      const before = faults.length;
      if (Object.keys(r).sort().join(',') !== KEYS) faults.push(`${where}: fields ${Object.keys(r).join(',')}`);
      const id = String(r.id);
      const lang = r.lang as TeamReply['lang'];
      if (!LANGS.includes(lang)) faults.push(`${where}: lang ${String(r.lang)}`);
      else if (!new RegExp(`^${lang}-${set.idLetter}-\\d{3}$`).test(id)) faults.push(`${where}: id ${id}`);
      if (ids.has(id)) faults.push(`${where}: duplicate id ${id}`);
      ids.add(id);
      const text = typeof r.text === 'string' ? r.text.trim() : '';
      if (!text) faults.push(`${where}: empty text`);
      else if (texts.has(text)) faults.push(`${where}: duplicate text`);
      texts.add(text);
      for (const k of REPLY_RULES) if (r[k] !== 0 && r[k] !== 1) faults.push(`${where}: ${k}=${String(r[k])}`);
      const half = set.halfOf(id);
      if (r.split !== half.toUpperCase()) faults.push(`${where}: split ${String(r.split)}, the rule says ${half.toUpperCase()}`);
      if (faults.length === before) {
        const gold = Object.fromEntries(REPLY_RULES.map((k) => [k, r[k] === 1])) as ReplyLabel;
        out.push({ id, lang, text, half, gold });
      }
    });
  if (faults.length) throw new Error(`${file}:\n${faults.join('\n')}`);
  return out;
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  try {
    const name = (process.argv[2] ?? 'first') as keyof typeof TEAM_REPLY_SETS;
    if (!(name in TEAM_REPLY_SETS)) throw new Error(`usage: team-replies.ts [${Object.keys(TEAM_REPLY_SETS).join('|')}]`);
    const items = loadTeamReplies(TEAM_REPLY_SETS[name]);
    console.log(`${items.length} replies OK\n\nlang | label | DEV | TEST | all`);
    for (const lang of LANGS) {
      for (const k of ['n', ...REPLY_RULES] as const) {
        const [d, t] = (['dev', 'test'] as const).map((h) => items.filter((r) => r.lang === lang && r.half === h && (k === 'n' || r.gold[k])).length);
        console.log(`${lang} | ${k === 'n' ? 'replies' : `${k}=1`} | ${d} | ${t} | ${d! + t!}`);
      }
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
