import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../../src/extract/article';
import type { ReadPageResult } from '../../src/extract/read-page';
import type { Report } from '../../src/engine/report';
import { createAnalyzeTabHandler } from '../../src/messaging/analyze-tab';
import { createHighlightHandlers } from '../../src/messaging/highlight-tab';
import { failureMessage, type AnalyzeTabResult } from '../../src/messaging/protocol';
import { listenForMessages } from '../../src/messaging/transport';
import { clearBadge, showReportBadge } from '../../src/platform/badge';
import { extractFromTab } from '../../src/platform/extract-from-tab';
import { injectHighlighter, sendToPage } from '../../src/platform/highlighter';
import { createReportStore } from '../../src/platform/report-store';
import { isRestrictedUrl } from '../../src/platform/restricted-url';
import { getTab, onTabLeftPage } from '../../src/platform/tabs';
import {
  BIDEN_SENTENCE,
  bidenConflict,
  claimReport,
  makeArticle,
  makePageText,
  makeReport,
  sourceMatch,
  TRUMP_SENTENCE,
} from './support/make-report';

const ARTICLE_URL = 'http://127.0.0.1:5173/seed-000.html';
const POPUP = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };

/** A report with two conflicting claims and one corroborated one. */
const twoConflicts = (): Report =>
  makeReport([
    claimReport(0, 'First.', { conflicting: [bidenConflict()] }),
    claimReport(1, 'Second.', { conflicting: [bidenConflict()], corroborating: [sourceMatch()] }),
    claimReport(2, 'Third.', { corroborating: [sourceMatch()] }),
    claimReport(3, 'Fourth.'),
  ]);

/** Wires the real handler, transport and platform code over fakeBrowser, as the background does. */
function startBackground(analyze: () => Report = twoConflicts) {
  const store = createReportStore(fakeBrowser.storage.session);
  const analyzer = vi.fn(analyze);
  listenForMessages(fakeBrowser.runtime, {
    analyzeTab: createAnalyzeTabHandler({
      extensionOrigin: fakeBrowser.runtime.getURL('/'),
      getTab,
      isRestrictedUrl,
      store,
      extract: extractFromTab,
      analyze: analyzer,
      showBadge: showReportBadge,
    }),
    ...createHighlightHandlers({
      extensionOrigin: fakeBrowser.runtime.getURL('/'),
      getTab,
      store,
      injectHighlighter,
      sendToPage,
    }),
  });
  onTabLeftPage((tabId) => void Promise.allSettled([store.clear(tabId), clearBadge(tabId)]));
  return { analyzer };
}

/** What the popup would get back for `tabId`. */
async function askFor(tabId: number, sender: object = POPUP, refresh = false): Promise<AnalyzeTabResult | undefined> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'analyzeTab', data: { tabId, refresh } },
    sender,
    () => undefined,
  );
  return answer as AnalyzeTabResult | undefined;
}

/** Lets the report store's save run: it starts in a task after the answer's (report-store.ts). */
const saved = () => new Promise<void>((resolve) => setTimeout(resolve, 10));

function injectionReturns(result: ReadPageResult | Record<string, unknown> | undefined) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 0, result, documentId: 'd' }] as never);
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id!;
}

