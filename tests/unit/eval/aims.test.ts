import { describe, expect, it } from 'vitest';
import { aimMet, aimsTable, type Aim } from '../../../scripts/eval/aims';

const aim = (measured: number, target: number, direction: Aim['direction'], percent?: boolean): Aim => ({ what: 'x', side: 'external', measured, target, direction, ...(percent ? { percent } : {}) });

describe('the aims at a glance', () => {
  it('meets an aim on its side of the target, the target itself included', () => {
    expect(aimMet(aim(0.85, 0.85, '≥'))).toBe(true);
    expect(aimMet(aim(0.849, 0.85, '≥'))).toBe(false);
    expect(aimMet(aim(0.03, 0.03, '≤'))).toBe(true);
    expect(aimMet(aim(0.031, 0.03, '≤'))).toBe(false);
  });

  it('counts the aims met and marks each one not met, with enough digits that a near miss does not read as met', () => {
    const table = aimsTable([aim(0.8484, 0.85, '≥'), aim(0.028, 0.03, '≤', true)]);
    expect(table).toContain('1 of 2 aims measured here are met');
    expect(table).toContain('| x | external | 0.848 | ≥ 0.850 | **no** |');
    expect(table).toContain('| x | external | 2.8 % | ≤ 3.0 % | yes |');
    expect(aimsTable([])).toBe('');
  });

  it('says under the table why each unmet aim is not met, one line per reason, and nothing for the aims met', () => {
    const small = (what: string, measured: number): Aim => ({ what, side: 'held out', measured, target: 0.85, direction: '≥', whyNot: 'A small set.' });
    const table = aimsTable([small('a', 0.8), small('b', 0.81), { ...small('c', 0.9), whyNot: 'never shown' }, { ...aim(0.5, 0.85, '≥'), what: 'd' }]);
    const why = table.slice(table.indexOf('### Not met, and why'));
    expect(why.split('\n').filter((l) => l.startsWith('- '))).toEqual(['- A small set.', '- no reason recorded']);
    expect(why).toContain('- A small set.\n  - a\n  - b');
    expect(table).not.toContain('never shown');
    expect(aimsTable([small('a', 0.9)])).not.toContain('Not met');
  });
});
