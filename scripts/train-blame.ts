/**
 * `npm run train:blame`: trains the reply checker's blame model (lib/rules/model/blame-model.json) and picks its
 * threshold by leave-one-writer-out cross-validation. Deterministic (fixed seed and epochs).
 *
 * Why a model: the blame lexicons are learnt from each blind writer's DEV errors, and a writer they never saw beats them
 * (the seventh set, read before any change from it: blame found for 13 / 33 / 26 % of en / pl / el blaming replies).
 * A linear model over the triage's hashed n-grams, trained on every DEV writer at once, generalises across writers far
 * better; the lexicon still names the phrase when it knows it, the model catches the rest, sentence by sentence.
 *
 * Training data (scripts/train/reply-models.ts, DEV lines only): the first, third, fourth, sixth and seventh writers'
 * DEV lines, the synthetic dev set, the TWCS DEV half. The default packs' own replies (every text the pack lint checks,
 * with sample values) are blameless lines, whole and sentence by sentence, because the model judges sentences and a
 * good template must never read as blaming.
 *
 * The threshold and ship rules were written down before the first run (session 25; lib/rules/train/blame-threshold.ts):
 * the most accurate threshold in leave-one-writer-out among those that add at most 1 % false alarms on held-out
 * blameless lines and leave every default-pack text unflagged by the shipped (packed) model. A model trained with the
 * ninth and tenth writers too was not better on these writers' folds, so it was not shipped (README, session 25).
 *
 * Session 26 tried training on the team's sentence labels of the DEV blaming replies (scripts/eval/data/
 * blame-sentences.dev.jsonl; `--training=sentences` replaces each multi-sentence blaming reply by its labelled sentences,
 * `--training=both` adds them), with the held-out writers still read as whole replies. Its bar, written before the run:
 * leave-one-writer-out ≥ 0.945 with no language lower than this recipe's (0.940; en 0.914, pl 0.950, el 0.942). Neither
 * reached it (0.932 / 0.934, English and Greek lower: the blameless sentences of blaming replies push the threshold up;
 * a third variant, written down after those two, added only the blaming sentences to the whole replies: 0.936),
 * so the shipped model is still trained on whole replies (`--training=reply`, the default). `--dry-run` writes nothing.
 * A threshold per language by the same rule (M8, bar written before the run) gave 0.942, English lower: not shipped.
 * Session 27 (W7): leave-one-writer-out over all seven DEV writers (`--folds=all`), the shipped five-writer recipe 0.947
 * (en 0.935, pl 0.953, el 0.948) against training on all seven (`--writers=all`) 0.952 (en 0.946, pl 0.962, el 0.947).
 * Its bar, written before the run, asked ≥ +0.005 with no language lower: Greek is one line lower, so not shipped.
 * W10 (three more blind DEV writers, then all ten): leave-one-writer-out over the ten 0.911 → 0.929, every language
 * higher, but the model no longer reads the implied-blame example the unit tests hold (0.70 < 0.75): not shipped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReplyByLexicon } from '../lib/rules/check-reply';
import { BLAME_MODEL_FORMAT, mostBlamingSentence, type BlameModelFile } from '../lib/rules/blame-model';
import { addedFalseAlarms, blameAccuracy, chooseBlameThreshold } from '../lib/rules/train/blame-threshold';
import type { LinearModel } from '../lib/triage/model/codec';
import { modelProbability } from '../lib/rules/reply-model';
import { loadBlameSentenceLabels } from './eval/blame-sentences';
import { defaultPackTexts, leaveOneWriterOut, loadDevRows, ROOT, trainPacked, vectorOf, type Lang, type Row } from './train/reply-models';

const WRITERS = ['first', 'third', 'fourth', 'sixth', 'seventh'] as const;
/**
 * Every DEV writer: the five above, the two the lexicons were last learnt from, and three written in session 27 (W10).
 * Session 27's W7 run held out the first seven of these (before the last three existed).
 */
const ALL_DEV_WRITERS = [...WRITERS, 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth'] as const;
const THRESHOLDS = Array.from({ length: 14 }, (_, i) => 0.3 + i * 0.05);
/** At most this share of blameless held-out replies may be newly marked as blaming by the model. */
const MAX_ADDED_ALARMS = 0.01;

/**
 * How a blaming reply of two or more sentences trains: `reply` as a whole (M2); `sentences` by its sentences, each with
 * the team's sentence label (M7a); `both` (M7b). Candidates of session 26, written down before their runs.
 */
export type BlameTraining = 'reply' | 'sentences' | 'both';

function blameRows(training: BlameTraining = 'reply', writers: readonly (typeof ALL_DEV_WRITERS)[number][] = WRITERS): Row[] {
  // The packs' texts, whole and sentence by sentence, as blameless lines in every fold.
  const packs = defaultPackTexts().flatMap(({ text, lang }) =>
    [text, ...sentencesOf(text)].map((t) => ({ text: t, lang, gold: false, writer: 'always' })),
  );
  const dev = loadDevRows('blame', writers, false);
  if (training === 'reply') return [...dev, ...packs];
  const labels = loadBlameSentenceLabels();
  const rows = dev.flatMap((row) => {
    const sentences = row.gold && row.id ? labels.get(row.id) : undefined;
    // A reply whose sentences the labeller found none blaming keeps its writer's whole-reply label.
    if (!sentences || !sentences.some((s) => s.blame)) return [row];
    const parts = sentences.map((s) => ({ ...row, text: s.text, gold: s.blame }));
    return training === 'both' ? [row, ...parts] : parts;
  });
  return [...rows, ...packs];
}

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  mostBlamingSentence(text, (sentence) => (out.push(sentence), 0));
  return out.length > 1 ? out : [];
}

