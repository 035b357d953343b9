/**
 * Notice that a reply was really sent: the user asked the site to send (its button or key), and
 * the site then took the text out of the composer (cleared it, or closed the modal). A failed send
 * leaves the draft in place and is not reported. Each send is reported once.
 */
import { editorText, normalise } from '../../insert/insert-text';
import type { Composer, SiteAdapter } from '../../sites/types';
import { onAbort } from '../page-life';
import type { ComposerRegistry } from './composer-registry';

export interface SentReply {
  composerKey: string;
  /** The composer as it was when sending began (a modal one is gone by now). */
  composer: Composer;
  postId: string | null;
  /** Id of the published reply, when the page shows it. */
  replyId: string | null;
  text: string;
}

interface Pending {
  key: string;
  composer: Composer;
  text: string;
  deadline: number;
}

const CHECK_EVERY_MS = 250;
const GIVE_UP_AFTER_MS = 20_000;

/** Watches until `signal` aborts (the page life ends). */
export function watchSends(
  signal: AbortSignal,
  adapter: SiteAdapter,
  registry: ComposerRegistry,
  onSent: (sent: SentReply) => void,
): void {
  const pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const check = () => {
    const now = Date.now();
    for (const [key, p] of pending) {
      const still = p.composer.editor.isConnected ? normalise(editorText(p.composer.editor)) : '';
      if (still.includes(p.text)) {
        if (now > p.deadline) pending.delete(key); // never went out: a failed or abandoned send
        continue;
      }
      pending.delete(key);
      let replyId: string | null = null;
      try {
        replyId = adapter.findPublishedReply(document, p.text);
      } catch {
        /* the id is a bonus; the send itself is known */
      }
      onSent({ composerKey: key, composer: p.composer, postId: p.composer.postId, replyId, text: p.text });
    }
    if (pending.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };

  // Capture phase: sites stop propagation of their own shortcuts. Only cheap checks here.
  const onGesture = (event: Event) => {
    try {
      for (const { key, composer } of registry.entries()) {
        if (!adapter.isSendGesture(event, composer)) continue;
        const text = normalise(editorText(composer.editor));
        if (!text || pending.has(key)) return;
        pending.set(key, { key, composer, text, deadline: Date.now() + GIVE_UP_AFTER_MS });
        timer ??= setInterval(check, CHECK_EVERY_MS);
        return;
      }
    } catch (err) {
      console.debug('[Soothe] send detection failed', err); // never throw into the page
    }
  };

  document.addEventListener('click', onGesture, { capture: true, signal });
  document.addEventListener('keydown', onGesture, { capture: true, signal });
  onAbort(signal, () => {
    if (timer !== null) clearInterval(timer);
    pending.clear();
  });
}
