import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/log/settings';
import { DEFAULT_RADAR } from '../../../lib/radar/settings';
import { DEFAULT_PROFILE } from '../../../lib/settings/profile';
import { changedSections, moveStep, readSettingsForm, sameSettings, settingsForm, type SettingsFormWords } from '../../../lib/settings/settings-form';

const words: SettingsFormWords = {
  wholeNumber: (a, b) => `whole ${a}-${b}`,
  number: (a, b) => `number ${a}-${b}`,
  emptyStep: 'empty step',
  tooManySteps: (n) => `max ${n}`,
  stepTooLong: (n) => `long ${n}`,
};

describe('settings form', () => {
  it('reads back exactly what is stored when nothing was edited', () => {
    const form = settingsForm(DEFAULT_PROFILE, DEFAULT_SETTINGS, DEFAULT_RADAR);
    const r = readSettingsForm(form, words);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.log).toEqual({ retentionDays: null, hashAuthors: false, slaTargetsMs: DEFAULT_SETTINGS.slaTargetsMs, followUpDays: 3, responseRateTarget: 0.75 });
    const { minBaselinePerHour: _kept, ...shown } = DEFAULT_RADAR;
    expect(r.radar).toEqual(shown);
  });

  it('finds every problem in every section at once, by field', () => {
    const form = settingsForm(DEFAULT_PROFILE, DEFAULT_SETTINGS, DEFAULT_RADAR, [{ id: 'pr', name: 'PR', email: 'nope', agreedMs: 3_600_000 }]);
    form.profile = { ...form.profile, contact: { ...form.profile.contact, phone: 'call me' } };
    form.log = { ...form.log, sla: '30, soon', responseRate: '180' };
    form.radar = { ...form.radar, threadMinAuthors: '1', growthFactor: 'lots', windowMinutes: '30.5', procedure: ['Tell PR', '  '] };
    const r = readSettingsForm(form, words);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual({
      'd-0-email': 'must look like name@example.com',
      'p-phone': 'digits, spaces and + ( ) - only',
      'l-sla': 'SLA targets must be positive durations.',
      'l-rate': 'The response-rate target must be between 0 and 100%.',
      'r-threadMinAuthors': 'whole 2-10000',
      'r-growthFactor': 'number 1.1-1000',
      'r-windowMinutes': 'whole 5-1440',
      'r-step-1': 'empty step',
    });
  });

  it('accepts a decimal comma and trims steps', () => {
    const form = settingsForm(DEFAULT_PROFILE, DEFAULT_SETTINGS, DEFAULT_RADAR);
    form.radar = { ...form.radar, growthFactor: '2,5', procedure: [' Call the duty manager '] };
    const r = readSettingsForm(form, words);
    expect(r.ok && r.radar).toMatchObject({ growthFactor: 2.5, procedure: ['Call the duty manager'] });
  });

  it('knows which sections changed', () => {
    const a = settingsForm(DEFAULT_PROFILE, DEFAULT_SETTINGS, DEFAULT_RADAR);
    const b = { ...a, radar: { ...a.radar, procedure: moveStep(a.radar.procedure, 0, 1) } };
    expect(sameSettings(a, settingsForm(DEFAULT_PROFILE, DEFAULT_SETTINGS, DEFAULT_RADAR))).toBe(true);
    expect(changedSections(a, b)).toEqual({ profile: false, log: false, radar: true });
    expect(b.radar.procedure.slice(0, 2)).toEqual([DEFAULT_RADAR.procedure[1], DEFAULT_RADAR.procedure[0]]);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
