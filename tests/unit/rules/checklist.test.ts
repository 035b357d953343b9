import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules';
import { checklistLines, draftState } from '../../../lib/rules/checklist';

describe('draft state for the Soothe button', () => {
  it('counts the broken checklist lines and names the serious findings', () => {
    const report = checkReply('You should have read our terms before ordering. Post your home address and phone number here.', { lang: 'en', platform: 'x' });
    const state = draftState(report)!;
    const broken = checklistLines(report).filter((l) => !l.ok).map((l) => l.key);
    expect(state.failing).toBe(broken.length);
    expect(broken).toEqual(expect.arrayContaining(['apology', 'noBlame', 'noPersonalData']));
    expect(state.alerts).toEqual(expect.arrayContaining(['public-personal-data']));
    expect(state.alerts.some((r) => r === 'blame' || r === 'lecturing')).toBe(true);
  });

  it('is all clear for a good reply, and nothing before there is a draft', () => {
    const good = checkReply("I'm sorry your parcel is late. I'll chase the courier today and update you by 5pm. Please DM us your order number.", { lang: 'en', platform: 'x' });
    expect(draftState(good)).toEqual({ failing: 0, alerts: [] });
    expect(draftState(null)).toBeNull();
  });
});
