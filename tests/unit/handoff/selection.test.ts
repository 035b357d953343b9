/** Picking a complaint by selection on any page: its stable id, the text box the reply goes to, what the page says around it. */
import { afterEach, describe, expect, it } from 'vitest';
import { pageKey, selectionPostId } from '@/lib/content/anywhere/selection-id';
import { editableRoot, nearestEditable, readSelectionTarget } from '@/lib/content/anywhere/selection-target';
import { cleanDepartments, departmentProblems, newDepartmentId, SUGGESTED_DEPARTMENTS } from '@/lib/handoff/departments';
import { isPlatform, webPlatform } from '@/lib/sites/types';

afterEach(() => {
  document.body.innerHTML = '';
  getSelection()?.removeAllRanges();
});

function select(el: Element) {
  const range = document.createRange();
  range.selectNodeContents(el);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

describe('selection post id', () => {
  const url = 'https://reviews.example/r/1?page=2';
  it('is the same for the same page and text, whatever the fragment or line wrapping', () => {
    const id = selectionPostId(url, 'My parcel never came.');
    expect(id).toMatch(/^sel-[0-9a-z]+$/);
    expect(selectionPostId(`${url}#comment-4`, '  My parcel\n never   came. ')).toBe(id);
    expect(pageKey(`${url}#x`)).toBe(url);
  });

  it('differs between texts and between pages', () => {
    const id = selectionPostId(url, 'My parcel never came.');
    expect(selectionPostId(url, 'My parcel never came!')).not.toBe(id);
    expect(selectionPostId('https://reviews.example/r/1?page=3', 'My parcel never came.')).not.toBe(id);
    expect(selectionPostId('https://other.example/r/1?page=2', 'My parcel never came.')).not.toBe(id);
  });
});

describe('web platforms', () => {
  it('name a page by its host, and only that', () => {
    expect(webPlatform('https://Reviews.Example:8443/a?b#c')).toBe('web:reviews.example');
    expect(webPlatform('http://127.0.0.1:5173/x')).toBe('web:127.0.0.1');
    expect(webPlatform('not a url')).toBeNull();
    expect(isPlatform('web:reviews.example')).toBe(true);
    expect(isPlatform('x')).toBe(true);
    expect(isPlatform('web:')).toBe(false);
    expect(isPlatform('web:bad host')).toBe(false);
    expect(isPlatform('instagram')).toBe(false);
  });
});

describe('reading the selection target', () => {
  it('finds the nearest text box, the author and the post time around the selection', () => {
    document.body.innerHTML = `
      <textarea id="far"></textarea>
      <section>
        <article class="review"><span class="author">Marta  Nowak</span><time datetime="2026-01-10T08:00:00Z">Jan 10</time>
          <p id="c">Parcel stuck for two weeks.</p></article>
        <form><textarea id="near"></textarea></form>
      </section>`;
    select(document.getElementById('c')!);
    const t = readSelectionTarget(document)!;
    expect(t.text).toBe('Parcel stuck for two weeks.');
    expect(t.editor?.id).toBe('near');
    expect(t.author).toBe('Marta Nowak');
    expect(t.postedAt).toBe(Date.parse('2026-01-10T08:00:00Z'));
    expect(t.platform).toBe(webPlatform(location.href));
    expect(t.postId).toBe(selectionPostId(location.href, 'Parcel stuck for two weeks.'));
  });

  it('prefers the text box that has focus', () => {
    document.body.innerHTML = `<p id="c">Charged twice.</p><textarea id="near"></textarea><div id="ce" contenteditable="true"><p>draft</p></div>`;
    const ce = document.getElementById('ce')!;
    // jsdom has no layout: mark it editable the way browsers report it.
    Object.defineProperty(ce, 'isContentEditable', { value: true });
    ce.focus();
    select(document.getElementById('c')!);
    expect(readSelectionTarget(document)!.editor).toBe(ce);
  });

  it('reads a selection made inside a textarea, and does not answer into that same box', () => {
    document.body.innerHTML = `<div><textarea id="quoted">Customer wrote: refund me now</textarea></div><div><textarea id="reply"></textarea></div>`;
    const quoted = document.getElementById('quoted') as HTMLTextAreaElement;
    quoted.focus();
    quoted.setSelectionRange(16, 29);
    const t = readSelectionTarget(document)!;
    expect(t.text).toBe('refund me now');
    expect(t.editor?.id).toBe('reply');
  });

  it('uses the context menu copy when the page selection is gone, and gives up on nothing', () => {
    document.body.innerHTML = `<textarea></textarea>`;
    expect(readSelectionTarget(document)).toBeNull();
    expect(readSelectionTarget(document, '  where is my order ')!.text).toBe('where is my order');
  });

  it('skips boxes that cannot take text', () => {
    document.body.innerHTML = `<div id="wrap"><p id="c">text</p><textarea disabled></textarea><textarea readonly></textarea><input type="checkbox"></div>`;
    expect(nearestEditable(document.getElementById('c'))).toBeNull();
    expect(editableRoot(document.querySelector('input'))).toBeNull();
  });
});

describe('departments', () => {
  it('keeps only well-formed stored departments', () => {
    const good = { id: 'billing', name: 'Billing', email: 'b@shop.example', agreedMs: 3_600_000 };
    expect(cleanDepartments([good, { id: 'x', name: '', agreedMs: 1 }, { id: 'y', name: 'Y', email: 'nope', agreedMs: 1 }, { ...good, id: 'dup' }, null, 'x'])).toEqual([good]);
    expect(cleanDepartments(undefined)).toEqual([]);
  });

  it('explains what is wrong', () => {
    expect(departmentProblems({ id: 'a', name: ' ', email: 'a@b', agreedMs: -1 })).toEqual({ name: expect.any(String), email: expect.any(String), agreedMs: expect.any(String) });
    expect(departmentProblems({ id: 'a', name: 'PR', email: '', agreedMs: 1 })).toEqual({});
  });

  it('gives new departments ids that do not clash', () => {
    expect(newDepartmentId('Customer Care', SUGGESTED_DEPARTMENTS)).toBe('customer-care');
    expect(newDepartmentId('Billing', SUGGESTED_DEPARTMENTS)).toBe('billing-2');
  });
});
