/**
 * `soothe lint-reply <file.jsonl | ->`: check draft replies against the reply rules.
 * One JSON line in ({"id","text","lang"?,"platform"?}), one JSON line out per good line.
 */
import { detectLanguage, type Lang } from '../../lib/triage/language';
import { checkReply } from '../../lib/rules/index';
import { parseJsonLines, readInput } from '../support/read-input';
import { UsageError, type Command } from './types';

const LANGS: readonly Lang[] = ['en', 'pl', 'el', 'other'];

interface ReplyLine {
  id: string | number;
  text: string;
  lang?: Lang | null;
  platform?: string | null;
}

/** The problem with a parsed line, or undefined when it is usable. */
function problem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object like {"id": "1", "text": "..."}';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing "id" (a string or number)';
  if (typeof o.text !== 'string') return 'missing "text" (a string)';
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
  async run(args, io) {
    if (args.length > 1) throw new UsageError(`expected one input, got ${args.length}: ${args.join(' ')}`);
    const input = await readInput(args[0], io.stdin);
    let bad = 0;
    for (const entry of parseJsonLines<unknown>(input)) {
      const why = entry.error ?? problem(entry.value);
      if (why) {
        bad++;
        io.stderr.write(`${entry.error ? why : `line ${entry.line}: ${why}`}\n`);
        continue;
      }
      const line = entry.value as ReplyLine;
      const lang = line.lang ?? detectLanguage(line.text);
      const r = checkReply(line.text, { lang, platform: line.platform ?? undefined });
      io.stdout.write(
        JSON.stringify({ id: line.id, apology: r.apology, fix: r.fix, private: r.private, blame: r.blame, ok: r.ok, findings: r.findings }) +
          '\n',
      );
    }
    return bad > 0 ? 1 : 0;
  },
};
