/** Finding Facebook's comment and reply boxes and what each one answers. */
import type { Composer } from '../types';
import { COMMENT_ID, FB, POST_ID } from './selectors';
import { ownMatch, parentComment } from './structure';

function decode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

function postIdIn(article: Element | null, doc: Document): string | null {
  const href = ownMatch(article, FB.postLink)?.getAttribute('href') ?? doc.location?.href ?? '';
  const m = href.match(POST_ID);
  const id = m?.[1] ?? m?.[2] ?? m?.[3];
  return id ? decode(id) : null;
}

/**
 * A reply box sits in a comment's replies area and answers that comment (the same structural rule
 * the thread reader uses); the main comment box answers the post. Never read from translated labels.
 */
function answeredArticle(editor: Element, doc: Document): Element | null {
  const comment = parentComment(editor, doc.body ?? doc.documentElement);
  if (comment) return comment;
  const own = editor.closest(FB.article);
  if (own) return own;
  // The post's article comes first; its comments follow it.
  return [...doc.querySelectorAll(FB.article)].find((a) => a.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
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
    const commentHref = ownMatch(article, FB.commentLink)?.getAttribute('href');
    const commentId = commentHref?.match(COMMENT_ID)?.[1];
    const postText = ownMatch(article, FB.postMessage) ?? ownMatch(article, '[dir="auto"]');
    return {
      editor,
      postId: commentId ? decode(commentId) : postIdIn(article, doc),
      submitButton: findSubmit(editor),
      // The main comment box sits inside the post's article: then what it answers is the post's text.
      answered: article?.contains(editor) ? postText : article,
    };
  });
}
