/** Finding Facebook's comment and reply boxes and what each one answers. */
import type { Composer } from '../types';
import { COMMENT_ID, FB, POST_ID } from './selectors';

function decode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

function postIdIn(scope: ParentNode | null, doc: Document): string | null {
  const href = scope?.querySelector(FB.postLink)?.getAttribute('href') ?? doc.location?.href ?? '';
  const m = href.match(POST_ID);
  const id = m?.[1] ?? m?.[2] ?? m?.[3];
  return id ? decode(id) : null;
}

/**
 * A reply box nested under a comment answers that comment; the main comment box answers the post.
 * Nesting is structural (closest article), never read from translated labels.
 */
function answeredArticle(editor: Element, doc: Document): Element | null {
  const own = editor.closest(FB.article);
  if (own) return own;
  const articles = [...doc.querySelectorAll(FB.article)].filter(
    (a) => a.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  // The post article is the first one; its comments follow it.
  return articles[0] ?? null;
}

function findSubmit(editor: Element): HTMLElement | null {
  const form = editor.closest(FB.form);
  const buttons = form ? [...form.querySelectorAll<HTMLElement>('[role="button"], button[type="submit"]')] : [];
  // The submit control follows the editor in the form.
  return buttons.find((b) => editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
}

export function findFacebookComposers(root: ParentNode): Composer[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return [...root.querySelectorAll<HTMLElement>(FB.composer)].map((editor) => {
    const article = answeredArticle(editor, doc);
    const commentHref = article?.querySelector(FB.commentLink)?.getAttribute('href');
    const commentId = commentHref?.match(COMMENT_ID)?.[1];
    const message = article?.querySelector<HTMLElement>(FB.postMessage) ?? null;
    const textEl = message ?? article?.querySelector<HTMLElement>('[dir="auto"]') ?? null;
    return {
      editor,
      postId: commentId ? decode(commentId) : postIdIn(article, doc),
      // Facebook shows relative times only; the thread parser turns them into absolute ones.
      postedAt: null,
      postUrl: commentHref ? new URL(commentHref, doc.location?.href ?? 'https://www.facebook.com/').href : doc.location?.href ?? null,
      postText: textEl?.innerText ?? textEl?.textContent ?? null,
      postLang: textEl?.getAttribute('lang') ?? null,
      submitButton: findSubmit(editor),
    };
  });
}
