/**
 * A click on a worker just woken: the engine starts building from stored data when the analysis starts,
 * so the datasets are read while the page is, not after it. A re-open of a stored report builds nothing.
 */
import { expect, test } from 'vitest';
import { createTabAnalysis } from '../../src/messaging/analyze-tab';
import type { Report } from '../../src/engine/report';
import type { Article } from '../../src/extract/article';

const report = { article: {}, supported: true, claims: [], excludedSourceIds: [], elapsedMs: 1 } as unknown as Report;
const article = { meta: { url: 'http://127.0.0.1/a' }, sentences: [] } as unknown as Article;

function setUp(prepare: () => Promise<void>) {
  const events: string[] = [];
  const saved = new Map<number, Report>();
  const analyze = createTabAnalysis({
    getTab: async (id) => ({ id, url: 'http://127.0.0.1/a' }),
    isRestrictedUrl: () => false,
    store: { get: async (id) => saved.get(id) ?? null, save: async (id, _url, r) => void saved.set(id, r) },
    prepare: async () => {
      events.push('prepare');
      await prepare();
    },
    extract: async () => {
      events.push('extract');
      return { ok: true as const, article };
    },
    analyze: async () => {
      events.push('analyze');
      return report;
    },
    showBadge: async () => undefined,
  });
  return { analyze, events };
}

test('the engine starts building before the page is read, and a re-open builds nothing', async () => {
  const { analyze, events } = setUp(async () => undefined);
  await analyze(1);
  expect(events).toEqual(['prepare', 'extract', 'analyze']);
  events.length = 0;
  await analyze(1);
  expect(events).toEqual([]);
});

test('a build that fails while the page is read leaves no unhandled rejection, and the analysis goes on', async () => {
  const { analyze, events } = setUp(async () => {
    throw new Error('the database could not be opened');
  });
  const result = await analyze(1);
  // Vitest fails the run on an unhandled rejection; the real `analyze` retries the build and reports its failure.
  expect(result.ok).toBe(true);
  expect(events).toEqual(['prepare', 'extract', 'analyze']);
});
