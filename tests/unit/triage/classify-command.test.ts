import { describe, expect, it } from 'vitest';
import { classify } from '../../../scripts/commands/classify';
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
});
