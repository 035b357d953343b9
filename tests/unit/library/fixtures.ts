/** Small hand-written packs for the library tests. Each call returns a fresh copy to mutate. */
import type { FaqEntry, Pack, PackTemplate } from '../../../lib/library/pack/pack-schema';

export function template(id: string, over: Partial<PackTemplate> = {}): PackTemplate {
  return {
    id,
    lang: 'en',
    category: 'delivery',
    title: `Title of ${id}`,
    triggers: ['where is my order'],
    tags: ['late'],
    parts: {
      acknowledge: "I'm sorry your order is late, {{customer_name}}.",
      fix: "I'll chase the courier today and give you a delivery date within 24 hours.",
      private: 'Please send us a DM so we can look into it.',
    },
    ...over,
  };
}

export function faq(id: string, over: Partial<FaqEntry> = {}): FaqEntry {
  return { id, lang: 'en', question: `Question ${id}?`, answer: `Answer to ${id}; DM us for details.`, tags: [], ...over };
}

export function makePack(over: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: 1,
    id: 'com.example.support-en',
    name: 'Example support',
    version: '1.0.0',
    languages: ['en'],
    templates: [template('delivery.late'), template('billing.twice', { category: 'billing', title: 'Charged twice' })],
    faq: [faq('shipping.time')],
    changelog: [{ version: '1.0.0', date: '2026-01-15', changes: ['First version'] }],
    ...over,
  };
}

/** A deep copy, so a test can edit nested fields without touching another test's pack. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
