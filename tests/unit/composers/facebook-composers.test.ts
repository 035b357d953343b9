/** The Facebook composer finder on a page shaped like Facebook's: which post each box answers, and where it is. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findFacebookComposers } from '../../../lib/sites/facebook/composers';
import { facebookAdapter } from '../../../lib/sites/facebook/adapter';
import { readAnsweredPost } from '../../../lib/content/site/thread-reading';
import { renderFacebookPostPage } from '../../pages/render';
import { FACEBOOK_POSTS } from '../../pages/threads';

const EDITOR = (label: string) => `<div contenteditable="true" data-lexical-editor="true" aria-label="${label}"></div><div role="button">Send</div>`;

describe('findFacebookComposers', () => {
  const thread = FACEBOOK_POSTS[0]!;
  const html = renderFacebookPostPage(thread)
    .replace(/<div data-mount="lexical-composer"[^>]*><\/div>/, EDITOR('Write a comment…'))
    // A reply box opened under the first comment, as Facebook does (in that comment's replies area).
    .replace('<div class="replies"></div>', `<div class="replies"><form>${EDITOR('Write a reply…')}</form></div>`);
  const dom = new JSDOM(html, { url: `https://www.facebook.com${thread.path}` });
  const composers = findFacebookComposers(dom.window.document);
  const byLabel = (label: string) => composers.find((c) => c.editor.getAttribute('aria-label') === label)!;

  it('a reply box answers its comment: the element to keep clear is that comment', () => {
    const reply = byLabel('Write a reply…');
    expect(reply.postId).toBe(thread.posts[1]!.id);
    expect(reply.answered?.getAttribute('role')).toBe('article');
    expect(reply.answered?.textContent).toContain(thread.posts[1]!.text.slice(0, 30));
    expect(reply.answered?.contains(reply.editor)).toBe(false);
  });

  it('the comment box answers the post: the element to keep clear is the post text, not the whole post around the box', () => {
    const comment = byLabel('Write a comment…');
    expect(comment.answered?.textContent).toContain(thread.posts[0]!.text.slice(0, 30));
    expect(comment.answered?.contains(comment.editor)).toBe(false);
  });

  it('the post a box answers is read by the thread reader (what a reply sent without the panel is logged with)', () => {
    const reply = readAnsweredPost(dom.window.document, facebookAdapter, byLabel('Write a reply…'));
    expect(reply?.id).toBe(thread.posts[1]!.id);
    expect(reply?.text).toContain(thread.posts[1]!.text.slice(0, 30));
    expect(reply?.permalink).toContain(thread.posts[1]!.id);
    const comment = byLabel('Write a comment…');
    expect(readAnsweredPost(dom.window.document, facebookAdapter, comment)?.text).toContain(thread.posts[0]!.text.slice(0, 30));
    expect(readAnsweredPost(dom.window.document, facebookAdapter, { ...comment, postId: null })).toBeNull();
  });
});
