import { describe, expect, it } from 'vitest';
import { packLinear, scoreLinear, unpackLinear } from '../../../lib/triage/model/codec';

describe('packed linear model', () => {
  it('keeps the largest weights, within int8 quantisation error', () => {
    const w = new Float32Array(1 << 16);
    w[3] = 0.5;
    w[70000 % (1 << 16)] = -1.27;
    w[65535] = 0.01;
    w[200] = 0.0001; // smallest: dropped when keep = 3
    const m = unpackLinear(packLinear(w, 0.25, 3));
    expect(m.weights.size).toBe(3);
    expect(m.weights.has(200)).toBe(false);
    expect(m.weights.get(3)).toBeCloseTo(0.5, 2);
    expect(m.weights.get(70000 % (1 << 16))).toBeCloseTo(-1.27, 2);
    expect(m.bias).toBeCloseTo(0.25, 4);
    expect(scoreLinear(m, { idx: [3, 65535], val: [2, 1] })).toBeCloseTo(0.25 + 1 + 0.01, 1);
  });
});
