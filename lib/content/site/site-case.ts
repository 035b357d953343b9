/**
 * The case source of a reply box on X or Facebook: the composer the adapter found (its editor and
 * submit button) and the thread the adapter reads around it. The case session (lib/content/case/)
 * does the rest.
 */
import { loadProfile } from '../../settings/profile';
import { brandHandlesFor, templateValuesFor } from '../../settings/template-values';
import type { Composer, SiteAdapter } from '../../sites/types';
import type { CaseSource } from '../case/session';
import { readThreadContext } from './thread-reading';

export function siteCaseSource(adapter: SiteAdapter, composer: Composer, live: () => Composer | undefined): CaseSource {
  return {
    platform: adapter.platform,
    ref: () => ({
      platform: adapter.platform,
      postId: composer.postId,
      context: { url: composer.postUrl ?? location.href, ...(composer.postedAt ? { postedAt: composer.postedAt } : {}) },
    }),
    async read() {
      const thread = readThreadContext(document, adapter, live() ?? composer, brandHandlesFor(await loadProfile(), adapter));
      const postedAt = thread.focus?.timestamp ? Date.parse(thread.focus.timestamp) : composer.postedAt;
      return {
        forTriage: thread.forTriage,
        thread: thread.posts.map((p) => ({ id: p.id, author: p.author.displayName ?? p.author.handle, text: p.text, permalink: p.permalink, isBrandPost: p.isBrandPost })),
        focus: {
          id: thread.focusId,
          text: thread.focus?.text ?? composer.postText ?? null,
          author: thread.focus?.author.displayName ?? thread.focus?.author.handle ?? null,
          postedAt: postedAt && Number.isFinite(postedAt) ? postedAt : null,
          url: thread.focus?.permalink ?? composer.postUrl ?? location.href,
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
