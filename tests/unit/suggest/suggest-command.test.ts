import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary, defaultPacks } from '../../../lib/library/store/library';
import { analyseThread } from '../../../lib/background/analyse';
import { Ranker } from '../../../lib/suggest/rank';
import { suggest } from '../../../scripts/commands/suggest';
import { captureIO } from '../../support/run-cli';

const run = (args: string[], input = '') => captureIO((io) => suggest.run(args, io), input);
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

describe('soothe suggest', () => {
  it('ranks the default library per line with the documented fields, as the panel does', async () => {
    const posts = [
      { id: 'late', text: '@parcelly ordered on the 3rd, tracking says in transit for 9 days. Where is my parcel?', lang: 'en' },
      { id: 'pl', text: 'Pobraliście mi opłatę dwa razy za ten sam przelew, oddajcie pieniądze', lang: 'pl' },
    ];
    const { code, out, err } = await run(['-'], posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
    expect(err).toBe('');
    expect(code).toBe(0);
    const got = lines(out);
    expect(got.map((l) => l.id)).toEqual(['late', 'pl']);
    for (const l of got) for (const s of l.suggestions) expect(Object.keys(s).sort()).toEqual(['category', 'id', 'kind', 'score', 'title']);
    expect(got[0].suggestions[0]).toMatchObject({ id: 'delivery.late', category: 'delivery' });
    expect(got[1].suggestions[0]).toMatchObject({ category: 'billing' });
    // The panel's own path (background analysis over the default library) gives the same order.
    const ranker = new Ranker(buildLibrary(defaultPacks()));
    for (const [i, p] of posts.entries()) {
      const panel = analyseThread({ platform: 'x', posts: [{ ...p, postedAt: null, parentId: null, isBrandPost: false, replies: null, likes: null }], focusId: p.id }, ranker);
      expect(got[i].suggestions.map((s: { id: string }) => s.id)).toEqual(panel.suggestions.slice(0, 5).map((s) => s.id));
    }
  });

  it('answers thanks and questions, not with apologies', async () => {
    const { out } = await run(['-'], [
      '{"id":"t-en","text":"Thank you so much, your team was amazing!","lang":"en"}',
      '{"id":"t-pl","text":"Dziękuję za szybką pomoc, super obsługa!"}',
      '{"id":"t-el","text":"Ευχαριστώ πολύ για τη βοήθεια!"}',
      '{"id":"q-en","text":"How long does delivery take to Cyprus?","lang":"en"}',
      '{"id":"q-el","text":"Πόσο χρόνο παίρνει η παράδοση;"}',
    ].join('\n'));
    const got = Object.fromEntries(lines(out).map((l) => [l.id, l.suggestions]));
    for (const id of ['t-en', 't-pl', 't-el']) expect(got[id][0]).toMatchObject({ id: 'thanks.kind-words', kind: 'faq' });
    for (const id of ['q-en', 'q-el']) expect(got[id][0]).toMatchObject({ id: 'shipping.time', kind: 'faq' });
    for (const id of Object.keys(got)) expect(got[id].filter((s: { kind: string }) => s.kind === 'template'), id).toEqual([]);
  });

  it('ranks given --pack files instead of the defaults, and refuses a broken one by name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soothe-suggest-'));
    try {
      const en = JSON.parse(await readFile(join(__dirname, '../../../assets/packs/en.json'), 'utf8'));
      const only = { ...en, id: 'com.example.only-billing', templates: en.templates.filter((t: { category: string }) => t.category === 'billing') };
      await writeFile(join(dir, 'billing.json'), JSON.stringify(only));
      await writeFile(join(dir, 'broken.json'), '{"id": 1}');
      const { out } = await run(['-', '--pack', join(dir, 'billing.json')], '{"id":"1","text":"my parcel never arrived","lang":"en"}\n');
      for (const s of lines(out)[0].suggestions) if (s.kind === 'template') expect(s.category).toBe('billing');
      await expect(run(['-', '--pack', join(dir, 'broken.json')], '')).rejects.toThrow(/broken\.json is not a valid pack/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ranks for a corrected category or verdict as the panel does after a correction, and refuses a bad one', async () => {
    const text = 'Still waiting for my refund for the jacket I sent back a month ago';
    const ranker = new Ranker(buildLibrary(defaultPacks()));
    const post = { id: 'j', text, lang: 'en', postedAt: null, parentId: null, isBrandPost: false, replies: null, likes: null };
    const guess = analyseThread({ platform: 'x', posts: [post], focusId: 'j' }, ranker).triage.j!.category;
    const category = (['delivery', 'technical', 'account'] as const).find((c) => c !== guess)!;
    const { code, out, err } = await run(['-'], [
      JSON.stringify({ id: 'c', text, lang: 'en', category }),
      JSON.stringify({ id: 'n', text, lang: 'en', complaint: false }),
      JSON.stringify({ id: 'bad-cat', text, lang: 'en', category: 'weather' }),
      JSON.stringify({ id: 'bad-mix', text, lang: 'en', category, complaint: false }),
    ].join('\n'));
    expect(code).toBe(1);
    expect(err).toMatch(/line 3: .*"category" must be one of/);
    expect(err).toMatch(/line 4: .*a post with a category is a complaint/);
    const got = Object.fromEntries(lines(out).map((l) => [l.id, l.suggestions]));
    expect(Object.keys(got).sort()).toEqual(['c', 'n']);
    // The panel's path with the same correction gives the same order.
    for (const [id, correction] of [['c', { postId: 'j', category }], ['n', { postId: 'j', complaint: false }]] as const) {
      const panel = analyseThread({ platform: 'x', posts: [post], focusId: 'j', correction }, ranker);
      expect(got[id].map((s: { id: string }) => s.id)).toEqual(panel.suggestions.slice(0, 5).map((s) => s.id));
    }
    expect(got.c[0].category).toBe(category);
    expect(got.n.filter((s: { kind: string }) => s.kind === 'template')).toEqual([]);
  });
});
