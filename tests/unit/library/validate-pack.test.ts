import { describe, expect, it } from 'vitest';
import { computePackIntegrity, withIntegrity } from '../../../lib/library/pack/pack-integrity';
import { parsePack } from '../../../lib/library/pack/validate-pack';
import { clone, makePack, template } from './fixtures';

function errorsOf(input: unknown, opts?: Parameters<typeof parsePack>[1]): string[] {
  const r = parsePack(input, opts);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.errors;
}

describe('parsePack: a good pack', () => {
  it('accepts a valid pack given as text or as data, and returns it unchanged', () => {
    const pack = makePack();
    const fromText = parsePack(JSON.stringify(pack, null, 2));
    const fromData = parsePack(pack);
    expect(fromText).toEqual({ ok: true, pack });
    expect(fromData).toEqual({ ok: true, pack });
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parsePack('\uFEFF' + JSON.stringify(makePack())).ok).toBe(true);
  });
});

describe('parsePack: bad JSON', () => {
  it('names the line and column of a trailing comma', () => {
    // Line 3 is `  "name": "x",}`: two spaces, `"name"` (6), `:`, a space, `"x"` (3), `,` make 14 characters, so the "}" is column 15.
    const text = '{\n  "schemaVersion": 1,\n  "name": "x",}';
    const [error] = errorsOf(text);
    expect(error).toMatch(/^not valid JSON: line 3, column 15 \(position 38\)/);
    expect(text[38]).toBe('}');
    expect(error).toContain('trailing comma');
  });

  it('names the position of a raw line break inside a string', () => {
    const [error] = errorsOf('{"name": "two\nlines"}');
    expect(error).toContain('line 1, column 14');
    expect(error).toContain('control character');
  });

  it('reports an empty document, a truncated one and a non-object', () => {
    expect(errorsOf('   ')).toEqual(['not valid JSON: the document is empty']);
    expect(errorsOf('{"id": ')[0]).toContain('unexpected end of input');
    expect(errorsOf('[1, 2]')).toEqual(['a pack must be a JSON object, got an array']);
    expect(errorsOf(42)).toEqual(['a pack must be a JSON object, got number']);
  });
});

describe('parsePack: schema errors name the path', () => {
  it('missing fields, wrong types and unknown fields', () => {
    const raw = clone(makePack()) as Record<string, unknown>;
    delete raw.name;
    raw.version = 2;
    raw.colour = 'blue';
    const errors = errorsOf(raw);
    expect(errors).toContain('name: is missing');
    expect(errors).toContain('version: must be a string (got 2)');
    expect(errors.some((e) => e.startsWith('colour: unknown field'))).toBe(true);
  });

  it('names the template by index and id', () => {
    const pack = makePack();
    const t = clone(pack.templates[1]!) as unknown as Record<string, unknown>;
    t.category = 'shipping';
    delete (t.parts as Record<string, unknown>).private;
    const errors = errorsOf({ ...pack, templates: [pack.templates[0], t] });
    expect(errors).toContain('templates[1] (id "billing.twice").category: must be one of delivery, product, billing, returns, support, technical, account, other');
    expect(errors).toContain('templates[1] (id "billing.twice").parts.private: is missing');
  });

  it('refuses a wrong schema version, a bad semver, a bad id and an unsupported language', () => {
    const errors = errorsOf({ ...makePack(), schemaVersion: 2, version: '1.0', id: 'NoDots', languages: ['en', 'de'] });
    expect(errors.some((e) => e.startsWith('schemaVersion: must be 1'))).toBe(true);
    expect(errors.some((e) => e.startsWith('version: must be a semantic version'))).toBe(true);
    expect(errors.some((e) => e.startsWith('id: must look like "com.example.support-en"'))).toBe(true);
    expect(errors).toContain('languages[1]: must be one of en, pl, el');
  });

  it('refuses empty text and a template without trigger phrases', () => {
    const t = template('a', { title: '   ', triggers: [] });
    const errors = errorsOf(makePack({ templates: [t] }));
    expect(errors).toContain('templates[0] (id "a").title: must not be empty');
    expect(errors).toContain('templates[0] (id "a").triggers: must list at least one trigger phrase');
  });
});

