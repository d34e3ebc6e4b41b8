import { defineConfig } from 'wxt';

/**
 * One manifest for every build. `--mode e2e` (npm run build:e2e) adds host access to 127.0.0.1 only,
 * because Playwright cannot click the toolbar button that grants activeTab; production never has it.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ mode }) => ({
    name: 'Provenance',
    description:
      'Shows, sentence by sentence, which sources corroborate or contradict the news article you are reading. Runs on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Check this article with Provenance' },
    browser_specific_settings: {
      gecko: { id: 'provenance@provenance.dev', strict_min_version: '128.0' },
    },
  }),
});
