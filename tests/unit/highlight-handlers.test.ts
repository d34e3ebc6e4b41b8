/**
 * The background's highlight handlers over fakeBrowser: what the side panel's requests make the
 * background inject and send to the page highlighter, and the failures it turns into sentences.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHighlightHandlers, highlightClaims } from '../../src/messaging/highlight-tab';
import { failureMessage, type HighlightTabResult, type RevealResult } from '../../src/messaging/protocol';
import { listenForMessages } from '../../src/messaging/transport';
import { highlightCss, randomHighlightNames } from '../../src/highlights/highlight-styles';
import { HIGHLIGHT_SCRIPT, injectHighlighter, sendToPage } from '../../src/platform/highlighter';
import { createReportStore } from '../../src/platform/report-store';
import { getTab } from '../../src/platform/tabs';
import { BIDEN_SENTENCE, bidenConflict, claimReport, makeReport, sourceMatch } from './support/make-report';

const URL_000 = 'http://127.0.0.1:5173/seed-000.html';
const PANEL = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html` };
const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, url: URL_000, tab: { id: 1 } };

const report = () =>
  makeReport([
    claimReport(0, 'Unmatched sentence.'),
    claimReport(1, BIDEN_SENTENCE, { conflicting: [bidenConflict()] }),
    claimReport(2, 'A corroborated sentence.', { corroborating: [sourceMatch()] }),
    claimReport(3, 'Only related.', { related: [sourceMatch()] }),
  ]);

function start() {
  const store = createReportStore(fakeBrowser.storage.session);
  listenForMessages(fakeBrowser.runtime, {
    analyzeTab: async () => ({ ok: false, reason: 'error', message: 'not under test' }),
    ...createHighlightHandlers({
      extensionOrigin: fakeBrowser.runtime.getURL('/'),
      getTab,
      store,
      injectHighlighter,
      sendToPage,
    }),
  });
  return store;
}

async function send<T>(type: string, data: object, sender: object = PANEL): Promise<T> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender, () => undefined);
  return answer as T;
}

/** Fakes the injected highlighter: `started` the first time, then `running`; records page messages. */
const NAMES = randomHighlightNames();

function fakePage(answers: Record<string, unknown> = {}) {
  let injected = 0;
  const executeScript = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation(
      async () =>
        [
          { frameId: 0, documentId: 'd', result: { state: injected++ === 0 ? 'started' : 'running', names: NAMES } },
        ] as never,
    );
  const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
  const pageMessages: Array<{ type: string; data: unknown }> = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    message: { type: string; data: unknown },
  ) => {
    pageMessages.push(message);
    return answers[message.type] ?? { ok: true };
  }) as never);
  return { executeScript, insertCSS, pageMessages };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('highlightClaims', () => {
  test('takes the claims with a conflicting or corroborating source, each with its anchor and style', () => {
    expect(highlightClaims(report()).map((c) => [c.index, c.verdict, c.anchor.quote])).toEqual([
      [1, 'conflicts', BIDEN_SENTENCE],
      [2, 'corroborates', 'A corroborated sentence.'],
    ]);
  });
});

