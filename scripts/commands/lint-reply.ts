/**
 * `soothe lint-reply <file.jsonl | ->`: check draft replies against the reply rules.
 * One JSON line in ({"id","text","lang"?,"platform"?}), one JSON line out per good line.
 */
import { detectLanguage, type Lang } from '../../lib/triage/language';
import { checkReply } from '../../lib/rules/index';
import { idTextProblem, runJsonLines } from '../support/json-lines-command';
import type { Command } from './types';

const LANGS: readonly Lang[] = ['en', 'pl', 'el', 'other'];

interface ReplyLine {
  id: string | number;
  text: string;
  lang?: Lang | null;
  platform?: string | null;
}

/** The problem with a parsed line, or undefined when it is usable. */
function problem(v: unknown): string | undefined {
  const base = idTextProblem(v);
  if (base) return base;
  const o = v as Record<string, unknown>;
  if (o.lang !== undefined && o.lang !== null && !LANGS.includes(o.lang as Lang)) {
    return `"lang" must be one of ${LANGS.join(', ')} (or left out to detect it), got ${JSON.stringify(o.lang)}`;
  }
  if (o.platform !== undefined && o.platform !== null && typeof o.platform !== 'string') return '"platform" must be a string such as "x" or "facebook"';
  return undefined;
}

export const lintReply: Command = {
  name: 'lint-reply',
  summary: 'Check draft replies against the reply rules (apology, fix, private channel, blame, ...)',
  usage: [
    '  soothe lint-reply <file.jsonl | ->',
    '  Input lines: {"id": "...", "text": "...", "lang"?: "en"|"pl"|"el"|"other", "platform"?: "x"|"facebook"}',
    '  Output lines: {"id","apology","fix","private","blame","ok","findings":[{"rule","severity","start","end","hint"}]}',
    '  Without "lang" the language is detected from the text. Bad lines are reported on stderr by line number;',
    '  the others are still checked; exit 1 if any line was bad.',
  ].join('\n'),
  run(args, io) {
    return runJsonLines<ReplyLine>(args, io, problem, (line) => {
      const lang = line.lang ?? detectLanguage(line.text);
      const r = checkReply(line.text, { lang, platform: line.platform ?? undefined });
      return { id: line.id, apology: r.apology, fix: r.fix, private: r.private, blame: r.blame, ok: r.ok, findings: r.findings };
    });
  },
};
