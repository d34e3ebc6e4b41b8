/** The dataset choice (src/claims/dataset-choice.ts) in `storage.local`, and word of its changes. */
import { browser } from 'wxt/browser';
import { readSettings, type DatasetSettings } from '../claims/dataset-choice';
import type { StorageAreaLike } from './report-store';

/** The storage.local key. */
export const DATASET_SETTINGS_KEY = 'datasetSettings';

/** Reading and changing the choice. */
export interface DatasetSettingsStore {
  read(): Promise<DatasetSettings>;
  /** Applies `change` to the current choice and stores the result. */
  update(change: (settings: DatasetSettings) => DatasetSettings): Promise<DatasetSettings>;
}

/** The choice in `area` (`browser.storage.local`; a fake in tests). */
export function createDatasetSettings(area: Pick<StorageAreaLike, 'get' | 'set'>): DatasetSettingsStore {
  const read = async () => readSettings((await area.get(DATASET_SETTINGS_KEY))[DATASET_SETTINGS_KEY]);
  return {
    read,
    async update(change) {
      const next = change(await read());
      await area.set({ [DATASET_SETTINGS_KEY]: next });
      return next;
    },
  };
}

/** Calls `listener` whenever the choice changes, from any page. Returns a function that stops listening. */
export function onDatasetSettingsChanged(listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DATASET_SETTINGS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}
