/** The side panel's browser glue over fakeBrowser: stored settings, which tab events it follows, report changes. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPanelSettings, updatePanelSettings } from '../../src/platform/panel-settings';
import { onReportChanged } from '../../src/platform/report-events';
import { createReportStore, tabOfReportKey } from '../../src/platform/report-store';
import { onTabShown } from '../../src/platform/tabs';
import { claimReport, makeReport } from './support/make-report';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('panel settings', () => {
  test('default to all claims with highlights on, and keep what the reader chose', async () => {
    expect(await getPanelSettings()).toEqual({ filter: 'all', highlights: true });
    await updatePanelSettings({ filter: 'conflicts' });
    await updatePanelSettings({ highlights: false });
    expect(await getPanelSettings()).toEqual({ filter: 'conflicts', highlights: false });
  });

  test('a malformed stored value falls back to the default instead of breaking the panel', async () => {
    await fakeBrowser.storage.local.set({ panelSettings: { filter: 42, highlights: 'yes' } });
    expect(await getPanelSettings()).toEqual({ filter: 'all', highlights: true });
  });
});

describe('onTabShown', () => {
  test('follows tab switches in its own window only, page loads, and in-place (SPA) URL changes', async () => {
    const seen = vi.fn();
    const stop = onTabShown(1, seen);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 5, windowId: 1 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 6, windowId: 2 });
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading', url: 'https://news.example/b' }, {
      status: 'loading',
    } as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { status: 'complete' } as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/b?story=2' }, {
      status: 'complete',
    } as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { title: 'New title' }, { status: 'complete' } as never);
    expect(seen.mock.calls).toEqual([
      [5, 'activated'],
      [5, 'loaded'],
      [5, 'navigated'],
    ]);
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 7, windowId: 1 });
    expect(seen).toHaveBeenCalledTimes(3);
  });
});

describe('onReportChanged', () => {
  test('says which tab’s report was saved or cleared, and ignores other keys and areas', async () => {
    const changed = vi.fn();
    onReportChanged(changed);
    const store = createReportStore(fakeBrowser.storage.session);
    await store.save(4, 'https://news.example/a', makeReport([claimReport(0, 'A sentence.')]));
    await store.clear(4);
    await fakeBrowser.storage.session.set({ somethingElse: 1 });
    await fakeBrowser.storage.local.set({ 'report:9': 1 });
    expect(changed.mock.calls).toEqual([
      [4, true],
      [4, false],
    ]);
    expect(tabOfReportKey('report:12')).toBe(12);
    expect(tabOfReportKey('report:abc')).toBeNull();
  });
});
