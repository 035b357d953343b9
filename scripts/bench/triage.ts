/** Bench section `triage`: posts classified per second, and the bytes the triage code and weights add. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { triage } from '../../lib/triage/index';
import { csvRecords } from '../../lib/triage/train/csv';
import { PROJECT_ROOT, sharedPath } from '../support/shared-data';
import { percentile, type Bench } from './types';

/** Files under lib/triage that the extension bundles (training code excluded). */
function shippedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'train' ? [] : shippedFiles(p);
    return /\.(ts|json)$/.test(name) ? [p] : [];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export const triageBench: Bench = {
  name: 'triage',
  async run() {
    const en = csvRecords(readFileSync(sharedPath('datasets', 'complaints-en-xci', 'X-CI_Dataset.csv'), 'utf8')).map((r) => r.tweet ?? '');
    const pl = readFileSync(sharedPath('datasets', 'polemo2-sentences-pl', 'medicine.sentence.train.polemo2.txt'), 'utf8')
      .split(/\r?\n/)
      .slice(0, 2000)
      .map((l) => l.replace(/__label__\S+/, ''));
    const el = readFileSync(sharedPath('datasets', 'skroutz-reviews-el', 'reviews.csv'), 'utf8').split(/\r?\n/).filter((l) => l.length > 20);
    const rows: Array<[string, string]> = [];
    for (const [label, posts] of [['en (complaints-en-xci)', en], ['pl (PolEmo sentences)', pl], ['el (Skroutz lines)', el]] as const) {
      for (const t of posts.slice(0, 200)) triage({ text: t }); // warm-up
      const perPost: number[] = [];
      const start = performance.now();
      for (const t of posts) {
        const t0 = performance.now();
        triage({ text: t });
        perPost.push(performance.now() - t0);
      }
      const total = performance.now() - start;
      rows.push([`${label}: posts/s`, `${Math.round(posts.length / (total / 1000)).toLocaleString('en')} (${posts.length} posts)`]);
      rows.push([`${label}: p50 / p99 per post`, `${(percentile(perPost, 50) * 1000).toFixed(0)} µs / ${(percentile(perPost, 99) * 1000).toFixed(0)} µs`]);
    }
    const files = shippedFiles(join(PROJECT_ROOT, 'lib', 'triage'));
    const code = files.filter((f) => f.endsWith('.ts')).map((f) => readFileSync(f));
    const weights = files.filter((f) => f.endsWith('.json')).map((f) => readFileSync(f));
    const size = (bufs: Buffer[]) => bufs.reduce((s, b) => s + b.length, 0);
    const gz = (bufs: Buffer[]) => gzipSync(Buffer.concat(bufs), { level: 9 }).length;
    rows.push(['code (lib/triage/**/*.ts, source, no train/)', `${kb(size(code))}, ${kb(gz(code))} gzip`]);
    rows.push(['weights (lib/triage/model/*.json)', `${kb(size(weights))}, ${kb(gz(weights))} gzip`]);
    return rows;
  },
};
