/** The options page's live view of the stored library and profile (updated when any context writes them). */
import { useEffect, useState } from 'react';
import { loadLibraryState, watchLibraryState } from '@/lib/library/store';
import type { LibraryState } from '@/lib/library/store-state';
import { loadProfile, watchProfile, type Profile } from '@/lib/settings/profile';

export function useLibraryState(): LibraryState | null {
  const [state, setState] = useState<LibraryState | null>(null);
  useEffect(() => {
    let live = true;
    const stop = watchLibraryState((s) => live && setState(s));
    loadLibraryState().then((s) => live && setState((current) => current ?? s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

export function useProfile(): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    let live = true;
    const stop = watchProfile((p) => live && setProfile(p));
    loadProfile().then((p) => live && setProfile((current) => current ?? p));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return profile;
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
