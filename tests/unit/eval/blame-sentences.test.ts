import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlameSentenceLabels } from '../../../scripts/eval/blame-sentences';
import { loadTeamReplies, TEAM_REPLY_SETS } from '../../../scripts/eval/team-replies';

describe('the team sentence labels of DEV blaming replies', () => {
  it('label only DEV replies their writers call blaming, each with a blaming sentence, and keep the reply text', () => {
    const labels = loadBlameSentenceLabels();
    const dev = new Map(
      Object.values(TEAM_REPLY_SETS).flatMap((set) => loadTeamReplies(set).filter((r) => r.half === 'dev').map((r) => [r.id, r] as const)),
    );
    expect(labels.size).toBeGreaterThan(300);
    for (const [id, sentences] of labels) {
      const reply = dev.get(id);
      expect(reply, id).toBeDefined();
      expect(reply!.gold.blame, id).toBe(true);
      expect(sentences.some((s) => s.blame), id).toBe(true);
      for (const s of sentences) expect(reply!.text, id).toContain(s.text);
    }
  });

  it('reject a malformed line with its place', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'soothe-')), 'labels.jsonl');
    writeFileSync(file, '{"id":"pl-4-001","sentences":[{"text":"a","blame":1},{"text":"b","blame":2}]}\n');
    expect(() => loadBlameSentenceLabels(file)).toThrow(/labels\.jsonl:1: each sentence needs a text and blame 0 or 1/);
    writeFileSync(file, '{"id":"pl-4-001","sentences":[{"text":"a","blame":1}]}\n');
    expect(() => loadBlameSentenceLabels(file)).toThrow(/two or more sentences/);
  });
});
