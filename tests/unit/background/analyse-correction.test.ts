/**
 * analyseThread with the manager's correction: the default packs, a real kind of mistake (a refund for
 * a returned jacket filed under billing), and the suggestions following the chosen category.
 */
import { describe, expect, it } from 'vitest';
import { analyseThread, type AnalyseRequest } from '@/lib/background/analyse';
import { buildLibrary, defaultPacks } from '@/lib/library/store/library';
import { SuggestionService } from '@/lib/suggest/service';

const service = new SuggestionService(buildLibrary(defaultPacks()));
const post = { id: 'p1', text: 'Still waiting for my refund for the jacket I sent back a month ago', lang: 'en', postedAt: null, parentId: null, isBrandPost: false, replies: 0, likes: 0 };
const other = { ...post, id: 'p2', text: 'Same here, my parcel is two weeks late', parentId: 'p1' };
const request = (extra: Partial<AnalyseRequest> = {}): AnalyseRequest => ({ platform: 'x', posts: [post, other], focusId: 'p1', ...extra });

describe('analyseThread with a correction', () => {
  it('ranks the chosen category first where triage picked another', () => {
    const plain = analyseThread(request(), service.ranker);
    const picked = plain.triage.p1!.category;
    expect(plain.triage.p1!.complaint).toBe(true);
    // Try every real category triage did not pick: the first suggestion must be of the chosen one.
    const chosen = (['returns', 'delivery', 'technical', 'account', 'product', 'support', 'billing'] as const).filter((c) => c !== picked);
    expect(plain.suggestions[0]!.category).toBe(picked);
    for (const category of chosen) {
      const r = analyseThread(request({ correction: { postId: 'p1', category } }), service.ranker);
      expect(r.suggestions[0]!.category, category).toBe(category);
      expect(r.triage.p1).toMatchObject({ complaint: true, category, categoryConfidence: 1 });
      expect(r.triage.p1!.categoryAlternatives).toBeUndefined();
      expect(r.correction).toEqual({ applied: true, guess: plain.triage.p1 });
      // Only the focused post changes.
      expect(r.triage.p2).toEqual(plain.triage.p2);
    }
  });

  it('"not a complaint" ranks answers, not apologies, as triage does for non-complaints', () => {
    const r = analyseThread(request({ correction: { postId: 'p1', complaint: false } }), service.ranker);
    expect(r.triage.p1!.complaint).toBe(false);
    expect(r.correction?.applied).toBe(true);
    const plain = analyseThread(request(), service.ranker);
    expect(r.suggestions.map((s) => s.id)).not.toEqual(plain.suggestions.map((s) => s.id));
    // The ranker's non-complaint path: what it gives for the same verdict straight from triage.
    const direct = service.ranker.rank({ text: post.text, lang: 'en', category: plain.triage.p1!.category, escalation: false, flags: plain.triage.p1!.flags, platform: 'x', complaint: false });
    expect(r.suggestions.map((s) => s.id)).toEqual(direct.map((s) => s.id));
  });

  it('ignores an invalid correction with a clear error, and ranks as triage does', () => {
    const plain = analyseThread(request(), service.ranker);
    const bad: unknown[] = [
      { postId: 'p2', category: 'returns' }, // not the post being answered
      { postId: 'nope', category: 'returns' },
      { postId: 'p1', category: 'weather' },
      { postId: 'p1', complaint: 'no' },
      'returns',
      42,
    ];
    for (const correction of bad) {
      const r = analyseThread(request({ correction: correction as never }), service.ranker);
      expect(r.correction?.applied, JSON.stringify(correction)).toBe(false);
      expect(r.correction && !r.correction.applied && r.correction.error).toMatch(/^correction/);
      expect(r.triage).toEqual(plain.triage);
      expect(r.suggestions).toEqual(plain.suggestions);
    }
    // No focused post: nothing to correct.
    const none = analyseThread(request({ focusId: null, correction: { postId: 'p1', category: 'returns' } }), service.ranker);
    expect(none.correction).toMatchObject({ applied: false });
    expect(analyseThread(request(), service.ranker).correction).toBeUndefined();
  });
});
