/**
 * The draft's state where the eyes are: the reply box the manager writes in is checked after
 * each pause in typing even with the panel closed, so the Soothe button can carry "✗2" and a
 * serious finding (blame, personal data asked in public) shows beside the box before the site's
 * Reply is pressed. Only the box last focused (or typed in) is followed.
 */
import { draftState } from '../../rules/checklist';
import type { CaseSession } from '../case/contract';
import type { ComposerRegistry } from './composer-registry';
import type { UiStore } from './ui-store';

export function followDrafts(registry: ComposerRegistry, sessionFor: (key: string) => CaseSession | null, store: UiStore): () => void {
  let current: { key: string; stop: () => void } | null = null;
  const follow = (e: Event) => {
    const target = e.target instanceof Node ? e.target : null;
    if (!target) return;
    try {
      const entry = registry.entries().find(({ composer }) => composer.editor === target || composer.editor.contains(target));
      if (!entry || entry.key === current?.key) return;
      const session = sessionFor(entry.key);
      if (!session) return;
      current?.stop();
      const key = entry.key;
      current = { key, stop: session.watchDraft((report) => store.getState().setDraft(key, draftState(report))) };
    } catch (err) {
      console.debug('[Soothe] draft follow', err); // never throw into the page
    }
  };
  // Focus starts following a box; typing does too, for a box focused before Soothe had found it
  // (the page registers composers in batches, so a quick click can come first).
  document.addEventListener('focusin', follow, true);
  document.addEventListener('input', follow, true);
  return () => {
    document.removeEventListener('focusin', follow, true);
    document.removeEventListener('input', follow, true);
    current?.stop();
  };
}
