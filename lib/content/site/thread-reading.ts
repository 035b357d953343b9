/**
 * The thread around a composer, as the panel needs it: every post on the page for triage and the
 * queue, and the one being answered. Read through the site readers (lib/sites), never the DOM.
 */
import type { PostForTriage } from '../../background/analyse';
import type { Post } from '../../sites/thread';
import type { Composer, SiteAdapter } from '../../sites/types';

/** Longer texts add nothing to triage and would only weigh on messaging in huge threads. */
const MAX_TEXT = 2000;
/** The panel reads the first posts of a huge thread only: its queue covers these, the rest wait for scrolling. */
const MAX_POSTS = 400;

export interface ThreadContext {
  posts: Post[];
  forTriage: PostForTriage[];
  /** Id of the post being answered, when the thread reader read it (null otherwise: the panel says it could not). */
  focusId: string | null;
  focus: Post | null;
}

function toTriage(p: Post): PostForTriage {
  const t = p.timestamp ? Date.parse(p.timestamp) : NaN;
  return {
    id: p.id,
    text: p.text.slice(0, MAX_TEXT),
    lang: p.lang,
    postedAt: Number.isFinite(t) ? t : null,
    parentId: p.parentId,
    isBrandPost: p.isBrandPost,
    replies: p.counts.replies,
    likes: p.counts.likes,
    replyToHandles: p.replyToHandles,
    quotedHandle: p.quoted?.author.handle ?? null,
    permalink: p.permalink,
  };
}

export function readThreadContext(doc: Document, adapter: SiteAdapter, composer: Composer | null, brandHandles: string[] = []): ThreadContext {
  let posts: Post[] = [];
  try {
    const seen = new Set<string>();
    for (const thread of adapter.readThreads(doc, { brandHandles, maxPosts: MAX_POSTS })) {
      for (const post of thread.posts) if (!seen.has(post.id)) (seen.add(post.id), posts.push(post));
    }
  } catch {
    posts = []; // the readers never throw, but a page is a hostile place
  }
  const forTriage = posts.map(toTriage);
  const focus = composer?.postId ? posts.find((p) => p.id === composer.postId) ?? null : null;
  return { posts, forTriage, focusId: focus?.id ?? null, focus };
}

/**
 * The post a composer answers, read by the thread reader from the smallest part of the page that
 * holds it (what a reply sent without opening the panel is logged with). Null when it cannot be read.
 */
export function readAnsweredPost(doc: Document, adapter: SiteAdapter, composer: Composer): Post | null {
  const id = composer.postId;
  if (!id) return null;
  try {
    const el = composer.answered?.closest(adapter.postSelector) ?? adapter.findPost(doc, null, id);
    if (!el) return null;
    for (const thread of adapter.readThreads(adapter.readingScope([el]), { maxPosts: MAX_POSTS })) {
      const post = thread.posts.find((p) => p.id === id);
      if (post) return post;
    }
  } catch {
    // the readers never throw, but a page is a hostile place
  }
  return null;
}
