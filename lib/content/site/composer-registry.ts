/**
 * Keeps track of the reply composers on the page, as seen through a site adapter.
 * Editors are live DOM nodes, so they stay here; the UI store only holds plain keys and boxes.
 */
import type { Composer, SiteAdapter } from '../../sites/types';

export interface ComposerView {
  key: string;
  postId: string | null;
  /** Viewport box of the editor, for placing the Soothe button beside it. */
  box: Box | null;
  /** The editor and the site's submit button together: what the panel must not cover. */
  area: Box | null;
  /** Viewport box of the post being answered, when the page shows it: the panel must not cover it either. */
  post: Box | null;
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

function union(a: DOMRect, b: DOMRect | null): Box {
  if (!b || b.width === 0) return { top: a.top, left: a.left, width: a.width, height: a.height };
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.right, b.right) - left, height: Math.max(a.bottom, b.bottom) - top };
}

export class ComposerRegistry {
  private keys = new WeakMap<HTMLElement, string>();
  private live = new Map<string, Composer>();
  private next = 1;

  constructor(private adapter: SiteAdapter) {}

  /** Re-read the page. Never throws: a broken selector leaves the list shorter, not the page broken. */
  scan(root: ParentNode): void {
    let found: Composer[] = [];
    try {
      found = this.adapter.findComposers(root);
    } catch (err) {
      console.debug('[Soothe] composer scan failed', err);
    }
    const seen = new Map<string, Composer>();
    for (const composer of found) {
      let key = this.keys.get(composer.editor);
      if (!key) {
        key = `c${this.next++}`;
        this.keys.set(composer.editor, key);
      }
      seen.set(key, composer);
    }
    this.live = seen;
  }

  /** The composers on the page now, with their keys. */
  entries(): Array<{ key: string; composer: Composer }> {
    return [...this.live].map(([key, composer]) => ({ key, composer }));
  }

  get(key: string): Composer | undefined {
    const c = this.live.get(key);
    return c?.editor.isConnected ? c : undefined;
  }

  /** Layout reads happen here, once per frame at most, never inside a mutation callback. */
  views(): ComposerView[] {
    return [...this.live].map(([key, c]) => {
      const r = c.editor.isConnected ? c.editor.getBoundingClientRect() : null;
      // A composer scrolled out of view gets no button (a fixed-position button would float off-screen).
      const visible = r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      const submit = visible && c.submitButton?.isConnected ? c.submitButton.getBoundingClientRect() : null;
      const post = visible && c.answered?.isConnected ? c.answered.getBoundingClientRect() : null;
      return {
        key,
        postId: c.postId,
        box: visible ? { top: r.top, left: r.left, width: r.width, height: r.height } : null,
        area: visible ? union(r, submit) : null,
        post: post && post.width > 0 && post.height > 0 ? { top: post.top, left: post.left, width: post.width, height: post.height } : null,
      };
    });
  }
}
