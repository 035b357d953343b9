/** State of Soothe's in-page UI (one store per tab). */
import { create } from 'zustand';
import type { ComposerView } from './composer-registry';
import type { SiteTheme } from './site-theme';
import type { DraftState } from '../../rules/checklist';
import type { Notice, SentState } from '../case/contract';

export type { Notice, SentState };

export interface UiState {
  composers: ComposerView[];
  /** The site's own theme, when it could be read (else the system's is followed). */
  theme: SiteTheme | null;
  setTheme(theme: SiteTheme | null): void;
  openKey: string | null;
  notice: Notice | null;
  setComposers(views: ComposerView[]): void;
  open(key: string): void;
  close(): void;
  notify(notice: Notice | null): void;
  /** The last logged send, and every post answered on this page since it loaded. */
  sent: SentState | null;
  answeredIds: string[];
  markSent(sent: SentState): void;
  /** The live check of each composer's draft (the Soothe button's ✗N and the note beside the box). */
  drafts: Record<string, DraftState>;
  setDraft(key: string, state: DraftState | null): void;
}

function sameBox(a: ComposerView['box'], b: ComposerView['box']): boolean {
  return a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);
}

function sameViews(a: ComposerView[], b: ComposerView[]): boolean {
  return a.length === b.length && a.every((v, i) => v.key === b[i]!.key && sameBox(v.box, b[i]!.box) && sameBox(v.area, b[i]!.area) && sameBox(v.post, b[i]!.post));
}

export const createUiStore = () =>
  create<UiState>((set) => ({
    composers: [],
    theme: null,
    setTheme: (theme) => set((s) => (s.theme === theme ? s : { theme })),
    openKey: null,
    notice: null,
    setComposers: (composers) =>
      set((s) =>
        // Pages change all the time; re-render only when a composer came, went or moved.
        sameViews(s.composers, composers)
          ? s
          : {
              composers,
              // A composer that left the page closes its panel.
              openKey: composers.some((c) => c.key === s.openKey) ? s.openKey : null,
            },
      ),
    open: (openKey) => set((s) => ({ openKey, notice: null, sent: s.sent?.composerKey === openKey ? s.sent : null })),
    close: () => set({ openKey: null }),
    notify: (notice) => set({ notice }),
    sent: null,
    answeredIds: [],
    drafts: {},
    setDraft: (key, state) =>
      set((s) => {
        const was = s.drafts[key];
        if (!state) return was ? { drafts: Object.fromEntries(Object.entries(s.drafts).filter(([k]) => k !== key)) } : s;
        if (was && was.failing === state.failing && was.alerts.join() === state.alerts.join()) return s; // nothing to redraw
        return { drafts: { ...s.drafts, [key]: state } };
      }),
    markSent: (sent) =>
      set((s) => ({ sent, notice: null, answeredIds: sent.postId && !s.answeredIds.includes(sent.postId) ? [...s.answeredIds, sent.postId] : s.answeredIds })),
  }));

export type UiStore = ReturnType<typeof createUiStore>;
