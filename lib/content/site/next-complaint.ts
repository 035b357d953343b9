/**
 * "Next": take the manager to the next unanswered complaint on the page. If a reply box for it is
 * already open, that is the one; otherwise the post is scrolled into view and its own Reply
 * control pressed (through the site adapter), and the reply box that opens for it is returned.
 */
import type { SiteAdapter } from '../../sites/types';
import type { ComposerRegistry } from './composer-registry';

const WAIT_FOR_BOX_MS = 2_500;

export type OpenNext = (postId: string) => Promise<string | null>;

export function createOpenNext(adapter: SiteAdapter, registry: ComposerRegistry): OpenNext {
  const boxFor = (postId: string) => {
    registry.scan(document);
    return registry.entries().find(({ composer }) => composer.postId === postId)?.key ?? null;
  };
  return async (postId) => {
    const ready = boxFor(postId);
    if (ready) return ready;
    let post: Element | null = null;
    try {
      post = [...document.querySelectorAll(adapter.postSelector)].find((el) => adapter.postIdOf(el) === postId) ?? null;
    } catch (err) {
      console.debug('[Soothe] could not find the next post', err);
    }
    if (!post) return null;
    post.scrollIntoView({ block: 'center' });
    const control = adapter.replyControlOf?.(post) ?? null;
    if (!control) return null;
    control.click();
    for (const deadline = Date.now() + WAIT_FOR_BOX_MS; Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      const key = boxFor(postId);
      if (key) return key;
    }
    return null;
  };
}