describe('parsePack: variables', () => {
  it('refuses an unknown variable, naming it and the known ones', () => {
    const t = template('a');
    t.parts.fix = 'We will call {{custmer_name}} today.';
    const [error] = errorsOf(makePack({ templates: [t] }));
    expect(error).toMatch(/^templates\[0\] \(id "a"\)\.parts\.fix: unknown variable \{\{custmer_name\}\} \(known: customer_name, /);
  });

  it('refuses unbalanced braces and empty placeholders', () => {
    const t = template('a');
    t.parts.private = 'DM us at {{dm_link} please';
    t.parts.acknowledge = "Sorry {{}} it's late.";
    const errors = errorsOf(makePack({ templates: [t] }));
    expect(errors.some((e) => e.includes('parts.private') && e.includes('unbalanced "{{"'))).toBe(true);
    expect(errors.some((e) => e.includes('parts.acknowledge') && e.includes('empty placeholder'))).toBe(true);
  });

  it('accepts every known variable, with or without inner spaces', () => {
    const t = template('a');
    t.parts.private = 'DM {{ dm_link }}, call {{phone}}, mail {{email}}, ref {{case_ref}}, eta {{eta}}, {{brand}}, {{agent_name}}, {{signature}}';
    expect(parsePack(makePack({ templates: [t] })).ok).toBe(true);
  });

  it('refuses placeholders where no variables are rendered (titles, triggers)', () => {
    const [error] = errorsOf(makePack({ templates: [template('a', { title: 'Hi {{customer_name}}' })] }));
    expect(error).toBe('templates[0] (id "a").title: must not contain {{placeholders}} here');
  });
});

describe('parsePack: HTML and script in text', () => {
  it.each([
    ['a tag', 'Sorry <img src=x> about that', 'an HTML tag'],
    ['a script tag', '<script>alert(1)</script>', 'an HTML tag'],
    ['a javascript: URL', 'See JavaScript:alert(1) for details', 'a script URL'],
    ['an event handler', 'Click onerror="steal()" here', 'an inline event handler'],
    ['an HTML comment', 'Fine <!-- hidden --> text', 'HTML markup'],
    ['an entity', 'Fish &amp; chips', 'an HTML entity'],
  ])('refuses %s', (_label, text, what) => {
    const t = template('a');
    t.parts.fix = text;
    const errors = errorsOf(makePack({ templates: [t] }));
    expect(errors.some((e) => e.startsWith('templates[0] (id "a").parts.fix: contains ' + what))).toBe(true);
  });

  it('checks every text field, e.g. the pack name and FAQ answers', () => {
    const pack = makePack({ name: 'Support <b>team</b>' });
    pack.faq[0]!.answer = 'Open javascript:void(0)';
    const errors = errorsOf(pack);
    expect(errors.some((e) => e.startsWith('name: contains an HTML tag'))).toBe(true);
    expect(errors.some((e) => e.startsWith('faq[0] (id "shipping.time").answer: contains a script URL'))).toBe(true);
  });

  it('does not mistake ordinary text for markup', () => {
    const t = template('a');
    t.parts.fix = 'We will refund you (less than 2 days, <3 promise), once it is on our side; see you soon.';
    t.parts.acknowledge = 'Sorry: the courier was late, and we know delivery on time matters.';
    expect(parsePack(makePack({ templates: [t] })).ok).toBe(true);
  });
});

describe('parsePack: consistency, integrity, version and size', () => {
  it('refuses duplicate ids and a language the pack does not declare', () => {
    const pack = makePack({ templates: [template('a'), template('a'), template('b', { lang: 'pl' })] });
    const errors = errorsOf(pack);
    expect(errors).toContain('templates[1] (id "a"): duplicate id, already used by templates[0]');
    expect(errors).toContain('templates[2] (id "b").lang: "pl" is not in the pack\'s languages (en)');
  });

  it('accepts a matching integrity hash and refuses a mismatch', () => {
    const signed = withIntegrity(makePack());
    expect(signed.integrity).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(parsePack(JSON.stringify(signed)).ok).toBe(true);
    // Reformatting and reordering keys do not change the hash.
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    expect(parsePack(JSON.stringify(reordered, null, 4)).ok).toBe(true);

    const tampered = clone(signed);
    tampered.templates[0]!.parts.fix = 'We will look into it within 3 days.';
    const [error] = errorsOf(tampered);
    expect(error).toContain(`integrity mismatch: the pack says ${signed.integrity} but its content hashes to ${computePackIntegrity(tampered)}`);
  });

  it('refuses a version older than the installed one, accepts the same or newer', () => {
    const pack = makePack({ version: '1.2.0', changelog: [] });
    expect(errorsOf(pack, { installedVersion: '1.10.0' })).toEqual([
      'version 1.2.0 is older than the installed version 1.10.0; a pack is never downgraded by an update (use rollback instead)',
    ]);
    expect(parsePack(pack, { installedVersion: '1.2.0' }).ok).toBe(true);
    expect(parsePack(pack, { installedVersion: '1.2.0-rc.1' }).ok).toBe(true);
    expect(parsePack(pack, { installedVersion: '1.1.9' }).ok).toBe(true);
  });

  it('refuses a changelog entry newer than the pack itself', () => {
    const errors = errorsOf(makePack({ changelog: [{ version: '2.0.0', changes: ['Future'] }] }));
    expect(errors).toContain("changelog[0].version: 2.0.0 is newer than the pack's version 1.0.0");
  });

  it('refuses an oversize document before parsing it', () => {
    const text = JSON.stringify(makePack());
    expect(errorsOf(text, { maxBytes: 100 })[0]).toBe(`pack is too large: ${(new TextEncoder().encode(text).length / 1024).toFixed(1)} KB, the limit is 100 bytes`);
    // The default limit is 2 MB; a 2.5 MB document of spaces is refused without being parsed.
    const big = ' '.repeat(2.5 * 1024 * 1024) + text;
    expect(errorsOf(big)[0]).toMatch(/^pack is too large: 2\.50 MB, the limit is 2\.00 MB$/);
    // Non-ASCII counts in UTF-8 bytes: 60 Greek letters are 120 bytes.
    expect(errorsOf(JSON.stringify({ n: 'α'.repeat(60) }), { maxBytes: 100 })[0]).toContain('too large');
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const input of [undefined, null, cyclic, '['.repeat(100_000), '"\\u12"', () => 1, Symbol('x')]) {
      const r = parsePack(input);
      expect(r.ok).toBe(false);
    }
  });
});
