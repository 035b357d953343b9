import { beforeEach, describe, expect, it } from 'vitest';
import { insertText, normalise } from '../../../lib/insert/insert-text';
import type { InsertStrategy } from '../../../lib/insert/strategy';
import { textareaStrategy } from '../../../lib/insert/textarea';

beforeEach(() => {
  document.body.innerHTML = '';
});

function editable(text = ''): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  // jsdom has no isContentEditable; real browsers do.
  Object.defineProperty(el, 'isContentEditable', { value: true });
  el.textContent = text;
  document.body.append(el);
  return el;
}

const noop: InsertStrategy = { name: 'noop', applies: () => true, run() {} };
const throws: InsertStrategy = { name: 'throws', applies: () => true, run() { throw new Error('boom'); } };
const appends: InsertStrategy = {
  name: 'appends',
  applies: () => true,
  run(el, text) {
    el.append(document.createTextNode(text));
  },
};

describe('insertText', () => {
  it('tries strategies in order and stops at the first verified one', async () => {
    const el = editable();
    const result = await insertText(el, 'Sorry!\nDM us.', { strategies: [noop, throws, appends, appends] });
    expect(result).toEqual({ ok: true, strategy: 'appends', tried: ['noop', 'throws', 'appends'] });
    expect(el.textContent).toBe('Sorry!\nDM us.'); // written once, not twice
  });

  it('reports failure with every strategy it tried', async () => {
    const result = await insertText(editable(), 'hello', { strategies: [noop, throws] });
    expect(result).toEqual({ ok: false, strategy: null, tried: ['noop', 'throws'] });
  });

  it('does not count text that was already in the draft as inserted', async () => {
    const el = editable('hello');
    const result = await insertText(el, 'hello', { strategies: [noop] });
    expect(result.ok).toBe(false);
  });

  it('skips strategies that do not apply', async () => {
    const never: InsertStrategy = { ...appends, name: 'never', applies: () => false };
    const result = await insertText(editable(), 'x', { strategies: [never, appends] });
    expect(result.tried).toEqual(['appends']);
  });
});

describe('textarea strategy', () => {
  it('inserts at the caret, keeps the draft and tells React through an input event', async () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    ta.value = 'Hi Ann,  thanks';
    ta.setSelectionRange(8, 8);
    const inputs: string[] = [];
    ta.addEventListener('input', (e) => inputs.push((e as InputEvent).data ?? ''));
    const result = await insertText(ta, 'sorry!', { strategies: [textareaStrategy] });
    expect(result.ok).toBe(true);
    expect(ta.value).toBe('Hi Ann, sorry! thanks');
    expect(inputs).toEqual(['sorry!']);
  });
});

describe('normalise', () => {
  it('folds the whitespace editors render differently', () => {
    expect(normalise(' a\n\nb\u200b c ')).toBe('a b c');
  });
});
