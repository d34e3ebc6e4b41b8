/**
 * MV3 lifecycle at the message level: a worker that vanishes mid-request is asked once more, the reader
 * never sees the browser's "Extension context invalidated", and a page that changes route while it is
 * read is read again rather than stored under the wrong URL. The real browser is covered by
 * tests/e2e/security-lifecycle.test.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import type { Article } from '../../src/extract/article';
import type { Report } from '../../src/engine/report';
import { askWithRetry, explainMessagingError, isWorkerGone } from '../../src/messaging/ask-background';
import { createAnalyzeTabHandler, pageChangedMessage, type AnalyzeTabDeps } from '../../src/messaging/analyze-tab';
import { makeArticle, makeReport } from './support/make-report';

const PORT_CLOSED = new Error('The message port closed before a response was received.');
const INVALIDATED = new Error('Extension context invalidated.');

describe('askWithRetry', () => {
  test('asks once more when the worker went away, and returns the fresh answer', async () => {
    const ask = vi.fn().mockRejectedValueOnce(PORT_CLOSED).mockResolvedValueOnce('report');
    await expect(askWithRetry(ask)).resolves.toBe('report');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  test('gives up after one retry, and never retries other errors', async () => {
    const gone = vi.fn().mockRejectedValue(PORT_CLOSED);
    await expect(askWithRetry(gone)).rejects.toBe(PORT_CLOSED);
    expect(gone).toHaveBeenCalledTimes(2);
    const broken = vi.fn().mockRejectedValue(new Error('boom'));
    await expect(askWithRetry(broken)).rejects.toThrow('boom');
    expect(broken).toHaveBeenCalledTimes(1);
  });

  test.each([
    'The message port closed before a response was received.',
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    'Could not establish connection. Receiving end does not exist.',
    'Extension context invalidated.',
  ])('recognises %j as the worker going away', (message) => {
    expect(isWorkerGone(new Error(message))).toBe(true);
  });

  test('the reader gets a sentence, never "Extension context invalidated"', () => {
    for (const error of [INVALIDATED, PORT_CLOSED, 'Extension context invalidated.']) {
      const message = explainMessagingError(error);
      expect(message).not.toMatch(/context invalidated|message port/i);
      expect(message).toMatch(/^Provenance.*\.$/);
    }
  });
});

/** Handler deps whose tab URL follows `urls` call by call (the last one repeats). */
function depsWithUrls(urls: string[], article: Article = makeArticle()) {
  let call = 0;
  const saved: Array<{ url: string; report: Report }> = [];
  const deps: AnalyzeTabDeps = {
    extensionOrigin: 'chrome-extension://id/',
    getTab: async (id) => ({ id, url: urls[Math.min(call++, urls.length - 1)] }),
    isRestrictedUrl: () => false,
    store: { get: async () => null, save: async (_id, url, report) => void saved.push({ url, report }) },
    extract: vi.fn(async () => ({ ok: true as const, article })),
    analyze: () => makeReport([]),
    showBadge: async () => {},
  };
  return { deps, saved };
}

const POPUP = { id: 'id', url: 'chrome-extension://id/popup.html' };

describe('a page that changes route while it is read', () => {
  test('is read again, and the report is stored under the URL it was read at', async () => {
    const { deps, saved } = depsWithUrls(['https://news.example/a', 'https://news.example/b']);
    const answer = await createAnalyzeTabHandler(deps)({ tabId: 1 }, POPUP);
    expect(answer.ok).toBe(true);
    expect(deps.extract).toHaveBeenCalledTimes(2);
    expect(saved.map((entry) => entry.url)).toEqual(['https://news.example/b']);
  });

  test('that keeps changing gets a sentence to try again, and nothing is stored', async () => {
    const { deps, saved } = depsWithUrls([
      'https://news.example/a',
      'https://news.example/b',
      'https://news.example/b',
      'https://news.example/c',
    ]);
    const answer = await createAnalyzeTabHandler(deps)({ tabId: 1 }, POPUP);
    expect(answer).toEqual({ ok: false, reason: 'error', message: pageChangedMessage() });
    expect(saved).toEqual([]);
  });

  test('a jump to a heading (#fragment) is not a change of page', async () => {
    const { deps, saved } = depsWithUrls(['https://news.example/a', 'https://news.example/a#section-2']);
    await createAnalyzeTabHandler(deps)({ tabId: 1 }, POPUP);
    expect(deps.extract).toHaveBeenCalledTimes(1);
    expect(saved).toHaveLength(1);
  });
});

describe('a re-open', () => {
  test('answers with the stored report without waiting for the badge, and still sets it', async () => {
    const stored = makeReport([]);
    const badges: Report[] = [];
    const { deps } = depsWithUrls(['https://news.example/a']);
    deps.store.get = async () => stored;
    // A badge write that never ends: the answer must not wait for it.
    deps.showBadge = (_tabId, report) => {
      badges.push(report);
      return new Promise<void>(() => {});
    };
    const answer = await createAnalyzeTabHandler(deps)({ tabId: 1 }, POPUP);
    expect(answer).toEqual({ ok: true, report: stored });
    expect(badges).toEqual([stored]);
    expect(deps.extract).not.toHaveBeenCalled();
  });
});
