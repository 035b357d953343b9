/**
 * The Soothe button in the keyboard's Tab order, right after its reply box: Tab from the box
 * lands on the button, Tab from the button goes on to what the site has next (its toolbar, its
 * Reply button), Shift+Tab goes back into the box. The UI lives in a shadow root at the end of
 * <body>, so without this the button would come after everything else on the page.
 */
import type { ComposerRegistry } from './composer-registry';

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

function tabbable(el: HTMLElement): boolean {
  if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** Focus the first tabbable element after `editor` in the page (outside the editor). */
export function focusAfter(editor: HTMLElement): boolean {
  for (const el of document.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (editor.contains(el) || !(editor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (!tabbable(el)) continue;
    el.focus();
    return true;
  }
  return false;
}

/** Tab (no modifiers) in a reply box focuses its Soothe button, when `focusButton` finds one. */
export function tabIntoButton(registry: ComposerRegistry, focusButton: (key: string) => boolean): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
    const target = e.target instanceof Node ? e.target : null;
    if (!target) return;
    try {
      const entry = registry.entries().find(({ composer }) => composer.editor === target || composer.editor.contains(target));
      if (entry && focusButton(entry.key)) e.preventDefault();
    } catch (err) {
      console.debug('[Soothe] tab order', err); // never throw into the page
    }
  };
  document.addEventListener('keydown', onKeyDown, true);
  return () => document.removeEventListener('keydown', onKeyDown, true);
}
