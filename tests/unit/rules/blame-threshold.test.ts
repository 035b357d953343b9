import { describe, expect, it } from 'vitest';
import { addedFalseAlarms, blameAccuracy, chooseBlameThreshold, type HeldOutReading } from '../../../lib/rules/train/blame-threshold';

const line = (p: number, blame: boolean, lexicon = false): HeldOutReading => ({ p, blame, lexicon });
// Five blaming lines (the lexicon finds one the model reads low), seven blameless ones (two the model reads high).
const HELD = [
  ...[0.9, 0.7, 0.65, 0.5].map((p) => line(p, true)),
  line(0.1, true, true),
  ...[0.8, 0.45, 0.1, 0.2, 0.3, 0.1, 0.05].map((p) => line(p, false)),
];
const CANDIDATES = [0.4, 0.6, 0.75, 0.85, 0.95];

describe('blame threshold rule', () => {
  it("counts lexicon OR model as blame, and only the model's own alarms as added", () => {
    expect(blameAccuracy(HELD, 0.6)).toBeCloseTo(10 / 12);
    expect(addedFalseAlarms(HELD, 0.6)).toBeCloseTo(1 / 7);
    expect(addedFalseAlarms(HELD, 0.4)).toBeCloseTo(2 / 7);
    expect(addedFalseAlarms(HELD, 0.85)).toBe(0);
  });

  it('takes the most accurate threshold within the alarm budget', () => {
    // 0.4 is as accurate as 0.6 but adds two alarms in seven; 0.6 adds one.
    expect(chooseBlameThreshold(HELD, [], CANDIDATES, 0.2)).toMatchObject({ threshold: 0.6 });
    expect(chooseBlameThreshold(HELD, [], CANDIDATES, 0)).toMatchObject({ threshold: 0.85, addedAlarms: 0 });
  });

  it('breaks a tie in accuracy toward the higher threshold', () => {
    expect(chooseBlameThreshold(HELD, [], [0.85, 0.9], 0)).toMatchObject({ threshold: 0.9 });
  });

  it('keeps every must-stay-clean text below the threshold', () => {
    expect(chooseBlameThreshold(HELD, [0.1, 0.62], CANDIDATES, 0.2)).toMatchObject({ threshold: 0.85 });
  });

  it('returns null when no threshold is allowed (the model must not ship)', () => {
    expect(chooseBlameThreshold(HELD, [0.99], CANDIDATES, 0.2)).toBeNull();
  });
});
