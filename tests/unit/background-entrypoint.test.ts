/** The real background entrypoint, started over fakeBrowser: its listeners are wired and answer. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { AnalyzeTabResult } from '../../src/messaging/protocol';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

async function ask(tabId: number): Promise<AnalyzeTabResult | undefined> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'analyzeTab', data: { tabId } }, POPUP, () => undefined);
  return answer as AnalyzeTabResult | undefined;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('the started worker answers analyzeTab through the injected extraction script', async () => {
  const executeScript = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 0, documentId: 'd', result: { ok: false, reason: 'not-an-article', message: 'x' } }] as never);
  background.main();
  const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/not-an-article.html' });

  expect(await ask(tab.id!)).toEqual({ ok: false, reason: 'not-an-article', message: 'No article found on this page.' });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/extract.js'] });
});

test('the started worker clears a tab’s badge when the tab navigates', async () => {
  background.main();
  const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5173/seed-000.html' });
  await fakeBrowser.action.setBadgeText({ tabId: tab.id, text: '2' });

  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe(''));
});
