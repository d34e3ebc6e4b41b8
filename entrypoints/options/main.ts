/** Options page wiring: the dataset store, the choice in storage.local, the controller and the renderer. */
import { browser } from 'wxt/browser';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createDatasetSettings, onDatasetSettingsChanged } from '../../src/platform/dataset-settings';
import { openDatasetStore, type DatasetStore } from '../../src/platform/dataset-store';
import { downloadText } from '../../src/ui/download';
import { createOptionsController } from '../../src/ui/options-controller';
import { renderOptions, type OptionsActions } from '../../src/ui/render-options';
import '../../src/ui/options.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
const app = root;

let store: Promise<DatasetStore> | null = null;
const controller = createOptionsController({
  builtIn: defaultDataset,
  store: () => (store ??= openDatasetStore()),
  settings: createDatasetSettings(browser.storage.local),
  now: () => new Date().toISOString(),
  render: (view) => renderOptions(app, view, actions),
  download: downloadText,
  yieldToPaint: () => new Promise((resolve) => setTimeout(resolve, 0)),
});
const actions: OptionsActions = {
  onImport: (files, format) => void controller.importFiles(files, format),
  onToggle: (id, enabled) => void controller.setEnabled(id, enabled),
  onDelete: (id) => void controller.remove(id),
  onExport: (id) => void controller.exportDataset(id),
};

// A file dropped beside the drop zone would otherwise replace this page with the file.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());
// Another options tab (or a later import) changed the choice: show it.
onDatasetSettingsChanged(() => void controller.refresh());
void controller.refresh();
