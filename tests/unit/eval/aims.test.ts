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
});
