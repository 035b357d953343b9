/** Loading pages of the shared corpus (read in place from ../shared/corpus) as jsdom documents, scripts not run. */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { sharedPath } from '../../../scripts/support/shared-data';

export function corpusHtml(...parts: string[]): string {
  return readFileSync(sharedPath('corpus', ...parts), 'utf8');
}

/** A page as a Document; jsdom's CSS warnings about the saved stylesheets are silenced. */
export function loadHtml(html: string, url?: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) }).window.document;
}

export function loadCorpus(...parts: string[]): Document {
  return loadHtml(corpusHtml(...parts));
}

/** Consecutive timeline cells saved as separate snippets, put back together in one page. */
export function loadSnippets(names: string[]): Document {
  const body = names.map((n) => corpusHtml('x', 'timeline-cells-2023', 'snippets', n)).join('\n');
  return loadHtml(`<!doctype html><html><body><div aria-label="Timeline">${body}</div></body></html>`);
}
