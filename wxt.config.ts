import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Soothe',
    description:
      'Answer customer complaints on Facebook and X: triage, rule-checked reply suggestions and your own response-time stats. Runs locally.',
    // Least privilege: `storage` for settings. Content scripts carry their own host matches
    // (lib/sites/matches.ts); there is no <all_urls> and no standing host permission.
    // `notifications`: follow-up reminders a few days after a case is resolved (reply rule 6).
    // `contextMenus`, `activeTab`, `scripting`: "Reply with Soothe" on any other page. The menu item on
    // selected text and its shortcut grant `activeTab` for that one tab; `scripting` injects the panel then.
    // `unlimitedStorage`: the library (installed packs, their previous versions for roll-back, pending
    // updates) lives in storage.local, which every context can read and watch; without it a few large
    // team packs hit storage.local's 10 MB limit and a sync write is refused (README, permissions).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'],
    // Team packs: access to one pack host is asked for when the user subscribes to it (the options
    // page), and only if that host does not already allow cross-origin reads. `alarms` schedules the checks.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    commands: {
      'open-soothe': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open Soothe for the reply box you are in',
      },
      'reply-with-soothe': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Reply with Soothe to the text selected on any page',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'soothe@soothe.app',
        strict_min_version: '128.0',
        // Firefox's built-in consent: Soothe sends nothing anywhere (no telemetry; the log stays in
        // the browser). Firefox 140+ shows it at install; older versions ignore the key.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The content scripts run inside X's and Facebook's pages, where start-up time is the host's
    // time: they get Preact's React-compatible runtime (~4 KB) instead of react-dom (~130 KB).
    // Same components, same hooks; the popup and options pages keep React itself.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        ...(Array.isArray(config.resolve.alias) ? config.resolve.alias : Object.entries(config.resolve.alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))),
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ];
    },
  },
  vite: () => ({
    // Vite 8's minifier emits a raw U+FFFF from Dexie; Chrome then refuses to load the extension
    // ("isn't UTF-8 encoded"). ASCII output escapes it (../shared/TOOLCHAIN.md, pitfall 1).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
