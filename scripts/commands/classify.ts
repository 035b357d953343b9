/** `soothe classify <file.jsonl | ->`: triage each JSON line {"id","text","lang"?}; one JSON line out per good line. */
import { triage } from '../../lib/triage/index';
import { parseJsonLines, readInput } from '../support/read-input';
import { UsageError, type Command } from './types';

interface InputLine {
  id?: unknown;
  text?: unknown;
  lang?: unknown;
}

/** The problem with a parsed line, or undefined when it is usable. */
function problem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object like {"id": "1", "text": "..."}';
  const o = v as InputLine;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing "id" (a string or number)';
  if (typeof o.text !== 'string') return 'missing "text" (a string)';
  if (o.lang !== undefined && o.lang !== null && typeof o.lang !== 'string') return '"lang" must be a string when given';
  return undefined;
}

export const classify: Command = {
  name: 'classify',
  summary: 'Triage posts from JSON Lines: language, complaint, category, severity, escalation, flags',
  usage: [
    '  soothe classify <file.jsonl | ->',
    '  Input lines: {"id": "...", "text": "...", "lang"?: "en"}',
    '  Output lines: {"id","lang","complaint","score","category","severity","escalation","flags"}',
    '  Bad lines are reported on stderr by line number; the others are still classified; exit 1 if any was bad.',
  ].join('\n'),
  async run(args, io) {
    if (args.length > 1) throw new UsageError(`expected one input, got ${args.length}: ${args.join(' ')}`);
    const text = await readInput(args[0], io.stdin);
    let bad = 0;
    for (const entry of parseJsonLines<unknown>(text)) {
      const why = entry.error ?? problem(entry.value);
      if (why) {
        bad++;
        io.stderr.write(`${entry.error ? why : `line ${entry.line}: ${why}`}\n`);
        continue;
      }
      const post = entry.value as { id: string | number; text: string; lang?: string | null };
      const r = triage({ text: post.text, lang: post.lang ?? null });
      io.stdout.write(
        JSON.stringify({ id: post.id, lang: r.lang, complaint: r.complaint, score: r.score, category: r.category, severity: r.severity, escalation: r.escalation, flags: r.flags }) + '\n',
      );
    }
    return bad > 0 ? 1 : 0;
  },
};
