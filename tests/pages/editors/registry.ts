/**
 * Test pages expose each editor's own state (not its DOM) so tests can assert what the editor
 * really holds: `window.__testEditors.text(i)`.
 */
type Reader = () => string;

declare global {
  interface Window {
    __testEditors?: {
      readers: Map<Element, Reader>;
      text(index?: number): string;
      /** The state of the editor mounted in the host that contains `selector`'s element. */
      textOf(selector: string): string;
      count(): number;
    };
  }
}

export function registerTestEditor(host: Element, read: Reader): void {
  if (!window.__testEditors) {
    const readers = new Map<Element, Reader>();
    window.__testEditors = {
      readers,
      text: (index = 0) => [...readers.values()][index]?.() ?? '',
      textOf: (selector) => {
        const el = document.querySelector(selector);
        for (const [host, read] of readers) if (el && host.contains(el)) return read();
        return '';
      },
      count: () => readers.size,
    };
  }
  window.__testEditors.readers.set(host, read);
}
