// The few draft-js APIs the X test composer uses (draft-js ships no types; @types/draft-js pins an old React).
declare module 'draft-js' {
  import type { ComponentType, KeyboardEvent } from 'react';
  export interface ContentState {
    hasText(): boolean;
    getPlainText(delimiter?: string): string;
  }
  export class EditorState {
    static createEmpty(): EditorState;
    getCurrentContent(): ContentState;
  }
  export function getDefaultKeyBinding(e: KeyboardEvent): string | null;
  export const Editor: ComponentType<{
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    webDriverTestID?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    keyBindingFn?(e: KeyboardEvent): string | null;
    handleKeyCommand?(command: string): 'handled' | 'not-handled';
  }>;
}
