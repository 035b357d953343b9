/** The ways a user tells a site to send a reply: its submit control, or the site's key shortcut. */
import type { Composer } from './types';

export function clickedSubmit(event: Event, composer: Composer): boolean {
  if (event.type !== 'click' || !composer.submitButton) return false;
  const target = event.target as Node | null;
  return !!target && composer.submitButton.contains(target);
}

/** X: Ctrl/⌘+Enter in the composer. Facebook: Enter without Shift. */
export function pressedSendKey(event: Event, composer: Composer, mode: 'mod+enter' | 'enter'): boolean {
  if (event.type !== 'keydown') return false;
  const e = event as KeyboardEvent;
  if (e.key !== 'Enter' || e.isComposing || !composer.editor.contains(e.target as Node)) return false;
  return mode === 'enter' ? !e.shiftKey && !e.altKey : e.ctrlKey || e.metaKey;
}

/** Text as compared after publishing: sites re-render newlines and spacing. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s\u200b]+/g, ' ').trim();
  return norm(a) === norm(b) || (norm(b).length > 40 && norm(a).startsWith(norm(b).slice(0, 40)));
}
