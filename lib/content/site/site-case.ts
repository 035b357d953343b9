/**
 * The case source of a reply box on X or Facebook: the composer the adapter found (its editor,
 * submit button and the answered post's id) and the thread the adapter reads around it — the one
 * reading of the post's text, time and link. The case session (lib/content/case/)
 * does the rest.
 */
import { loadProfile } from '../../settings/profile';
import { brandHandlesFor, templateValuesFor } from '../../settings/template-values';
import type { Composer, SiteAdapter } from '../../sites/types';
import type { CaseSource } from '../case/session';
import type { Post } from '../../sites/thread';
import { readAnsweredPost, readThreadContext } from './thread-reading';

/** The post's own time (epoch ms), when the thread reader gave one: the response clock starts here. */
function postedAtOf(post: Post | null): { postedAt?: number } {
  const t = post?.timestamp ? Date.parse(post.timestamp) : NaN;
  return Number.isFinite(t) ? { postedAt: t } : {};
}

export function siteCaseSource(adapter: SiteAdapter, composer: Composer, live: () => Composer | undefined): CaseSource {
  return {
    platform: adapter.platform,
    ref: () => {
      const post = readAnsweredPost(document, adapter, composer);
      return { platform: adapter.platform, postId: composer.postId, context: { url: post?.permalink ?? location.href, ...postedAtOf(post) } };
    },
    async read() {
      const thread = readThreadContext(document, adapter, live() ?? composer, brandHandlesFor(await loadProfile(), adapter));
      return {
        forTriage: thread.forTriage,
        thread: thread.posts.map((p) => ({ id: p.id, author: p.author.displayName ?? p.author.handle, text: p.text, permalink: p.permalink, isBrandPost: p.isBrandPost })),
        focus: {
          id: thread.focusId,
          text: thread.focus?.text ?? null,
          author: thread.focus?.author.displayName ?? thread.focus?.author.handle ?? null,
          postedAt: postedAtOf(thread.focus).postedAt ?? null,
          url: thread.focus?.permalink ?? location.href,
        },
        postId: composer.postId ?? thread.focus?.id ?? null,
      };
    },
    editor: () => live()?.editor ?? null,
    noEditor: 'composer-gone',
    submitButton: () => live()?.submitButton ?? null,
    revealPost: (permalink, id) => adapter.findPost(document, permalink, id)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    values: async () => templateValuesFor(await loadProfile(), adapter),
  };
}
