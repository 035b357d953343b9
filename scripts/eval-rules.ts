/**
 * `npm run eval:rules [-- --errors]`: precision and recall of the rule checker's apology and
 * private-channel detection on human-labelled agent replies (TWCS, shared/datasets/twcs-categories-en).
 *
 * Only AmazonHelp's file carries an "Apologize" label and only AppleSupport's a "Request DM" label, so
 * each is evaluated on the file that has it. A second, broader private-channel view counts every label
 * that asks the customer to move to DM, phone or chat, over all three companies; SpotifyCares only
 * labels DM requests that ask for a username or e-mail, so a Spotify "DM us" without one counts as a
 * false positive there. `--errors` lists the misclassified replies.
 */
import { readFileSync } from 'node:fs';
import { checkReply, type RuleReport } from '../lib/rules/index';
import { parseCsv } from '../lib/triage/train/csv';
import { sharedPath } from './support/shared-data';

const DATASET = 'twcs-categories-en';
export const COMPANIES = ['AmazonHelp', 'AppleSupport', 'SpotifyCares'] as const;
const PRIVATE_LABELS = [
  'Request DM',
  'Request username via DM',
  'Request email address via DM',
  'Request to call by phone',
  'Request to reach out by chat',
];

export interface Reply {
  company: string;
  text: string;
  labels: Set<string>;
  columns: Set<string>;
}

export function loadReplies(company: string): Reply[] {
  const path = sharedPath('datasets', DATASET, `twcs-${company}-100-outbound.csv`);
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) throw new Error(`${path}: empty file`);
  const textCol = header.indexOf('text');
  const companyCol = header.indexOf('company');
  if (textCol < 0 || companyCol < 0) throw new Error(`${path}: no "text"/"company" column`);
  const labelCols = header.map((name, i) => [name, i] as const).filter(([, i]) => i > companyCol);
  return rows
    .filter((r) => r.length > textCol)
    .map((r) => ({
      company,
      text: r[textCol]!,
      labels: new Set(labelCols.filter(([, i]) => (r[i] ?? '').trim() !== '' && (r[i] ?? '').trim() !== '0').map(([n]) => n)),
      columns: new Set(labelCols.map(([n]) => n)),
    }));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  errors: Array<{ kind: 'FP' | 'FN'; text: string; company: string }>;
}

function score(items: Array<{ reply: Reply; report: RuleReport }>, gold: (r: Reply) => boolean, predicted: (r: RuleReport) => boolean): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0, errors: [] };
  for (const { reply, report } of items) {
    const g = gold(reply);
    const p = predicted(report);
    if (g && p) c.tp++;
    else if (!g && p) {
      c.fp++;
      c.errors.push({ kind: 'FP', text: reply.text, company: reply.company });
    } else if (g && !p) {
      c.fn++;
      c.errors.push({ kind: 'FN', text: reply.text, company: reply.company });
    } else c.tn++;
  }
  return c;
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const replies = COMPANIES.flatMap(loadReplies);
  const items = replies.map((reply) => ({ reply, report: checkReply(reply.text, { lang: 'en', platform: 'x' }) }));
  const byCompany = (c: string) => items.filter((i) => i.reply.company === c);

  const rows: Array<[string, string, Counts]> = [
    ['apology', 'AmazonHelp · "Apologize"', score(byCompany('AmazonHelp'), (r) => r.labels.has('Apologize'), (r) => r.apology)],
    ['private', 'AppleSupport · "Request DM"', score(byCompany('AppleSupport'), (r) => r.labels.has('Request DM'), (r) => r.private)],
    [
      'private (broad)',
      'all 3 · any DM/phone/chat request label',
      score(items, (r) => PRIVATE_LABELS.some((l) => r.labels.has(l)), (r) => r.private),
    ],
  ];

  console.log(`Reply-rule checker on ${replies.length} labelled agent replies (${DATASET}), lang=en\n`);
  const head = ['rule', 'data · label', 'n', 'pos', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'];
  const table = rows.map(([rule, data, c]) => {
    const n = c.tp + c.fp + c.fn + c.tn;
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f1 = p + r === 0 || Number.isNaN(p + r) ? NaN : (2 * p * r) / (p + r);
    return [rule, data, n, c.tp + c.fn, c.tp, c.fp, c.fn, c.tn, pct(c.tp, c.tp + c.fp), pct(c.tp, c.tp + c.fn), Number.isNaN(f1) ? 'n/a' : f1.toFixed(3)].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  console.log('\nThe "broad" row counts a Spotify "DM us" without a username/e-mail request as FP (not labelled there).');

  if (showErrors) {
    for (const [rule, data, c] of rows) {
      if (c.errors.length === 0) continue;
      console.log(`\n== ${rule} · ${data}: ${c.errors.length} errors`);
      for (const e of c.errors) console.log(`  ${e.kind} [${e.company}] ${e.text.replace(/\s+/g, ' ')}`);
    }
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) main();