/** The reply's most blaming sentence's probability, read as the checker reads it (the same scoring function). */
const replyProbability = (m: LinearModel, text: string, lang: Lang) =>
  mostBlamingSentence(text, (sentence) => modelProbability(m, sentence, lang))?.p ?? 0;

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const training = (process.argv.find((a) => a.startsWith('--training='))?.slice('--training='.length) ?? 'reply') as BlameTraining;
  if (!['reply', 'sentences', 'both'].includes(training)) throw new Error(`--training must be reply, sentences or both, not ${training}`);
  const dryRun = process.argv.includes('--dry-run');
  // --writers=all trains on every DEV writer; --folds=all holds out every DEV writer in turn (W7, session 27).
  const trainWriters = process.argv.includes('--writers=all') ? ALL_DEV_WRITERS : WRITERS;
  const foldWriters = process.argv.includes('--folds=all') ? ALL_DEV_WRITERS : WRITERS;
  const rows = blameRows(training, trainWriters);
  const held = leaveOneWriterOut(rows, foldWriters, (m, row) => ({ p: replyProbability(m, row.text, row.lang), lexicon: checkReplyByLexicon(row.text, row.lang).blame }), blameRows('reply', foldWriters));
  const readings = held.map((h) => ({ ...h.reading, blame: h.row.gold }));
  for (const t of THRESHOLDS) {
    console.log(`  threshold ${t.toFixed(2)}: accuracy ${blameAccuracy(readings, t).toFixed(3)}, false alarms added ${(100 * addedFalseAlarms(readings, t)).toFixed(1)} %`);
  }
  const { model, packed } = trainPacked(rows, rows.map((r) => vectorOf(r.text, r.lang)));
  // The shipped model's readings of the default packs' own texts: the threshold must lie above every one.
  const packTexts = defaultPackTexts().map((t) => ({ ...t, p: replyProbability(model, t.text, t.lang) }));
  const worstPack = packTexts.reduce((a, b) => (b.p > a.p ? b : a));
  console.log(`highest default-pack reading: ${worstPack.p.toFixed(3)} (${worstPack.where}: "${worstPack.text.slice(0, 80)}")`);
  const choice = chooseBlameThreshold(readings, packTexts.map((t) => t.p), THRESHOLDS, MAX_ADDED_ALARMS);
  if (!choice) throw new Error('no threshold keeps the added false alarms within bounds and the default packs clean: do not ship the model');
  const { threshold } = choice;
  const says = (h: (typeof readings)[number]) => h.lexicon || h.p >= threshold;
  const accuracy = (part: typeof readings, f: (h: (typeof readings)[number]) => boolean) => (part.filter((h) => f(h) === h.blame).length / part.length).toFixed(3);
  console.log(`leave-one-writer-out over ${held.length} lines (${foldWriters.join(', ')}): blame accuracy lexicon alone ${accuracy(readings, (h) => h.lexicon)}, lexicon or model at ${threshold.toFixed(2)} ${accuracy(readings, says)}`);
  for (const lang of ['en', 'pl', 'el'] as const) {
    const part = readings.filter((_, i) => held[i]!.row.lang === lang);
    console.log(`  ${lang}: blame accuracy lexicon alone ${accuracy(part, (h) => h.lexicon)}, lexicon or model ${accuracy(part, says)} (${part.length} lines)`);
    for (const writer of foldWriters) {
      const mine = readings.filter((_, i) => held[i]!.row.lang === lang && held[i]!.row.writer === writer);
      if (!mine.length) continue;
      const pos = mine.filter((h) => h.blame);
      const neg = mine.filter((h) => !h.blame);
      const r = (f: (h: (typeof mine)[number]) => boolean) => `recall ${(pos.filter(f).length / pos.length).toFixed(2)}, false alarms ${neg.filter(f).length}/${neg.length}`;
      console.log(`  ${lang} ${writer.padEnd(7)} lexicon ${r((h) => h.lexicon)} → with the model ${r(says)}`);
    }
  }
  const file: BlameModelFile = {
    format: BLAME_MODEL_FORMAT,
    trainedOn: `${rows.length} DEV reply lines (${rows.filter((r) => r.gold).length} blame): ${[...trainWriters, 'dev synthetic', 'TWCS DEV half'].join(', ')}`,
    threshold: Math.round(threshold * 100) / 100,
    model: packed,
  };
  const out = join(ROOT, 'lib', 'rules', 'model', 'blame-model.json');
  if (dryRun) process.exit(0);
  const json = JSON.stringify(file);
  writeFileSync(out, json + '\n');
  console.log(`→ ${out} (${json.length} bytes, threshold ${file.threshold})`);
}
