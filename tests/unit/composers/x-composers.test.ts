/** The X composer finder against the real saved status page (2026) and a conversation shaped like X's. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findXComposers } from '../../../lib/sites/x/composers';
import { xAdapter } from '../../../lib/sites/x/adapter';
import { readThreadContext } from '../../../lib/content/site/thread-reading';
import { isSubmitEnabled } from '../../../lib/sites/types';
import { renderXStatusPage } from '../../pages/render';
import { X_THREADS } from '../../pages/threads';
import { sharedPath } from '../../../scripts/support/shared-data';

/** The test status page of `thread` with X's inline reply box (an empty draft) where the page mounts a composer. */
function statusPageWithComposer(thread: (typeof X_THREADS)[number]): JSDOM {
  const html = renderXStatusPage(thread).replace(/<div data-mount="draft-composer"[^>]*><\/div>/,
    '<div contenteditable="true" data-testid="tweetTextarea_0"></div><button data-testid="tweetButtonInline" disabled>Reply</button>');
  return new JSDOM(html, { url: `https://x.com${thread.path}` });
}

describe('findXComposers', () => {
  it('finds the real inline reply composer and its Reply button on a saved 2026 status page', () => {
    const file = sharedPath('corpus/x/status-page-reply-composer-2026/general--x.com-article-2026-02-13.html');
    const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://x.com/heinrich/status/2021000000000000000' });
    const composers = findXComposers(dom.window.document);
    expect(composers).toHaveLength(1);
    const [c] = composers;
    expect(c!.editor.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(c!.editor.getAttribute('role')).toBe('textbox');
    expect(c!.submitButton?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(isSubmitEnabled(c!.submitButton)).toBe(false); // empty draft: X keeps Reply disabled
    // The post answered is the page's tweet (the panel keeps clear of it).
    expect(c!.answered?.getAttribute('data-testid')).toBe('tweet');
  });

  it('knows which post the composer answers on a status page; the thread reader reads that post', () => {
    const thread = X_THREADS[0]!;
    const dom = statusPageWithComposer(thread);
    const [c] = findXComposers(dom.window.document);
    expect(c!.postId).toBe(thread.posts[0]!.id);
    expect(c!.answered?.textContent).toContain('in transit');
    // The composer gives the id only; text, language and time are the thread reader's.
    const context = readThreadContext(dom.window.document, xAdapter, c!);
    expect(context.focusId).toBe(thread.posts[0]!.id);
    expect(context.focus?.lang).toBe('en');
    expect(context.focus?.text).toContain('in transit');
    expect(context.focus?.timestamp).not.toBeNull();
    expect(context.forTriage.find((p) => p.id === context.focusId)?.postedAt).toBe(Date.parse(context.focus!.timestamp!));
  });

  it('when the thread reader misses the answered post, there is no focus and no stand-in post to triage', () => {
    const thread = X_THREADS[0]!;
    const dom = statusPageWithComposer(thread);
    const [c] = findXComposers(dom.window.document);
    const context = readThreadContext(dom.window.document, xAdapter, { ...c!, postId: '999' });
    expect(context.focus).toBeNull();
    expect(context.focusId).toBeNull();
    expect(context.forTriage.map((p) => p.id)).toEqual(context.posts.map((p) => p.id));
  });

  it('returns nothing on a page without composers, and does not throw on odd markup', () => {
    const dom = new JSDOM('<article data-testid="tweet"><a href="/status/">x</a></article>', { url: 'https://x.com/home' });
    expect(findXComposers(dom.window.document)).toEqual([]);
  });
});
