/**
 * Walking a subtree without selector engines. `el.querySelectorAll` is native and fast in a
 * browser, but jsdom's engine may scan the whole document for a scoped query, which makes a
 * per-comment query O(page) and a 5,000-comment thread quadratic. These walkers visit only the
 * subtree, and can leave out nested subtrees (other posts' articles) entirely.
 */

/** Elements under `scope` (not `scope` itself), in document order; subtrees for which `prune` is true are not entered. */
export function descendants(scope: Element, prune?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = scope.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    if (prune?.(el)) continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** The first element under `scope` for which `test` holds, or null; stops as soon as found. */
export function firstDescendant(scope: Element, test: (el: Element) => boolean, prune?: (el: Element) => boolean): Element | null {
  const stack: Element[] = [];
  for (let c = scope.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (test(el)) return el;
    if (prune?.(el)) continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}
