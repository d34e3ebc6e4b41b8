/** The real background entrypoint, started over fakeBrowser: its listeners are wired and answer. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { openStoredAnalyzer } from '../../src/engine/analyzer';
import { DATASET_SETTINGS_KEY } from '../../src/platform/dataset-settings';

// The real engine, watched: the test below needs to see when the worker builds it.
vi.mock('../../src/engine/analyzer', async (original) => {
  const engine = await original<typeof import('../../src/engine/analyzer')>();
  return { ...engine, openStoredAnalyzer: vi.fn(engine.openStoredAnalyzer) };
});
import type { AnalyzeTabResult } from '../../src/messaging/protocol';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

async function ask(tabId: number): Promise<AnalyzeTabResult | undefined> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'analyzeTab', data: { tabId } },
    POPUP,
    () => undefined,
  );
  return answer as AnalyzeTabResult | undefined;
}

/** The worker's `commands.onCommand` listener (fakeBrowser has no in-memory commands). */
let commandListener: ((command: string, tab?: { id?: number; windowId?: number }) => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.mocked(openStoredAnalyzer).mockClear();
  commandListener = undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    commandListener = listener as typeof commandListener;
  });
});

test('the started worker answers analyzeTab through the injected extraction script', async () => {
  const executeScript = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([
      { frameId: 0, documentId: 'd', result: { ok: false, reason: 'not-an-article', message: 'x' } },
    ] as never);
  background.main();
  const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/not-an-article.html' });

  expect(await ask(tab.id!)).toEqual({
    ok: false,
    reason: 'not-an-article',
    message: 'No article found on this page.',
  });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/extract.js'] });
});

test('the started worker clears a tab’s badge when the tab navigates', async () => {
  background.main();
  const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/seed-000.html' });
  await fakeBrowser.action.setBadgeText({ tabId: tab.id, text: '2' });

  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe(''));
});

test('the side panel shortcut opens Chrome’s side panel for the tab, in the same turn as the key press', () => {
  const open = vi.fn(() => Promise.resolve());
  vi.stubGlobal('chrome', { sidePanel: { open } });
  try {
    background.main();
    commandListener?.('open-side-panel', { id: 7, windowId: 1 });
    // Synchronously: an await before sidePanel.open would lose the command's user gesture.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    commandListener?.('something-else', { id: 7, windowId: 1 });
    expect(open).toHaveBeenCalledOnce();
  } finally {
    vi.unstubAllGlobals();
  }
});

describe('the started worker checks a listed and granted site when a page has loaded', () => {
  const SEED = 'http://127.0.0.1:5173/seed-000.html';

  async function loaded(url: string, { listed, granted }: { listed: boolean; granted: boolean }) {
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([
        { frameId: 0, documentId: 'd', result: { ok: false, reason: 'not-an-article', message: 'x' } },
      ] as never);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted as never);
    if (listed)
      await fakeBrowser.storage.local.set({
        autoCheckSites: [{ scheme: 'http', host: '127.0.0.1', subdomains: false }],
      });
    background.main();
    const tab = await fakeBrowser.tabs.create({ url });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
    return { executeScript, contains, tabId: tab.id! };
  }

  test('listed and granted: the extraction script is injected, with no message from any page', async () => {
    const { executeScript, contains, tabId } = await loaded(SEED, { listed: true, granted: true });
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/extract.js'] });
  });

  test.each([
    ['not listed', { listed: false, granted: true }],
    ['listed, access revoked', { listed: true, granted: false }],
  ])('%s: nothing is injected', async (_name, state) => {
    const { executeScript } = await loaded(SEED, state);
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a tab still loading is not checked', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await fakeBrowser.storage.local.set({ autoCheckSites: [{ scheme: 'http', host: '127.0.0.1', subdomains: false }] });
    background.main();
    const tab = await fakeBrowser.tabs.create({ url: SEED });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    expect(executeScript).not.toHaveBeenCalled();
  });
});

test('a page that finished loading has the analyzer built before any click, once, without touching the page', async () => {
  const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
  background.main();
  const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/seed-000.html' });
  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
  expect(openStoredAnalyzer).not.toHaveBeenCalled();
  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
  await vi.waitFor(() => expect(openStoredAnalyzer).toHaveBeenCalledOnce());
  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
  expect(openStoredAnalyzer).toHaveBeenCalledOnce();
  expect(executeScript).not.toHaveBeenCalled();
});

test('a change of datasets has the new analyzer, and its stored combination, made at once, before any click', async () => {
  const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
  background.main();
  expect(openStoredAnalyzer).not.toHaveBeenCalled();
  await fakeBrowser.storage.local.set({ [DATASET_SETTINGS_KEY]: { enabled: {}, revision: 1 } });
  await vi.waitFor(() => expect(openStoredAnalyzer).toHaveBeenCalledOnce());
  expect(executeScript).not.toHaveBeenCalled();
});
