/**
 * Team labels of real agent replies (scripts/eval/data/twcs-replies/, see its README): the fixed
 * selection and DEV/TEST split of twcs-head-en outbound tweets, and the label loader. The reply text
 * is read in place from ../shared and joined to the labels by tweet_id.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from '../../lib/triage/train/csv';
import { sharedPath } from '../support/shared-data';

export const REPLY_LABELS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'data', 'twcs-replies', 'labels.json');
export const REPLY_RULES = ['fix', 'blame', 'apology', 'private'] as const;
export type ReplyRule = (typeof REPLY_RULES)[number];
export type ReplyLabel = Record<ReplyRule, boolean>;
export type Half = 'dev' | 'test';

export interface LabelledReply {
  id: string;
  brand: string;
  text: string;
  half: Half;
  gold: ReplyLabel;
}

export const SELECTION_SIZE = 400;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** DEV when the first hex digit of the split hash is 0–7 (fixed before labelling). */
export function halfOf(tweetId: string): Half {
  return parseInt(sha(`soothe-replies-split-v1:${tweetId}`)[0]!, 16) < 8 ? 'dev' : 'test';
}

export interface OutboundRow {
  id: string;
  brand: string;
  text: string;
}

export function outboundReplies(): OutboundRow[] {
  const rows = csvRecords(readFileSync(sharedPath('datasets', 'twcs-head-en', 'twcs_head.csv'), 'utf8'));
  return rows
    .filter((r) => r.inbound === 'False' && (r.text ?? '').trim() && /^\d+$/.test(r.tweet_id ?? ''))
    .map((r) => ({ id: r.tweet_id!, brand: r.author_id ?? '', text: r.text! }));
}

/** The fixed selection: the SELECTION_SIZE outbound replies with the smallest seeded hash. */
export function selectReplies(pool: OutboundRow[] = outboundReplies()): OutboundRow[] {
  return pool
    .map((r) => ({ r, h: sha(`soothe-replies-select-v1:${r.id}`) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
    .slice(0, SELECTION_SIZE)
    .map((x) => x.r);
}

export class ReplyLabelsError extends Error {
  override name = 'ReplyLabelsError';
}

/** Parse and validate a labels file's JSON text: every label an object of four 0/1 values. */
export function parseReplyLabels(json: string, file = REPLY_LABELS_FILE): Map<string, ReplyLabel> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw new ReplyLabelsError(`${file}: not valid JSON (${e instanceof Error ? e.message : e})`);
  }
  const labels = (doc as { labels?: unknown } | null)?.labels;
  if (!doc || typeof doc !== 'object' || !labels || typeof labels !== 'object' || Array.isArray(labels)) {
    throw new ReplyLabelsError(`${file}: expected an object with a "labels" object of { tweet_id: { fix, blame, apology, private } }`);
  }
  const out = new Map<string, ReplyLabel>();
  for (const [id, value] of Object.entries(labels as Record<string, unknown>)) {
    if (!/^\d+$/.test(id)) throw new ReplyLabelsError(`${file}: label key "${id}" is not a tweet_id (digits only)`);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ReplyLabelsError(`${file}: label "${id}" is not an object`);
    const v = value as Record<string, unknown>;
    const extra = Object.keys(v).filter((k) => !(REPLY_RULES as readonly string[]).includes(k));
    if (extra.length) throw new ReplyLabelsError(`${file}: label "${id}" has unknown field(s) ${extra.join(', ')}`);
    const label = {} as ReplyLabel;
    for (const rule of REPLY_RULES) {
      if (v[rule] !== 0 && v[rule] !== 1) throw new ReplyLabelsError(`${file}: label "${id}" needs "${rule}": 0 or 1 (got ${JSON.stringify(v[rule])})`);
      label[rule] = v[rule] === 1;
    }
    out.set(id, label);
  }
  return out;
}

/** The labelled replies with their text (read in place) and DEV/TEST half. Unknown ids are an error. */
export function loadLabelledReplies(file = REPLY_LABELS_FILE, pool: OutboundRow[] = outboundReplies()): LabelledReply[] {
  const labels = parseReplyLabels(readFileSync(file, 'utf8'), file);
  const byId = new Map(pool.map((r) => [r.id, r]));
  const out: LabelledReply[] = [];
  for (const [id, gold] of labels) {
    const row = byId.get(id);
    if (!row) throw new ReplyLabelsError(`${file}: tweet ${id} is not an outbound reply in twcs_head.csv`);
    out.push({ id, brand: row.brand, text: row.text, half: halfOf(id), gold });
  }
  return out;
}

// `node --import tsx scripts/eval/reply-labels.ts --print FROM TO` prints selected replies FROM..TO (for
// labelling: id, brand and text only — never the checker's output).
const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry && process.argv.includes('--print')) {
  const [from, to] = process.argv.slice(process.argv.indexOf('--print') + 1).map(Number);
  const sel = selectReplies();
  sel.slice(from ?? 0, to ?? sel.length).forEach((r, i) => console.log(`#${(from ?? 0) + i} ${r.id} [${r.brand}] ${r.text.replace(/\s+/g, ' ')}`));
}
