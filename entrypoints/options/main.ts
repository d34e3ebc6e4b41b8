/**
 * Options page wiring: the datasets (store, the choice in storage.local, controller, renderer) and the
 * sites checked automatically (their list in storage.local, the browser's host permissions, controller,
 * renderer, in a section of their own after the datasets).
 */
import { browser } from 'wxt/browser';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createDatasetSettings, onDatasetSettingsChanged } from '../../src/platform/dataset-settings';
import { importInWorker, prepareMeaningInWorker } from '../../src/imports/import-in-worker';
import { createMeaningLocks } from '../../src/imports/meaning-locks';
import { DEFER_MEANING_ABOVE } from '../../src/imports/meaning-later';
import { SHIPPED_FILES } from '../../src/assets/shipped-assets';
import { readPackagedBlob } from '../../src/platform/packaged-files';
import { createPendingImports } from '../../src/imports/pending-imports';
import { openDatasetStore, type DatasetStore } from '../../src/platform/dataset-store';
import { exposeImportPhases } from '../../src/platform/phase-timings';
import { timePhaseAsync } from '../../src/match/phase-clock';
import { readUiMessages } from '../../src/platform/ui-catalog';
import { createSiteList, onSiteAccessChanged, sitePermissions } from '../../src/platform/site-access';
import { h } from '../../src/ui/dom';
import { downloadText } from '../../src/ui/download';
import { createOptionsController } from '../../src/ui/options-controller';
import { renderOptions, type OptionsActions } from '../../src/ui/render-options';
import { renderSites, type SitesActions } from '../../src/ui/render-sites';
import { createSitesController } from '../../src/ui/sites-controller';
import '../../src/ui/options.css';
import { applyDocumentLanguage, useBrowserMessages } from '../../src/platform/browser-messages';

// First: every string the page shows comes from the reader's language catalog.
useBrowserMessages();
applyDocumentLanguage();

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
const app = root;

const sitesSection = h('section', { class: 'panel', id: 'auto-check', 'aria-labelledby': 'sites-heading' });
const sites = createSitesController({
  list: createSiteList(browser.storage.local),
  permissions: sitePermissions,
  render: (view) => renderSites(sitesSection, view, sitesActions),
});
const sitesActions: SitesActions = {
  onAdd: (text) => void sites.add(text),
  onGrantAgain: (key) => void sites.grantAgain(key),
  onRemove: (key) => void sites.remove(key),
};

let store: Promise<DatasetStore> | null = null;
/** Read once per page: several files dropped at once would otherwise read the 3 MB table each. */
let wordVectors: Promise<Blob> | null = null;
const readWordVectors = () => {
  wordVectors ??= readPackagedBlob(SHIPPED_FILES.wordVectors);
  // A failed read is tried again by the next import; the worker imports without vectors meanwhile.
  wordVectors.catch(() => {
    wordVectors = null;
  });
  return wordVectors;
};
/**
 * Packing by meaning in a second worker beside the import's own (src/imports/meaning-helper.ts) needs a
 * core of its own, and the page and the rest of the browser another: on a busy two-core machine the two
 * workers slowed each other and this page's tasks (docs/scale.md), so only with more cores than two.
 */
const PACK_MEANING_ASIDE = navigator.hardwareConcurrency > 2;
// The e2e build keeps each import's phases for `npm run bench:import`; Vite drops this branch from production.
const e2e = (import.meta.env as { MODE?: string }).MODE === 'e2e';
const importPhases = e2e ? exposeImportPhases() : undefined;
/**
 * Above this many claims a dataset is listed before its part by meaning is packed. The e2e build takes a
 * lower one from the page's address (`options.html?deferMeaningAbove=2`), so a test sees both stages on a
 * small file; production ignores the address.
 */
const asked = e2e
  ? Number.parseInt(new URLSearchParams(location.search).get('deferMeaningAbove') ?? '', 10)
  : Number.NaN;
const deferMeaningAbove = Number.isFinite(asked) ? asked : DEFER_MEANING_ABOVE;
const controller = createOptionsController({
  builtIn: defaultDataset,
  store: () => (store ??= openDatasetStore()),
  settings: createDatasetSettings(browser.storage.local),
  // A DOM File: the worker reads it, so the page's main thread never holds or parses its text.
  // The word vectors go with it, so that the claims' vectors by meaning are packed at import.
  // A large dataset is listed once it can be searched by words; its part by meaning follows (`later`).
  importFile: async (file, format, step, later) =>
    importInWorker(
      file as File,
      format,
      defaultDataset.id,
      step,
      await readUiMessages(),
      readWordVectors,
      importPhases,
      PACK_MEANING_ASIDE,
      { above: deferMeaningAbove, done: later },
    ),
  prepareMeaning: async (id) => prepareMeaningInWorker(id, await readUiMessages(), readWordVectors),
  meaningLocks: createMeaningLocks(navigator.locks),
  pending: createPendingImports(
    browser.storage.local,
    navigator.locks,
    () => new Date().toISOString(),
    () => crypto.randomUUID(),
  ),
  render: (view) => {
    renderOptions(app, view, actions);
    // The datasets' first render builds the page; the sites' section goes after it, once.
    if (!sitesSection.isConnected) app.append(sitesSection);
  },
  download: downloadText,
});
const actions: OptionsActions = {
  onImport: (files, format) =>
    void timePhaseAsync(importPhases, 'page:import', () => controller.importFiles(files, format)),
  onToggle: (id, enabled) => void controller.setEnabled(id, enabled),
  onDelete: (id) => void controller.remove(id),
  onExport: (id, format) => void controller.exportDataset(id, format),
};

// A file dropped beside the drop zone would otherwise replace this page with the file.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());
// Another options tab (or a later import) changed the choice: show it.
onDatasetSettingsChanged(() => void controller.refresh());
// Then a dataset left without its part by meaning (its page closed before it was stored) gets it.
void controller
  .refresh()
  .then(() => controller.reportInterrupted())
  .then(() => controller.resumeMeaning());
// Another options tab changed the list, or the reader granted or revoked access in the browser's settings.
onSiteAccessChanged(() => void sites.refresh());
void sites.refresh();