const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('analyzeTab', () => {
  test('injects the extractor, analyses, stores the report and badges the tab with its conflicting claims', async () => {
    const { analyzer } = startBackground();
    const executeScript = injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);

    const answer = await askFor(tabId);

    expect(answer).toMatchObject({ ok: true, report: { claims: expect.any(Array) } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/extract.js'] });
    expect(analyzer).toHaveBeenCalledOnce();
    expect(await badgeText(tabId)).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId })).toEqual([179, 38, 30, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe(
      'Provenance: 2 claims on this page conflict with other sources',
    );
  });

  test('the badge is per tab and empty when nothing conflicts', async () => {
    startBackground(() => makeReport([claimReport(0, 'Only corroborated.', { corroborating: [sourceMatch()] })]));
    injectionReturns({ ok: true, page: makePageText() });
    const quiet = await openTab(ARTICLE_URL);
    const other = await openTab('http://127.0.0.1:5173/seed-001.html');
    await fakeBrowser.action.setBadgeText({ tabId: other, text: '7' });

    await askFor(quiet);

    expect(await badgeText(quiet)).toBe('');
    expect(await badgeText(other)).toBe('7');
  });

  test('a page in a language Provenance does not check leaves the badge empty, and its tooltip says why', async () => {
    const french = makeReport([]);
    startBackground(() => ({ ...french, article: { ...french.article, lang: 'fr' }, supported: false }));
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    await fakeBrowser.action.setBadgeText({ tabId, text: '3' });

    await askFor(tabId);

    expect(await badgeText(tabId)).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe(
      'Provenance: This article is in French; Provenance checks English text.',
    );
  });

  test('a second request for the same page reuses the stored report without injecting again', async () => {
    const { analyzer } = startBackground();
    const executeScript = injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);

    const first = await askFor(tabId);
    const second = await askFor(tabId);

    expect(second).toEqual(first);
    expect(executeScript).toHaveBeenCalledOnce();
    expect(analyzer).toHaveBeenCalledOnce();
  });

  test('"Try again" (refresh) analyzes afresh', async () => {
    const { analyzer } = startBackground();
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    await askFor(tabId);
    await askFor(tabId, POPUP, true);
    expect(analyzer).toHaveBeenCalledTimes(2);
  });

  test('two popups asking at once share one analysis', async () => {
    const { analyzer } = startBackground();
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    const [a, b] = await Promise.all([askFor(tabId), askFor(tabId)]);
    expect(a).toEqual(b);
    expect(analyzer).toHaveBeenCalledOnce();
  });

  test('navigating the tab drops its report and badge; a stored report for another URL is not reused', async () => {
    const { analyzer } = startBackground();
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    await askFor(tabId);
    await saved();
    expect(await badgeText(tabId)).toBe('2');

    await fakeBrowser.tabs.onUpdated.trigger(
      tabId,
      { status: 'loading', url: 'http://127.0.0.1:5173/other.html' },
      {} as never,
    );

    expect(await badgeText(tabId)).toBe('');
    expect(await fakeBrowser.storage.session.get(`report:${tabId}`)).toEqual({});
    await fakeBrowser.tabs.update(tabId, { url: 'http://127.0.0.1:5173/other.html' });
    await askFor(tabId);
    expect(analyzer).toHaveBeenCalledTimes(2);
  });

  test('closing the tab drops its report', async () => {
    startBackground();
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    await askFor(tabId);
    await saved();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`report:${tabId}`]);

    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });

    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('the report is saved after the answer; a tab that leaves the page in between gets none saved', async () => {
    startBackground();
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    await askFor(tabId);
    // Answered, not yet saved: the answer did not wait for the copy into storage.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    // The tab closes before the save's task: the save is dropped, not written for a tab that is gone.
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    await saved();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test.each([
    'chrome://settings/',
    'edge://extensions/',
    'about:blank',
    'view-source:http://127.0.0.1/',
    'https://chromewebstore.google.com/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
  ])('%s is a restricted page, without trying to inject', async (url) => {
    startBackground();
    const executeScript = injectionReturns(undefined);
    const tabId = await openTab(url);
    expect(await askFor(tabId)).toEqual({ ok: false, reason: 'restricted', message: failureMessage('restricted') });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a page that is not an article says so', async () => {
    startBackground();
    injectionReturns({ ok: false, reason: 'not-an-article', message: 'whatever the extractor said' });
    const tabId = await openTab('http://127.0.0.1:5173/not-an-article.html');
    expect(await askFor(tabId)).toEqual({
      ok: false,
      reason: 'not-an-article',
      message: 'No article found on this page.',
    });
    expect(await badgeText(tabId)).toBe('');
  });

  test('the worker makes the article of the text the page gives: sentences split, kinds told, language weighed', async () => {
    const { analyzer } = startBackground();
    injectionReturns({ ok: true, page: makePageText() });
    await askFor(await openTab(ARTICLE_URL));
    const [article] = analyzer.mock.calls[0] as unknown as [Article];
    expect(article.meta).toMatchObject({ title: makeArticle().meta.title, lang: 'en-US' });
    expect(article.sentences.map((s) => [s.text.slice(0, 24), s.kind ?? 'claim'])).toEqual([
      ['What the proposal says', 'heading'],
      [BIDEN_SENTENCE.slice(0, 24), 'claim'],
      [TRUMP_SENTENCE.slice(0, 24), 'claim'],
      ['Kyiv has long sought gua', 'claim'],
    ]);
    const trump = article.sentences[2]!;
    expect(article.text.slice(trump.anchor.start, trump.anchor.end)).toBe(TRUMP_SENTENCE);
  });

  const refused = {
    ok: false,
    reason: 'error',
    message: 'Provenance couldn’t read this page: the page script returned nothing.',
  };
  test.each([
    [
      'a text too thin to check',
      { ok: true, page: { ...makePageText(), text: 'Subscribe now.', paragraphs: [{ start: 0, role: 'text' }] } },
      { ok: false, reason: 'not-an-article', message: 'No article found on this page.' },
    ],
    ['an article made in the page (the old answer)', { ok: true, article: makeArticle() }, refused],
    ['a text without its paragraphs', { ok: true, page: { ...makePageText(), paragraphs: undefined } }, refused],
    [
      'a paragraph without its start',
      { ok: true, page: { ...makePageText(), paragraphs: [{ role: 'text' }] } },
      refused,
    ],
    [
      'a title that is not text',
      { ok: true, page: { ...makePageText(), meta: { ...makePageText().meta, title: 7 } } },
      refused,
    ],
  ])('the page gives %s: the reader is told, and nothing is analyzed', async (_, answer, told) => {
    const { analyzer } = startBackground();
    injectionReturns(answer);
    const tabId = await openTab(ARTICLE_URL);
    expect(await askFor(tabId)).toEqual(told);
    expect(analyzer).not.toHaveBeenCalled();
  });

  test.each([
    ['Cannot access a chrome:// URL', 'restricted', failureMessage('restricted')],
    ['The extensions gallery cannot be scripted.', 'restricted', failureMessage('restricted')],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'error',
      failureMessage('noAccess'),
    ],
    [
      'Frame with ID 0 is showing error page',
      'error',
      'This page did not load, so there is nothing to read. Reload it and try again.',
    ],
    ['Something odd', 'error', 'Provenance couldn’t read this page: Something odd'],
  ])('injection failure "%s" becomes %s with a readable message', async (raw, reason, message) => {
    startBackground();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(raw));
    const tabId = await openTab('https://news.example/story');
    expect(await askFor(tabId)).toEqual({ ok: false, reason, message });
  });

  test('an analyzer crash is an error value, not an exception', async () => {
    startBackground(() => {
      throw new Error('index exploded');
    });
    injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);
    expect(await askFor(tabId)).toEqual({
      ok: false,
      reason: 'error',
      message: 'Provenance couldn’t analyze this article: index exploded',
    });
  });

  test('a closed tab is reported as gone', async () => {
    startBackground();
    expect(await askFor(9999)).toMatchObject({ ok: false, reason: 'no-tab' });
  });

  test('only the extension’s own pages may ask: a content script or another extension is refused', async () => {
    const { analyzer } = startBackground();
    const executeScript = injectionReturns({ ok: true, page: makePageText() });
    const tabId = await openTab(ARTICLE_URL);

    const fromContentScript = await askFor(tabId, { id: fakeBrowser.runtime.id, url: ARTICLE_URL, tab: { id: tabId } });
    const fromOtherExtension = await askFor(tabId, {
      id: 'someone-else',
      url: 'chrome-extension://someone-else/x.html',
    });

    expect(fromContentScript).toMatchObject({ ok: false, reason: 'error' });
    expect(fromOtherExtension).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    expect(analyzer).not.toHaveBeenCalled();
  });
});

describe('isRestrictedUrl', () => {
  test.each([
    ['https://example.org/news/story', false],
    ['http://127.0.0.1:5173/seed-000.html', false],
    ['https://chrome.google.com/search?q=webstore', false],
    ['https://example.org/report.pdf', true],
    ['moz-extension://abc/popup.html', true],
    ['chrome-extension://abc/popup.html', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', true],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });
});
