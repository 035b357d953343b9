import { describe, expect, it } from 'vitest';
import { itemIdFromTitle, slugWords } from '../../../lib/library/pack/item-id';
import { ITEM_ID } from '../../../lib/library/pack/pack-schema';

describe('itemIdFromTitle', () => {
  it('makes category.words from an English title', () => {
    expect(itemIdFromTitle('Order running late', 'delivery', [])).toBe('delivery.order-running-late');
    expect(itemIdFromTitle('  Charged twice?! (card) ', 'billing', [])).toBe('billing.charged-twice-card');
  });

  it('writes Polish and Greek titles in Latin letters', () => {
    expect(slugWords('Zamówienie się spóźnia — przesyłka zgubiona, łódź')).toBe('zamowienie-sie-spoznia-przesylka-zgubiona-lodz');
    expect(slugWords('Η παραγγελία καθυστερεί')).toBe('i-paraggelia-kathysterei');
    expect(itemIdFromTitle('Χρεώθηκα δύο φορές', 'billing', [])).toBe('billing.chreothika-dyo-fores');
  });

  it('is unique within the pack', () => {
    const taken = ['delivery.order-running-late', 'delivery.order-running-late-2'];
    expect(itemIdFromTitle('Order running late', 'delivery', taken)).toBe('delivery.order-running-late-3');
    expect(itemIdFromTitle('Order running late', 'product', taken)).toBe('product.order-running-late');
  });

  it('always matches the schema, even for a title with no letters, and stays short', () => {
    for (const title of ['', '!!!', '🙂🙂', '123', 'a'.repeat(300), 'word '.repeat(80), 'Ünïcödé ßtraße æøđ']) {
      const id = itemIdFromTitle(title, 'other', []);
      expect(id, title).toMatch(ITEM_ID);
      expect(id.length, title).toBeLessThanOrEqual(60);
    }
    expect(itemIdFromTitle('!!!', 'other', [])).toBe('other.item');
    expect(itemIdFromTitle('How do I reset my password?', null, [])).toBe('how-do-i-reset-my-password');
  });
});