describe('highlightTab', () => {
  test('injects the highlighter and its styles once, then sends it the stored report’s claims', async () => {
    const store = start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    await store.save(tab.id!, URL_000, report());
    const page = fakePage({ setHighlights: { ok: true, anchored: 2, total: 2 } });

    expect(await send<HighlightTabResult>('highlightTab', { tabId: tab.id, enabled: true })).toEqual({
      ok: true,
      anchored: 2,
      total: 2,
    });
    await send('highlightTab', { tabId: tab.id, enabled: true });

    expect(page.executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [HIGHLIGHT_SCRIPT] });
    // Once, for the names the script chose: the verdict's underlines as a user sheet the page's cannot outrank.
    expect(page.insertCSS).toHaveBeenCalledTimes(2);
    expect(page.insertCSS).toHaveBeenCalledWith({
      target: { tabId: tab.id },
      css: highlightCss(NAMES).user,
      origin: 'USER',
    });
    expect(page.insertCSS).toHaveBeenCalledWith({ target: { tabId: tab.id }, css: highlightCss(NAMES).author });
    expect(highlightCss(NAMES).user).toMatch(
      new RegExp(`::highlight\\(${NAMES.conflicts}\\) \\{[^}]*text-decoration-style: wavy !important`),
    );
    const sent = page.pageMessages[0] as { type: string; data: { claims: Array<{ index: number }> } };
    expect(sent.type).toBe('setHighlights');
    expect(sent.data.claims.map((c) => c.index)).toEqual([1, 2]);
  });

  test('turning highlights off clears them without injecting, even where nothing was ever drawn', async () => {
    start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    const page = fakePage();
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValueOnce(new Error('Receiving end does not exist.'));

    expect(await send('highlightTab', { tabId: tab.id, enabled: false })).toEqual({ ok: true, anchored: 0, total: 0 });
    expect(page.executeScript).not.toHaveBeenCalled();
  });

  test('a tab without a report for its current URL says to check it first, and injects nothing', async () => {
    const store = start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    await store.save(tab.id!, 'http://127.0.0.1:5173/an-earlier-page.html', report());
    const page = fakePage();

    expect(await send('highlightTab', { tabId: tab.id, enabled: true })).toEqual({
      ok: false,
      reason: 'no-report',
      message: failureMessage('noReport'),
    });
    expect(page.executeScript).not.toHaveBeenCalled();
  });

  test('an injection that does not answer as the highlighter does is an error, with no stylesheet', async () => {
    const store = start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    await store.save(tab.id!, URL_000, report());
    const page = fakePage();
    page.executeScript.mockImplementation(async () => [{ frameId: 0, documentId: 'd', result: 'started' }] as never);

    expect(await send('highlightTab', { tabId: tab.id, enabled: true })).toEqual({
      ok: false,
      reason: 'error',
      message: failureMessage('highlighterDidNotStart'),
    });
    expect(page.insertCSS).not.toHaveBeenCalled();
  });

  test('a refused injection becomes the same sentence the popup shows', async () => {
    const store = start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    await store.save(tab.id!, URL_000, report());
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page.'),
    );

    expect(await send('highlightTab', { tabId: tab.id, enabled: true })).toEqual({
      ok: false,
      reason: 'error',
      message: failureMessage('noAccess'),
    });
  });

  test('only the extension’s own pages may ask: a content script (or a page posing as one) is refused', async () => {
    const store = start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    await store.save(tab.id!, URL_000, report());
    const page = fakePage();

    expect(
      await send<HighlightTabResult>('highlightTab', { tabId: tab.id, enabled: true }, CONTENT_SCRIPT),
    ).toMatchObject({ ok: false });
    expect(await send<RevealResult>('revealClaim', { tabId: tab.id, index: 1 }, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
    });
    expect(page.executeScript).not.toHaveBeenCalled();
    expect(page.pageMessages).toEqual([]);
  });
});

describe('revealClaim and emphasiseClaim', () => {
  test('reveal sends the claim’s anchor from the stored report, not anything the panel could make up', async () => {
    const store = start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    await store.save(tab.id!, URL_000, report());
    const page = fakePage({ revealClaim: { found: true } });

    expect(await send('revealClaim', { tabId: tab.id, index: 1 })).toEqual({ ok: true, found: true });
    expect(page.pageMessages).toEqual([
      {
        type: 'revealClaim',
        data: { claim: { index: 1, verdict: 'conflicts', anchor: expect.objectContaining({ quote: BIDEN_SENTENCE }) } },
      },
    ]);
    expect(await send('revealClaim', { tabId: tab.id, index: 0 })).toEqual({ ok: true, found: false });
  });

  test('emphasis never injects; with no highlighter in the page there is simply nothing to emphasise', async () => {
    start();
    const tab = await fakeBrowser.tabs.create({ url: URL_000 });
    const page = fakePage();
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));

    expect(await send('emphasiseClaim', { tabId: tab.id, index: 1 })).toEqual({ ok: true, found: false });
    expect(page.executeScript).not.toHaveBeenCalled();
  });
});
