/**
 * Validates scripts/eval/data/replies-plel.synthetic.jsonl (team-written Polish/Greek replies, see its
 * README): fields, 0/1 labels, unique ids and texts, and the fixed split rule; prints counts per
 * language × label × split. Run: node --import tsx scripts/eval/replies-plel.validate.ts [file]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLY_RULES } from './reply-labels';

const FILE = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'data', 'replies-plel.synthetic.jsonl');
const KEYS = ['id', 'lang', 'text', ...REPLY_RULES, 'split'].sort().join(',');
const LANGS = ['pl', 'el'] as const;
const SPLITS = ['DEV', 'TEST'] as const;

const splitOf = (id: string) =>
  parseInt(createHash('sha256').update(`soothe-replies-plel-v1:${id}`).digest('hex')[0]!, 16) < 8 ? 'DEV' : 'TEST';

const errors: string[] = [];
const ids = new Set<string>();
const texts = new Set<string>();
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);

readFileSync(FILE, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch {
      errors.push(`${where}: not JSON`);
      return;
    }
    if (Object.keys(r).sort().join(',') !== KEYS) errors.push(`${where}: fields ${Object.keys(r).join(',')}`);
    const id = String(r.id);
    const lang = r.lang as (typeof LANGS)[number];
    if (!LANGS.includes(lang)) errors.push(`${where}: lang ${String(r.lang)}`);
    if (!new RegExp(`^${lang}-b-\\d{3}$`).test(id)) errors.push(`${where}: id ${id}`);
    if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
    ids.add(id);
    const text = typeof r.text === 'string' ? r.text.trim() : '';
    if (!text) errors.push(`${where}: empty text`);
    if (texts.has(text)) errors.push(`${where}: duplicate text`);
    texts.add(text);
    for (const k of REPLY_RULES) if (r[k] !== 0 && r[k] !== 1) errors.push(`${where}: ${k}=${String(r[k])}`);
    if (r.split !== splitOf(id)) errors.push(`${where}: split ${String(r.split)}, rule says ${splitOf(id)}`);
    bump(`${lang}|n|${String(r.split)}`);
    for (const k of REPLY_RULES) if (r[k] === 1) bump(`${lang}|${k}|${String(r.split)}`);
  });

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`${ids.size} replies OK\n\nlang | label | DEV | TEST | all`);
for (const lang of LANGS)
  for (const k of ['n', ...REPLY_RULES]) {
    const [d, t] = SPLITS.map((s) => counts.get(`${lang}|${k}|${s}`) ?? 0);
    console.log(`${lang} | ${k === 'n' ? 'replies' : `${k}=1`} | ${d} | ${t} | ${d! + t!}`);
  }
