/**
 * The reply-rule checker: does a draft apologise, commit to a fix, take the conversation private,
 * and avoid blame, boilerplate, public requests for personal data, over-length, shouting and
 * exclamation spam? Pure and synchronous; cheap enough to run on every (debounced) keystroke.
 */
import { allMatches, type Match } from './compile';
import { checkLength } from './checks/length';
import { personalDataFindings } from './checks/personal-data';
import { exclamationFindings, shoutingFindings } from './checks/tone';
import { blameProbability, blameThreshold, mostBlamingSentence } from './blame-model';
import { HINTS } from './hints';
import { lexiconFor } from './lexicon/index';
import { CONTACT_POINT, FIX_PLACEHOLDER, PRIVATE_LINK, PRIVATE_PLACEHOLDER } from './lexicon/shared';
import { fold, originalSpan, type Folded } from './normalize';
import type { ModelLang } from './reply-model';
import { sentenceAt, sentenceRanges, type Range } from './sentences';
import type { CheckOptions, Finding, RuleId, RuleReport, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function spanFinding(folded: Folded, m: Match, rule: RuleId, severity: Severity): Finding {
  return { rule, severity, ...originalSpan(folded, m.from, m.to), hint: HINTS[rule] };
}

function missing(rule: RuleId): Finding {
  return { rule, severity: 'warning', start: 0, end: 0, hint: HINTS[rule] };
}

/**
 * Up to two words between a negation and the fix it cancels ("nie zwrócimy", "we will not be refunding");
 * not across a comma ("Not to worry, we'll pass it on").
 */
const SHORT_GAP = /^\s*(?:[^\s.!?;,]+\s+){0,2}$/u;

/** Index of the sentence holding `at` (binary search: hostile drafts have thousands of sentences). */
function sentenceOf(sentences: ReturnType<typeof sentenceRanges>, at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at < sentences[mid]![1]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A blame and a fix in one sentence may sit in clauses set against each other ("nowa karta jest już w
 * drodze, ale to było nieostrożne"): then the fix stands. Folded text, so "αλλά" is "αλλα".
 */
const CONTRAST = /(?<![\p{L}\p{N}])(?:ale|lecz|jednak|αλλα|ομως|but|however)(?![\p{L}\p{N}])/gu;

/** First index in sorted `xs` whose value is >= `at`. */
function lowerBound(xs: number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first fix phrase that commits to something: not negated ("we won't refund"), and not in the same
 * clause as a blame or lecture ("trzeba było sprawdzić rozmiar", "reklamacja została odrzucona, bo...").
 * Only the first is reported, so it stops there; each fix is checked against the nearest blame on either
 * side and the contrast words by binary search, so it stays near-linear on hostile input.
 */
function committedFixes(fixes: Match[], negations: Match[], blames: Match[], sentences: ReturnType<typeof sentenceRanges>, words: string): Match[] {
  if (!negations.length && !blames.length) return fixes.slice(0, 1);
  const sorted = [...blames].sort((a, b) => a.from - b.from);
  const blameStarts = sorted.map((b) => b.from);
  const reach: number[] = []; // reach[k]: the furthest end among the first k + 1 blames by start
  sorted.forEach((b, k) => reach.push(Math.max(b.to, k ? reach[k - 1]! : 0)));
  const blameEnds = blames.map((b) => b.to).sort((a, b) => a - b);
  const contrasts = blames.length ? allMatches(CONTRAST, words).map((m) => m.from) : [];
  // A contrast word starting in [from, to).
  const contrastIn = (from: number, to: number) => {
    const i = lowerBound(contrasts, from);
    return i < contrasts.length && contrasts[i]! < to;
  };
  const clauseBlamed = (f: Match, sentence: number) => {
    const [sFrom, sTo] = sentences[sentence]!;
    // A blame overlapping the fix.
    const k = lowerBound(blameStarts, f.to) - 1;
    if (k >= 0 && reach[k]! > f.from) return true;
    // The nearest blame ending before the fix, and the nearest one starting after it, in this sentence.
    const before = lowerBound(blameEnds, f.from + 1) - 1;
    if (before >= 0 && blameEnds[before]! > sFrom && !contrastIn(blameEnds[before]!, f.from)) return true;
    const after = k + 1;
    return after < blameStarts.length && blameStarts[after]! < sTo && !contrastIn(f.to, blameStarts[after]!);
  };
  let n = -1; // the last negation ending at or before the current fix
  for (const f of fixes) {
    while (n + 1 < negations.length && negations[n + 1]!.to <= f.from) n++;
    const sentence = sentenceOf(sentences, f.from);
    if (blames.length && clauseBlamed(f, sentence)) continue;
    const neg = n >= 0 ? negations[n]! : null;
    if (neg && f.from - neg.to < 40 && sentenceOf(sentences, neg.from) === sentence && SHORT_GAP.test(words.slice(neg.to, f.from))) continue;
    return [f];
  }
  return [];
}

/** For each match of `items` (sorted), whether it overlaps one of `marks` (sorted, disjoint: one global regexp). */
function overlapping(items: Match[], marks: Match[]): boolean[] {
  let w = 0;
  return items.map((f) => {
    while (w < marks.length && marks[w]!.to <= f.from) w++;
    for (let k = w; k < marks.length && marks[k]!.from < f.to; k++) if (marks[k]!.to > f.from) return true;
    return false;
  });
}

/** `fixes` without those overlapping one of `marks`, unless their sentence is in `kept`. */
function unlessKept(fixes: Match[], marks: Match[], kept: Set<number>, sentences: ReturnType<typeof sentenceRanges>): Match[] {
  const marked = overlapping(fixes, marks);
  return fixes.filter((f, i) => !marked[i] || kept.has(sentenceOf(sentences, f.from)));
}

/**
 * Fix matches that overlap no weak-fix match (see Lexicon.weakFix), plus the weak ones whose sentence holds
 * two separate pieces of fix wording, not both times: an offer with its time ("I'll look into it today") is
 * a commitment; opening hours ("from 8am-9pm and 11am-8pm") are not.
 */
function strongFixes(fixes: Match[], weak: Match[], times: Match[], sentences: ReturnType<typeof sentenceRanges>): Match[] {
  if (!weak.length) return fixes;
  const isTime = overlapping(fixes, times);
  const paired = new Set<number>();
  let sentence = -1;
  let minEnd = Infinity; // earliest end of a piece seen in this sentence
  let minEndNotTime = Infinity; // ...of a piece that is not a time
  fixes.forEach((f, i) => {
    const s = sentenceOf(sentences, f.from);
    if (s !== sentence) [sentence, minEnd, minEndNotTime] = [s, Infinity, Infinity];
    if (minEndNotTime <= f.from || (!isTime[i] && minEnd <= f.from)) paired.add(s);
    minEnd = Math.min(minEnd, f.to);
    if (!isTime[i]) minEndNotTime = Math.min(minEndNotTime, f.to);
  });
  return unlessKept(fixes, weak, paired, sentences);
}

/**
 * Drop vague fix wording (Lexicon.vagueFix: "we're verifying", "we passed it on", "we'll let you know"), private
 * channel or not, unless its sentence pairs the offer with a time ("sprawdzimy to jeszcze dziś"). Two offers
 * ("θα το δούμε και θα σας πούμε") or two times (opening hours) are still vague.
 */
function withoutVague(fixes: Match[], vague: Match[], times: Match[], sentences: ReturnType<typeof sentenceRanges>): Match[] {
  if (!vague.length) return fixes;
  const isTime = overlapping(fixes, times);
  const hasTime = new Set<number>();
  const hasOffer = new Set<number>();
  fixes.forEach((f, i) => (isTime[i] ? hasTime : hasOffer).add(sentenceOf(sentences, f.from)));
  return unlessKept(fixes, vague, new Set([...hasTime].filter((s) => hasOffer.has(s))), sentences);
}

/** Blame no lexicon entry names, read by the blame model (lib/rules/blame-model.ts) sentence by sentence. */
function blameByModel(text: string, lang: ModelLang, folded: Folded, sentences: Range[]): Finding | null {
  const best = mostBlamingSentence(text, (sentence) => blameProbability(sentence, lang), folded, sentences);
  if (!best || best.p < blameThreshold()) return null;
  return { rule: 'blame', severity: 'error', start: best.start, end: best.end, hint: HINTS.blame };
}

/** The lexicons' reading alone (no model): what the blame model is trained beside (scripts/train-blame.ts). */
export function checkReplyByLexicon(text: string, lang: ModelLang): RuleReport {
  return checkReply(text, { lang, models: false });
}

export function checkReply(text: string, opts: CheckOptions): RuleReport {
  const lex = lexiconFor(opts.lang);
  const folded = fold(text);
  const words = folded.words;
  const sentences = sentenceRanges(words);
  const findings: Finding[] = [];

  const apologies = allMatches(lex.apology, words);
  const blames = [...allMatches(lex.blame, words), ...allMatches(lex.lecturing, words)];
  const privates = [
    ...allMatches(lex.private, words),
    ...allMatches(CONTACT_POINT, words),
    ...allMatches(PRIVATE_LINK, folded.text),
    ...allMatches(PRIVATE_PLACEHOLDER, words),
  ].sort((a, b) => a.from - b.from);
  const times = allMatches(lex.times, words);
  const fixCandidates = withoutVague(
    [...allMatches(lex.fix, words), ...allMatches(FIX_PLACEHOLDER, words)].sort((a, b) => a.from - b.from),
    allMatches(lex.vagueFix, words),
    times,
    sentences,
  );
  const fixes = committedFixes(
    privates.length ? strongFixes(fixCandidates, allMatches(lex.weakFix, words), times, sentences) : fixCandidates,
    allMatches(lex.fixNegation, words),
    blames,
    sentences,
    words,
  );

  const first = apologies[0];
  if (first) {
    findings.push(spanFinding(folded, first, 'apology', 'info'));
    const again = apologies.find((m) => sentenceAt(sentences, m.from) !== sentenceAt(sentences, first.from));
    if (again) findings.push(spanFinding(folded, again, 'repeated-apology', 'warning'));
  } else findings.push(missing('missing-apology'));
  findings.push(fixes[0] ? spanFinding(folded, fixes[0], 'fix', 'info') : missing('missing-fix'));
  findings.push(privates[0] ? spanFinding(folded, privates[0], 'private', 'info') : missing('missing-private'));

  for (const m of allMatches(lex.blame, words)) findings.push(spanFinding(folded, m, 'blame', 'error'));
  for (const m of allMatches(lex.lecturing, words)) findings.push(spanFinding(folded, m, 'lecturing', 'error'));
  if (opts.models !== false && opts.lang !== 'other' && !blames.length) {
    const modelBlame = blameByModel(text, opts.lang, folded, sentences);
    if (modelBlame) findings.push(modelBlame);
  }
  for (const m of allMatches(lex.boilerplate, words)) findings.push(spanFinding(folded, m, 'boilerplate', 'error'));
  findings.push(...personalDataFindings(folded, lex, sentences, privates));

  const tooLong = checkLength(text, opts.platform);
  if (tooLong) findings.push(tooLong);
  findings.push(...shoutingFindings(text), ...exclamationFindings(text));

  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end);

  const apology = apologies.length > 0;
  const fix = fixes.length > 0;
  const isPrivate = privates.length > 0;
  const blame = findings.some((f) => f.rule === 'blame' || f.rule === 'lecturing');
  const ok = apology && fix && isPrivate && !findings.some((f) => f.severity === 'error');
  return { apology, fix, private: isPrivate, blame, ok, findings };
}
