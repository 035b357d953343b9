/** The options page's live view of the stored library and profile (updated when any context writes them). */
import { useEffect, useState } from 'react';
import { loadLibraryState, watchLibraryState } from '@/lib/library/store/store';
import type { LibraryState } from '@/lib/library/store/store-state';
import { loadProfile, watchProfile, type Profile } from '@/lib/settings/profile';

/**
 * A stored value, kept live: loaded once, then replaced on every change. A change seen before the
 * first load finishes wins over that (older) load.
 */
function useStoredValue<T>(load: () => Promise<T>, watch: (onChange: (value: T) => void) => () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    const stop = watch((v) => live && setValue(v));
    load().then((v) => live && setValue((current) => current ?? v));
    return () => {
      live = false;
      stop();
    };
  }, []); // the store's load/watch are module-level functions: subscribe once
  return value;
}

export function useLibraryState(): LibraryState | null {
  return useStoredValue(() => loadLibraryState(), watchLibraryState);
}

export function useProfile(): Profile | null {
  return useStoredValue(loadProfile, watchProfile);
}

/** A value that follows `value` after it has stopped changing for `ms` (the rule check runs on this). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
