/**
 * One way of putting text into an editor. Strategies are tried in order (lib/insert/insert-text.ts);
 * each gets exactly one attempt and the result is verified against the editor's text before the
 * next one is tried, so the text is written once.
 */
export interface InsertStrategy {
  name: string;
  /** Whether this strategy can work on this element at all. */
  applies(editor: HTMLElement): boolean;
  /** Fire the events the editor listens to. The caret is already where the text should go. */
  run(editor: HTMLElement, text: string): void;
}
