/** The dataset choice in storage.local over fakeBrowser: read, changed, and heard by other pages. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withEnabled, withImported } from '../../src/claims/dataset-choice';
import {
  createDatasetSettings,
  DATASET_SETTINGS_KEY,
  onDatasetSettingsChanged,
} from '../../src/platform/dataset-settings';

beforeEach(() => fakeBrowser.reset());

describe('dataset settings in storage.local', () => {
  test('an empty storage reads as nothing chosen; updates are stored and read back', async () => {
    const settings = createDatasetSettings(fakeBrowser.storage.local);
    expect(await settings.read()).toEqual({ enabled: {}, revision: 0 });
    await settings.update((s) => withImported(s, 'snopes'));
    await settings.update((s) => withEnabled(s, 'provenance-seeds', false));
    expect(await fakeBrowser.storage.local.get(DATASET_SETTINGS_KEY)).toEqual({
      [DATASET_SETTINGS_KEY]: { enabled: { snopes: true, 'provenance-seeds': false }, revision: 2 },
    });
  });

  test('a change of the choice is heard; other keys and other areas are not', async () => {
    const heard = vi.fn();
    const stop = onDatasetSettingsChanged(heard);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ [DATASET_SETTINGS_KEY]: {} });
    expect(heard).not.toHaveBeenCalled();
    await createDatasetSettings(fakeBrowser.storage.local).update((s) => withImported(s, 'a'));
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await createDatasetSettings(fakeBrowser.storage.local).update((s) => withImported(s, 'b'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
