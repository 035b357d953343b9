/** State of Soothe's in-page UI (one store per tab). */
import { create } from 'zustand';
import type { ComposerView } from './composer-registry';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface UiState {
  composers: ComposerView[];
  openKey: string | null;
  notice: Notice | null;
  setComposers(views: ComposerView[]): void;
  open(key: string): void;
  close(): void;
  notify(notice: Notice | null): void;
}

export const createUiStore = () =>
  create<UiState>((set) => ({
    composers: [],
    openKey: null,
    notice: null,
    setComposers: (composers) =>
      set((s) => ({
        composers,
        // A composer that left the page closes its panel.
        openKey: composers.some((c) => c.key === s.openKey) ? s.openKey : null,
      })),
    open: (openKey) => set({ openKey, notice: null }),
    close: () => set({ openKey: null }),
    notify: (notice) => set({ notice }),
  }));

export type UiStore = ReturnType<typeof createUiStore>;
