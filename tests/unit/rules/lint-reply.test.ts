import { describe, expect, it } from 'vitest';
import { lintReply } from '../../../scripts/commands/lint-reply';
import { captureIO } from '../../support/run-cli';

async function run(input: string) {
  const { code, out, err } = await captureIO((io) => lintReply.run(['-'], io), input);
  return { code, out: out.trim() ? out.trim().split('\n').map((l) => JSON.parse(l)) : [], err };
}

describe('soothe lint-reply', () => {
  it('writes one result line per input line with the report fields', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: "So sorry! We'll refund you today, please DM us.", lang: 'en', platform: 'x' }),
      JSON.stringify({ id: 2, text: 'Please send us your order number.', lang: 'en' }),
    ].join('\n');
    const { code, out, err } = await run(input + '\n');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toHaveLength(2);
    expect(Object.keys(out[0])).toEqual(['id', 'apology', 'fix', 'private', 'blame', 'ok', 'findings']);
    expect(out[0]).toMatchObject({ id: 'a', apology: true, fix: true, private: true, blame: false, ok: true });
    expect(out[1]).toMatchObject({ id: 2, ok: false });
    expect(out[1].findings.map((f: { rule: string }) => f.rule)).toContain('public-personal-data');
  });

  it('detects the language when "lang" is missing', async () => {
    const { out } = await run(
      JSON.stringify({ id: 'pl', text: 'Bardzo przepraszamy, jutro wyślemy nową paczkę. Napisz do nas na priv.' }) +
        '\n' +
        JSON.stringify({ id: 'el', text: 'Ζητούμε συγγνώμη, θα σας στείλουμε νέο δέμα αύριο. Στείλτε μας προσωπικό μήνυμα.' }),
    );
    expect(out.map((o) => o.ok)).toEqual([true, true]);
  });

  it('reports bad lines by number on stderr, still checks the others, and exits 1', async () => {
    const input = [
      '{not json',
      JSON.stringify({ id: 1, text: 'Sorry, we will fix it today. DM us.', lang: 'en' }),
      JSON.stringify({ id: 2 }),
      JSON.stringify({ id: 3, text: 'x', lang: 'de' }),
      JSON.stringify({ id: 4, text: 'x', platform: 7 }),
    ].join('\n');
    const { code, out, err } = await run(input);
    expect(code).toBe(1);
    expect(out.map((o) => o.id)).toEqual([1]);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^line 1: /);
    expect(lines[1]).toMatch(/^line 3: .*"text"/);
    expect(lines[2]).toMatch(/^line 4: .*"lang"/);
    expect(lines[3]).toMatch(/^line 5: .*"platform"/);
  });
});
