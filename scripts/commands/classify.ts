/** `soothe classify <file.jsonl | ->`: triage each JSON line {"id","text","lang"?}; one JSON line out per good line. */
import { triage } from '../../lib/triage/index';
import { idTextProblem, runJsonLines } from '../support/json-lines-command';
import type { Command } from './types';

interface InputLine {
  id: string | number;
  text: string;
  lang?: string | null;
}

/** The problem with a parsed line, or undefined when it is usable. */
function problem(v: unknown): string | undefined {
  const base = idTextProblem(v);
  if (base) return base;
  const o = v as { lang?: unknown };
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
  run(args, io) {
    return runJsonLines<InputLine>(args, io, problem, (post) => {
      const r = triage({ text: post.text, lang: post.lang ?? null });
      return { id: post.id, lang: r.lang, complaint: r.complaint, score: r.score, category: r.category, severity: r.severity, escalation: r.escalation, flags: r.flags };
    });
  },
};
