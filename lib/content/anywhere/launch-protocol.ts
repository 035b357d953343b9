/** What the background leaves in the page's isolated world before injecting "Reply with Soothe". */
export const ANYWHERE_REQUEST = '__sootheAnywhereRequest';
/** The built script (WXT names runtime content scripts content-scripts/<entrypoint>.js). */
export const ANYWHERE_SCRIPT = '/content-scripts/anywhere.js';

export interface AnywhereRequest {
  /** The context menu's copy of the selection (the page's own selection is read first). */
  text: string | null;
}
