import { describe, expect, it } from 'vitest';
import { buildLibrary, defaultPacks } from '../../../lib/library/store/library';
import { learnFromRecorded } from '../../../lib/background/analyse';
import { SuggestionService } from '../../../lib/suggest/service';

const post = { text: 'Your support never answers my emails', lang: 'en', category: 'support', escalation: false, flags: [] };

function chooseLast(service: SuggestionService) {
  const last = service.ranker.rank(post, 10).at(-1)!;
  for (let i = 0; i < 3; i++) {
    // As the background does once a template_inserted event is recorded (entrypoints/background.ts).
    learnFromRecorded(service.choices, { type: 'template_inserted', templateId: last.id, context: { lang: 'en', category: 'support' } });
  }
  return last.id;
}

describe('SuggestionService', () => {
  it('learns from choices as they are logged', () => {
    const service = new SuggestionService(buildLibrary(defaultPacks()));
    const id = chooseLast(service);
    expect(service.ranker.rank(post, 10).findIndex((s) => s.id === id)).toBeLessThan(9);
  });

  it('with "remember my choices" off, forgets them and ranks without them', () => {
    const service = new SuggestionService(buildLibrary(defaultPacks()));
    const before = service.ranker.rank(post, 10).map((s) => s.id);
    chooseLast(service);
    service.setRememberChoices(false);
    expect(service.choices).toBeNull();
    expect(service.ranker.rank(post, 10).map((s) => s.id)).toEqual(before);
    chooseLast(service); // nothing is learnt while off
    expect(service.ranker.rank(post, 10).map((s) => s.id)).toEqual(before);
  });
});
