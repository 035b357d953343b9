import { describe, expect, it } from 'vitest';
import { analyseThread } from '../../../lib/background/analyse';
import { buildLibrary, defaultPacks } from '../../../lib/library/store/library';
import { Ranker } from '../../../lib/suggest/rank';
import { classify } from '../../../scripts/commands/classify';
import { loadDevPosts } from '../../../scripts/train-triage';
import { captureIO } from '../../support/run-cli';

const run = (input: string) => captureIO((io) => classify.run(['-'], io), input);

describe('soothe classify', () => {
  it('writes one JSON line per input line with the documented fields', async () => {
    const { code, out, err } = await run(
      '{"id":"a","text":"@ShopCo my parcel still has not arrived after two weeks"}\n{"id":"b","text":"Dziękuję, polecam!","lang":"pl"}\n',
    );
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]).sort()).toEqual(['category', 'complaint', 'escalation', 'flags', 'id', 'lang', 'score', 'severity']);
    expect(lines[0]).toMatchObject({ id: 'a', lang: 'en', complaint: true, category: 'delivery' });
    expect(lines[1]).toMatchObject({ id: 'b', lang: 'pl', complaint: false });
  });

  it('names bad lines on stderr, still processes the rest, and exits 1', async () => {
    const { code, out, err } = await run('{"id":1,"text":"ok then"}\n\nnot json\n{"id":2}\n{"id":3,"text":"where is my order?"}\n');
    expect(code).toBe(1);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 3]);
    expect(err).toContain('line 2: empty line');
    expect(err).toContain('line 3: not valid JSON');
    expect(err).toContain('line 4: missing "text"');
  });

  it("gives the panel's verdict on every team-written dev post, in all three languages", async () => {
    // The dev posts (lib/triage/train/dev, never trained on) span complaints, threats, thanks and questions.
    const posts = loadDevPosts().map((p, i) => ({ id: `p${i}`, text: p.text, lang: p.lang }));
    expect(new Set(posts.map((p) => p.lang))).toEqual(new Set(['en', 'pl', 'el']));
    const { code, out } = await run(posts.map((p) => JSON.stringify({ id: p.id, text: p.text, lang: p.lang })).join('\n') + '\n');
    expect(code).toBe(0);
    const got = out.trim().split('\n').map((l) => JSON.parse(l));
    const ranker = new Ranker(buildLibrary(defaultPacks()));
    const differing = posts.filter((p, i) => {
      // The panel's path: the post alone on its page, read by the background.
      const panel = analyseThread({ platform: 'x', posts: [{ id: p.id, text: p.text, lang: p.lang, postedAt: null, parentId: null, isBrandPost: false, replies: null, likes: null }], focusId: p.id }, ranker).triage[p.id]!;
      const { id: _id, ...cli } = got[i];
      return JSON.stringify(cli) !== JSON.stringify({ lang: panel.lang, complaint: panel.complaint, score: panel.score, category: panel.category, severity: panel.severity, escalation: panel.escalation, flags: panel.flags });
    });
    expect(got).toHaveLength(posts.length);
    expect(differing.map((p) => p.text)).toEqual([]);
  });
});
