/**
 * How Facebook nests a thread, structurally (never from translated labels): posts and comments are
 * role="article"; a comment's replies sit in an area that is a sibling of the comment's article.
 * Shared by the thread reader and the composer finder, so both agree on who answers whom.
 */
import { FB } from './selectors';

export const isArticle = (el: Element): boolean => el.getAttribute('role') === 'article';

/**
 * The comment this one replies to. A comment's article and its replies area are siblings, so
 * climbing from a reply, the parent is an article just before one of its ancestors. Only a few
 * siblings back are looked at: a long list of top-level comments must not cost O(n) per comment.
 */
export function parentComment(el: Element, stop: Element): Element | null {
  for (let below: Element = el, anc = el.parentElement; anc && anc !== stop; below = anc, anc = anc.parentElement) {
    let sib = below.previousElementSibling;
    for (let steps = 0; sib && steps < 3; steps++, sib = sib.previousElementSibling) {
      if (isArticle(sib)) return sib;
    }
  }
  return null;
}


/** The first match inside `article` that belongs to it, not to a comment nested in it. */
export function ownMatch(article: Element | null, selector: string): Element | null {
  if (!article) return null;
  for (const el of article.querySelectorAll(selector)) if (el.closest(FB.article) === article) return el;
  return null;
}
