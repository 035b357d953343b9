/** `npm run eval` runs the modules named in scripts/eval/sections.ts: each must exist and export a default function. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../scripts/eval/sections';
import { addTo, emptyConfusion, macroF1, table } from '../../../scripts/eval/metrics';

describe('evaluation report', () => {
  it('lists section modules that exist', () => {
    expect(SECTIONS).toContain('triage-cv');
    expect(SECTIONS).toContain('triage-external');
    for (const name of SECTIONS) expect(existsSync(join(__dirname, '../../../scripts/eval', `${name}.ts`)), name).toBe(true);
  });

  it('computes macro-F1 over both classes', () => {
    const c = emptyConfusion();
    [[true, true], [true, false], [false, false], [false, false]].forEach(([p, g]) => addTo(c, p!, g!));
    // complaint F1 = 2/3, not-complaint F1 = 4/5
    expect(macroF1(c)).toBeCloseTo((2 / 3 + 4 / 5) / 2, 6);
    expect(table(['a', 'b'], [[1, 2]])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});
