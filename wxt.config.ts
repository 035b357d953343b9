import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Soothe',
    description:
      'Answer customer complaints on Facebook and X: triage, rule-checked reply suggestions and your own response-time stats. Runs locally.',
    // Least privilege: `storage` for settings. Content scripts carry their own host matches
    // (lib/sites/matches.ts); there is no <all_urls> and no standing host permission.
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: { id: 'soothe@soothe.app', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    // Vite 8's minifier emits a raw U+FFFF from Dexie; Chrome then refuses to load the extension
    // ("isn't UTF-8 encoded"). ASCII output escapes it (../shared/TOOLCHAIN.md, pitfall 1).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
