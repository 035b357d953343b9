/**
 * `soothe suggest <file.jsonl | -> [--pack pack.json]...`: rank the template library for each post,
 * through the same path as the panel (lib/background/analyse.ts: triage, then lib/suggest's Ranker over
 * the library) — the default packs, or the given pack files instead.
 */
import { buildLibrary, defaultPacks } from '../../lib/library/store/library';
import type { Pack } from '../../lib/library/pack/pack-schema';
import { parsePack } from '../../lib/library/pack/validate-pack';
import { isSitePlatform, SITES } from '../../lib/sites/registry';
import type { SitePlatform } from '../../lib/sites/types';
import { analyseThread } from '../../lib/background/analyse';
import { checkCorrection, REAL_CATEGORIES, type TriageCorrection } from '../../lib/triage/correction';
import { Ranker } from '../../lib/suggest/rank';
import { idTextProblem, runJsonLines } from '../support/json-lines-command';
import { readTextFile } from '../support/read-input';
import { UsageError, type Command } from './types';

interface InputLine {
  id: string | number;
  text: string;
  lang?: string | null;
  platform?: SitePlatform;
  /** The manager's correction, as in the panel: a real category (implies a complaint) … */
  category?: TriageCorrection['category'];
  /** … or complaint true / false. */
  complaint?: boolean;
}

function problem(v: unknown): string | undefined {
  const base = idTextProblem(v);
  if (base) return base;
  const o = v as { lang?: unknown; platform?: unknown };
  if (o.lang !== undefined && o.lang !== null && typeof o.lang !== 'string') return '"lang" must be a string when given';
  if (o.platform !== undefined && !isSitePlatform(o.platform)) return `"platform" must be one of ${SITES.map((s) => `"${s.platform}"`).join(', ')} when given`;
  const c = v as { category?: unknown; complaint?: unknown };
  if (c.category !== undefined || c.complaint !== undefined) {
    // The panel's own check of a correction, so the command refuses what the background would.
    const checked = checkCorrection({ postId: 'line', category: c.category, complaint: c.complaint }, 'line');
    if (!checked.ok) return `"category" must be one of ${REAL_CATEGORIES.map((x) => `"${x}"`).join(', ')} and "complaint" true or false when given (${checked.error})`;
  }
  return undefined;
}

/** The ranker the panel would have over this library (no past choices: a command line has none). */
export function rankerFor(packs: readonly Pack[]): Ranker {
  return new Ranker(buildLibrary(packs));
}

/** One post's suggestions, exactly as the panel asks for them (with the manager's correction when given). */
export function suggestFor(ranker: Ranker, post: { id: string; text: string; lang?: string | null; platform?: SitePlatform; category?: TriageCorrection['category']; complaint?: boolean }, limit = 5) {
  const corrected = post.category !== undefined || post.complaint !== undefined;
  const res = analyseThread(
    {
      platform: post.platform ?? 'x',
      posts: [{ id: post.id, text: post.text, lang: post.lang ?? null, postedAt: null, parentId: null, isBrandPost: false, replies: null, likes: null }],
      focusId: post.id,
      ...(corrected ? { correction: { postId: post.id, ...(post.category !== undefined ? { category: post.category } : {}), ...(post.complaint !== undefined ? { complaint: post.complaint } : {}) } } : {}),
    },
    ranker,
  );
  return res.suggestions.slice(0, limit).map((s) => ({ id: s.id, kind: s.kind, category: s.category, title: s.title, score: Math.round(s.score * 1000) / 1000 }));
}

async function loadPacks(files: string[]): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const file of files) {
    const r = parsePack(await readTextFile(file));
    if (!r.ok) throw new UsageError(`${file} is not a valid pack:\n  ${r.errors.join('\n  ')}`);
    packs.push(r.pack);
  }
  return packs;
}

export const suggest: Command = {
  name: 'suggest',
  summary: 'Rank the template library for posts from JSON Lines, as the panel does',
  usage: [
    '  soothe suggest <file.jsonl | -> [--pack <pack.json>]...',
    '  Input lines: {"id": "...", "text": "...", "lang"?: "en", "platform"?: "x" | "facebook", "category"?: "billing", "complaint"?: false}',
    '  "category" / "complaint" rank for a corrected verdict, as the panel does after the manager corrects triage.',
    '  Output lines: {"id","suggestions":[{"id","kind","category","title","score"}]} (best first, at most 5)',
    '  --pack ranks these packs instead of the default ones (give it once per file).',
    '  Bad lines are reported on stderr by line number; the others are still ranked; exit 1 if any was bad.',
  ].join('\n'),
  async run(args, io) {
    const packFiles: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--pack') {
        const file = args[++i];
        if (!file) throw new UsageError('--pack needs a pack file');
        packFiles.push(file);
      } else if (a.startsWith('--pack=')) packFiles.push(a.slice('--pack='.length));
      else if (a.startsWith('--') && a !== '-') throw new UsageError(`unknown option ${a}`);
      else rest.push(a);
    }
    const ranker = rankerFor(packFiles.length ? await loadPacks(packFiles) : defaultPacks());
    return runJsonLines<InputLine>(rest, io, problem, (post) => ({ id: post.id, suggestions: suggestFor(ranker, { ...post, id: String(post.id) }) }));
  },
};
