import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLintProblem, lintPack } from '../../../lib/library/pack/pack-lint';
import { parsePack } from '../../../lib/library/pack/validate-pack';
import { buildLibrary } from '../../../lib/library/store/library';
import { makePack, template } from './fixtures';

const holding = (id: string, over = {}) =>
  template(id, {
    kind: 'holding',
    category: 'technical',
    triggers: ['app is down'],
    parts: {
      acknowledge: "We know many of you can't use the app right now, and we're really sorry.",
      fix: "Our engineers are working on a fix, and we'll post the next update here within the hour.",
      private: 'If something cannot wait, send us a DM and we will help you one by one.',
    },
    ...over,
  });

describe('holding statements in the pack format', () => {
  it('a template may be marked "kind": "holding"; any other kind is refused with the allowed values', () => {
    expect(parsePack(makePack({ templates: [holding('holding.outage')] }))).toMatchObject({ ok: true });
    const bad = parsePack(makePack({ templates: [holding('holding.outage', { kind: 'statement' })] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join('\n')).toMatch(/kind: must be one of reply, holding/);
  });

  it('pack lint checks a holding statement like every reply, and refuses one that addresses one customer', () => {
    expect(lintPack(makePack({ templates: [holding('holding.outage')] })).problems.map(formatLintProblem)).toEqual([]);
    const blaming = holding('holding.blame');
    blaming.parts.fix = 'This is your fault for not updating the app.';
    const r1 = lintPack(makePack({ templates: [blaming] }));
    expect(r1.problems.map((p) => p.rule)).toContain('blame');
    const noPrivate = holding('holding.open');
    noPrivate.parts.private = 'Thank you all for your patience.';
    expect(lintPack(makePack({ templates: [noPrivate] })).problems.map((p) => p.rule)).toContain('missing-private');
    const personal = holding('holding.personal');
    personal.parts.acknowledge = "We're so sorry, {{customer_name}}, the app is down for many of you.";
    const r2 = lintPack(makePack({ templates: [personal] }));
    expect(r2.problems).toContainEqual(expect.objectContaining({ where: 'template "holding.personal" body', rule: 'holding-one-customer' }));
  });

  it('the library keeps holding statements out of the replies it suggests', () => {
    const lib = buildLibrary([makePack({ templates: [template('delivery.late'), holding('holding.outage')] })]);
    expect(lib.templates.map((t) => t.id)).toEqual(['delivery.late']);
    expect(lib.holding!.map((t) => t.id)).toEqual(['holding.outage']);
  });

  it.each(['en', 'pl', 'el'])('the default %s pack has holding statements for an outage and for delivery delays', (lang) => {
    const r = parsePack(readFileSync(resolve(__dirname, `../../../assets/packs/${lang}.json`), 'utf8'));
    expect(r.ok).toBe(true);
    const ids = r.ok ? r.pack.templates.filter((t) => t.kind === 'holding').map((t) => t.id) : [];
    expect(ids).toEqual(['holding.service-disruption', 'holding.delivery-delays']);
  });
});
