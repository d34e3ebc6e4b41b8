import { defineConfig } from 'wxt';

/**
 * One manifest for every build. `--mode e2e` (npm run build:e2e) adds host access to 127.0.0.1 only,
 * because Playwright cannot click the toolbar button that grants activeTab; production never has it.
 * `browser_specific_settings` is Firefox's key: Chrome warns about unknown keys, so only Firefox gets it.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: 'Provenance',
    description:
      'Shows, sentence by sentence, which sources corroborate or contradict the news article you are reading. Runs on your device.',
    // unlimitedStorage: imported datasets live in IndexedDB (src/platform/dataset-store.ts); CheckThat's
    // 14,231 claims alone are ~6 MB, and an import must not fail on the default quota.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // The side panel's shortcut. Firefox opens its sidebar itself (`_execute_sidebar_action`); Chrome has
    // no built-in for side panels, so the background opens it on a named command (src/platform/side-panel.ts).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Compare the article with its sources side by side' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Compare the article with its sources side by side' } },
    // The toolbar tooltip comes from the popup's <meta name="manifest.title"> (WXT reads it from there).
    action: {},
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'provenance@provenance.dev',
              strict_min_version: '128.0',
              // Nothing leaves the device: the analysis runs locally over the embedded dataset.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
