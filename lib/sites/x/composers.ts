/** Finding X's reply composers and the post each one answers. */
import type { Composer } from '../types';
import { readPostId } from './parse-thread';
import { STATUS_PATH, X } from './selectors';

function statusIdFrom(href: string | null | undefined): string | null {
  return href?.match(STATUS_PATH)?.[1] ?? null;
}

/** The nearest ancestor that holds both the composer and its Reply button. */
function findSubmit(editor: Element): HTMLElement | null {
  for (let el: Element | null = editor.parentElement; el; el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(`${X.submitInline}, ${X.submitModal}`);
    if (button) return button;
  }
  return null;
}

/**
 * The post being answered. In the reply modal it is the tweet shown in the dialog; on a status
 * page it is the focal tweet (the one whose own link matches the address), else the last tweet
 * above the composer.
 */
function findAnsweredTweet(editor: Element, doc: Document): Element | null {
  const dialog = editor.closest(X.dialog);
  const scope: ParentNode = dialog ?? doc;
  const tweets = [...scope.querySelectorAll(X.tweet)];
  const pageId = statusIdFrom(doc.location?.pathname);
  if (!dialog && pageId) {
    const focal = tweets.find((t) =>
      [...t.querySelectorAll<HTMLAnchorElement>(X.statusLink)].some(
        (a) => statusIdFrom(a.getAttribute('href')) === pageId,
      ),
    );
    if (focal) return focal;
  }
  const above = tweets.filter(
    (t) => t.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return above.at(-1) ?? null;
}

export function findXComposers(root: ParentNode): Composer[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return [...root.querySelectorAll<HTMLElement>(X.composer)].map((editor) => {
    const tweet = findAnsweredTweet(editor, doc);
    const pageId = statusIdFrom(doc.location?.pathname);
    return {
      editor,
      // The id the thread reader gives that post (a quoted post's links are not its own).
      postId: (tweet && readPostId(tweet)) ?? pageId,
      submitButton: findSubmit(editor),
      answered: tweet,
    };
  });
}
