/**
 * Unsaved edits on the options page: each form reports whether it holds edits not yet saved, under
 * its tab's name; the page marks that tab and asks before the page is left (beforeunload). Outside
 * the options page (e.g. a welcome page reusing the same forms) the default does nothing.
 */
import { createContext, useContext, useEffect } from 'react';

export type ReportUnsaved = (key: string, dirty: boolean) => void;

export const UnsavedContext = createContext<ReportUnsaved>(() => undefined);

export function useUnsaved(key: string, dirty: boolean): void {
  const report = useContext(UnsavedContext);
  useEffect(() => report(key, dirty), [report, key, dirty]);
  // A form that goes away (saved and closed, cancelled) holds nothing any more.
  useEffect(() => () => report(key, false), [report, key]);
}

/** While `on`, leaving or reloading the page asks first (the browser shows its own wording). */
export function useLeaveWarning(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ''; // older Chromium needs this set to show the prompt
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [on]);
}
