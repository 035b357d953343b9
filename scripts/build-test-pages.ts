/**
 * Bundle the editor test pages' scripts (real draft-js and lexical from npm) into
 * .output/test-pages/. draft-js needs React 18, so these bundles alias react → react-18.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { PROJECT_ROOT } from './support/shared-data';

export const TEST_PAGES_OUT = join(PROJECT_ROOT, '.output', 'test-pages');

export async function buildTestPages(): Promise<void> {
  await build({
    entryPoints: {
      'draft-composer': join(PROJECT_ROOT, 'tests/pages/editors/draft-composer.tsx'),
      'lexical-composer': join(PROJECT_ROOT, 'tests/pages/editors/lexical-composer.ts'),
      'insert-harness': join(PROJECT_ROOT, 'tests/pages/editors/insert-harness.ts'),
    },
    outdir: TEST_PAGES_OUT,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    charset: 'utf8',
    alias: { react: 'react-18', 'react-dom': 'react-dom-18' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'warning',
  });
}

if (import.meta.url.endsWith(process.argv[1]?.replace(/\\/g, '/') ?? '')) {
  await buildTestPages();
  console.log(`editor test pages built in ${TEST_PAGES_OUT}`);
}
