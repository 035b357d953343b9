/**
 * The library state in `browser.storage.local` (not in the background's IndexedDB: the options
 * page, the background's sync and the content scripts all read it, and storage.local has a change
 * event every context can watch).
 *
 * Writes are read-modify-write of one item, so two contexts writing at once (the options page
 * saving an edit while the background's sync applies an update) could lose one of them. Every
 * write therefore runs under a Web Lock, which is shared by all pages and the service worker of
 * the extension's origin; where Web Locks are missing (unit tests) a per-context queue stands in.
 */
import { storage } from 'wxt/utils/storage';
import type { Library } from './library';
import { effectiveLibrary, emptyLibraryState, withDefaults, type LibraryState } from './store-state';

export const LIBRARY_STORAGE_KEY = 'local:soothe.library' as const;

export const libraryItem = storage.defineItem<LibraryState>(LIBRARY_STORAGE_KEY, {
  version: 1,
  fallback: emptyLibraryState(),
  // Version 1 is the first stored shape; later shapes add a migration here.
  migrations: {},
});

const LOCK_NAME = 'soothe-library';
let localQueue: Promise<unknown> = Promise.resolve();

function withLock<R>(work: () => Promise<R>): Promise<R> {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  if (locks?.request) return locks.request(LOCK_NAME, work) as Promise<R>;
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}

/** The stored state with the shipped default packs joined in (see withDefaults). */
export async function loadLibraryState(now: number = Date.now()): Promise<LibraryState> {
  return withDefaults(await libraryItem.getValue(), now);
}

/**
 * Change the state: `change` gets the current state (defaults joined) and returns the next one, or
 * the same object for "no change" (nothing is written). Returns what was stored.
 * A write refused by the browser (storage quota) rejects with a message for the user.
 */
export async function mutateLibrary(change: (state: LibraryState, now: number) => LibraryState, now: () => number = Date.now): Promise<LibraryState> {
  return withLock(async () => {
    const current = await loadLibraryState(now());
    const next = change(current, now());
    if (next === current) return current;
    try {
      await libraryItem.setValue(next);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(`Soothe could not save your library (${detail}). If the browser's storage is full, remove a pack you no longer use.`);
    }
    return next;
  });
}

/** The effective library for suggestions: all enabled packs with the user's edits, then the user's own replies. */
export async function loadLibrary(): Promise<Library> {
  return effectiveLibrary(await loadLibraryState());
}

/**
 * Call `onChange` with the new state whenever any context writes the library (an edit in the
 * options page, a sync in the background). Returns the function that stops watching.
 */
export function watchLibraryState(onChange: (state: LibraryState) => void): () => void {
  return libraryItem.watch((value) => onChange(withDefaults(value ?? emptyLibraryState(), Date.now())));
}

/**
 * As watchLibraryState, with the effective library: what the background needs to rebuild its
 * ranker. Writes that leave the library as it was (a sync check that found nothing new, a changed
 * sync mode) do not call `onChange`.
 */
export function watchLibrary(onChange: (library: Library) => void): () => void {
  let last: string | undefined;
  return watchLibraryState((state) => {
    const library = effectiveLibrary(state);
    const json = JSON.stringify(library);
    if (json === last) return;
    last = json;
    onChange(library);
  });
}
