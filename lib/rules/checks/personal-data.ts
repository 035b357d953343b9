/**
 * Personal data requested in public: "send us your order number", "podaj adres", "στείλτε μας το
 * τηλέφωνό σας". A request is fine when the same or a neighbouring sentence moves it to a private
 * channel ("...by DM", "DM us. Include your order number."), or when it tells the customer *not*
 * to post the data.
 */
import { allMatches, type Match } from '../compile';
import { HINTS } from '../hints';
import type { CompiledLexicon } from '../lexicon/index';
import { originalSpan, type Folded } from '../normalize';
import { sentenceAt, type Range } from '../sentences';
import type { Finding } from '../types';

export function personalDataFindings(
  folded: Folded,
  lex: CompiledLexicon,
  sentences: Range[],
  privateMatches: Match[],
): Finding[] {
  const requests = allMatches(lex.dataRequest, folded.words);
  if (requests.length === 0) return [];
  const privateSentences = new Set(privateMatches.map((m) => sentenceAt(sentences, m.from)));
  const negations = allMatches(lex.dataNegation, folded.words);
  const out: Finding[] = [];
  for (const req of requests) {
    const s = sentenceAt(sentences, req.from);
    if (privateSentences.has(s) || privateSentences.has(s - 1) || privateSentences.has(s + 1)) continue;
    const sentenceStart = sentences[s]?.[0] ?? 0;
    if (negations.some((n) => n.from >= sentenceStart && n.from < req.to)) continue;
    const span = originalSpan(folded, req.from, req.to);
    out.push({ rule: 'public-personal-data', severity: 'error', ...span, hint: HINTS['public-personal-data'] });
  }
  return out;
}
