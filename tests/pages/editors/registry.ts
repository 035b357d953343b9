/**
 * Test pages expose each editor's own state (not its DOM) so tests can assert what the editor
 * really holds: `window.__testEditors.text(i)`.
 */
type Reader = () => string;

declare global {
  interface Window {
    __testEditors?: { readers: Map<Element, Reader>; text(index?: number): string; count(): number };
  }
}

export function registerTestEditor(host: Element, read: Reader): void {
  if (!window.__testEditors) {
    const readers = new Map<Element, Reader>();
    window.__testEditors = {
      readers,
      text: (index = 0) => [...readers.values()][index]?.() ?? '',
      count: () => readers.size,
    };
  }
  window.__testEditors.readers.set(host, read);
}
