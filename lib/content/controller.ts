/**
 * What the in-page UI can ask for: what a composer answers, and to insert a reply into it.
 * Keeps DOM and messaging out of the React components.
 */
import { caretIn, insertText } from '../insert/insert-text';
import type { Reply } from '../library/builtin-replies';
import { newEventId } from '../log/events';
import { send } from '../messaging/client';
import type { SiteAdapter } from '../sites/types';
import { detectLanguage, type Lang } from '../triage/language';
import type { ComposerRegistry } from './composer-registry';
import type { SentReply } from './send-watch';
import type { Notice } from './ui-store';

export interface ComposerContext {
  postId: string | null;
  postText: string | null;
  lang: Lang;
}

export interface Controller {
  describe(key: string): ComposerContext | null;
  insert(key: string, reply: Reply): Promise<Notice>;
  /** Log a reply the site really sent; a notice only when logging failed. */
  logSent(sent: SentReply): Promise<Notice | null>;
  /** Remember the user's caret in this composer before Soothe's UI takes focus. */
  rememberCaret(key: string): void;
  focusComposer(key: string): void;
}

export function createController(adapter: SiteAdapter, registry: ComposerRegistry): Controller {
  const carets = new Map<string, Range>();
  return {
    async logSent(sent) {
      const c = sent.composer;
      try {
        await send('log:event', {
          id: newEventId(),
          type: 'reply_sent',
          at: Date.now(),
          platform: adapter.platform,
          postId: sent.postId,
          ...(sent.replyId ? { replyId: sent.replyId } : {}),
          context: {
            url: c.postUrl ?? location.href,
            ...(c.postedAt ? { postedAt: c.postedAt } : {}),
            lang: detectLanguage(c.postText ?? '', c.postLang),
          },
        });
        return null;
      } catch (err) {
        return { kind: 'error', text: `Your reply was sent, but Soothe could not log it: ${(err as Error).message}` };
      }
    },
    rememberCaret(key) {
      const editor = registry.get(key)?.editor;
      const range = editor ? caretIn(editor) : null;
      if (range) carets.set(key, range);
      else carets.delete(key);
    },
    describe(key) {
      const c = registry.get(key);
      if (!c) return null;
      return { postId: c.postId, postText: c.postText, lang: detectLanguage(c.postText ?? '', c.postLang) };
    },
    focusComposer(key) {
      registry.get(key)?.editor.focus();
    },
    async insert(key, reply) {
      const c = registry.get(key);
      if (!c) return { kind: 'error', text: 'The reply box is gone from the page. Open it again and retry.' };
      const result = await insertText(c.editor, reply.body, { at: carets.get(key) ?? null });
      carets.delete(key);
      if (!result.ok) {
        return {
          kind: 'error',
          text: `Soothe could not put the reply into this editor (tried ${result.tried.join(', ') || 'nothing'}). Nothing was changed.`,
        };
      }
      try {
        await send('log:insertion', {
          platform: adapter.platform,
          postId: c.postId,
          templateId: reply.id,
          url: location.href,
        });
      } catch (err) {
        // The reply is in the composer; only the log failed. Say so rather than hide it.
        return { kind: 'error', text: `Reply inserted, but it could not be logged: ${(err as Error).message}` };
      }
      return { kind: 'ok', text: 'Reply inserted. Review it, then press the site\u2019s Reply button.' };
    },
  };
}
