/** Facebook time labels in English, Polish and Greek UIs, turned into absolute times from a given `now`. */
import { describe, expect, it } from 'vitest';
import { parseFacebookTime } from '../../../lib/sites/facebook/relative-time';

const NOW = new Date(2025, 5, 10, 12, 0).getTime(); // 10 June 2025, 12:00 local
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m, d, h, min).toISOString();

describe('relative labels', () => {
  const cases: Array<[string, string]> = [
    // English: short and long forms
    ['Just now', ago(0)], ['5m', ago(5 * MIN)], ['2h', ago(2 * H)], ['3 d', ago(3 * D)], ['3d', ago(3 * D)], ['1w', ago(7 * D)],
    ['a week ago', ago(7 * D)], ['2 hours ago', ago(2 * H)], ['an hour ago', ago(H)], ['5 mins', ago(5 * MIN)],
    ['1y', local(2024, 5, 10, 12)], ['2 months ago', local(2025, 3, 10, 12)],
    // Polish
    ['2 godz.', ago(2 * H)], ['5 min', ago(5 * MIN)], ['3 d.', ago(3 * D)], ['1 tydz.', ago(7 * D)], ['tydzień temu', ago(7 * D)],
    ['2 tygodnie temu', ago(14 * D)], ['5 minut temu', ago(5 * MIN)], ['3 godziny temu', ago(3 * H)], ['rok temu', local(2024, 5, 10, 12)],
    ['2 lata temu', local(2023, 5, 10, 12)], ['teraz', ago(0)],
    // Greek
    ['2 ώρ.', ago(2 * H)], ['1 λ.', ago(MIN)], ['3 ημ.', ago(3 * D)], ['1 εβδ.', ago(7 * D)], ['πριν από 1 εβδομάδα', ago(7 * D)],
    ['πριν από 2 ώρες', ago(2 * H)], ['πριν από 5 λεπτά', ago(5 * MIN)], ['πριν από 1 μήνα', local(2025, 4, 10, 12)],
  ];
  for (const [label, expected] of cases) {
    it(`"${label}"`, () => expect(parseFacebookTime(label, NOW)).toBe(expected));
  }
});

describe('dates and clock times', () => {
  const cases: Array<[string, string]> = [
    ['30 May at 11:02', local(2025, 4, 30, 11, 2)],
    ['May 30 at 11:02 AM', local(2025, 4, 30, 11, 2)],
    ['May 30 at 1:02 PM', local(2025, 4, 30, 13, 2)],
    ['30 maja o 11:02', local(2025, 4, 30, 11, 2)],
    ['30 Μαΐου στις 11:02', local(2025, 4, 30, 11, 2)],
    ['Yesterday at 9:15 PM', local(2025, 5, 9, 21, 15)],
    ['wczoraj o 10:00', local(2025, 5, 9, 10, 0)],
    ['Χθες στις 10:00', local(2025, 5, 9, 10, 0)],
    ['3 March 2024', local(2024, 2, 3)],
    ['14 października 2023', local(2023, 9, 14)],
    // No year and still ahead of now: it was last year.
    ['20 December', local(2024, 11, 20)],
  ];
  for (const [label, expected] of cases) {
    it(`"${label}"`, () => expect(parseFacebookTime(label, NOW)).toBe(expected));
  }
});

describe('labels that are not times', () => {
  for (const label of ['', 'Like', 'Reply', 'Lubię to!', 'Μου αρέσει', 'Author', '782 comments', '2 foo', 'x'.repeat(500), '<script>alert(1)</script>', '99 Februarember']) {
    it(`${JSON.stringify(label.slice(0, 30))} → null`, () => expect(parseFacebookTime(label, NOW)).toBeNull());
  }
  it('a bad clock gives null', () => expect(parseFacebookTime('2h', NaN)).toBeNull());
});
