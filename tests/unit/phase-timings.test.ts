/** The e2e worker's step timings, and the order of an analysis's steps: the engine built while the page is read, the answer sent before the report is stored. */
import { expect, test } from 'vitest';
import { createTabAnalysis } from '../../src/messaging/analyze-tab';
import { timeAnalysisPhases, timeBuildPhases, type PhaseRecord } from '../../src/platform/phase-timings';
import type { DatasetAnalysisDeps } from '../../src/platform/dataset-analysis';
import type { AnalyzeOptions } from '../../src/engine/analyzer';
import type { Report } from '../../src/engine/report';
import type { Article } from '../../src/extract/article';

const report = { article: {}, supported: true, claims: [], excludedSourceIds: [], elapsedMs: 7 } as unknown as Report;
const article = { meta: { url: 'http://127.0.0.1/a' }, sentences: [] } as unknown as Article;

test('a first analysis records each step; a re-open records only the stored report and the badge', async () => {
  const saved = new Map<number, Report>();
  const records: PhaseRecord[] = [];
  const analyze = createTabAnalysis(
    timeAnalysisPhases(
      {
        getTab: async (id) => ({ id, url: 'http://127.0.0.1/a' }),
        isRestrictedUrl: () => false,
        store: { get: async (id) => saved.get(id) ?? null, save: async (id, _url, r) => void saved.set(id, r) },
        extract: async () => ({ ok: true as const, article }),
        analyze: async () => {
          await new Promise((wake) => setTimeout(wake, 20));
          return report;
        },
        showBadge: async () => undefined,
      },
      records,
    ),
  );
  await analyze(1);
  expect(records.map((record) => record.phase)).toEqual([
    'stored-report',
    'extract',
    'build',
    'analyze',
    'badge',
    'store',
  ]);
  expect(records.find((record) => record.phase === 'analyze')?.ms).toBe(7);
  expect(records.find((record) => record.phase === 'build')?.ms).toBeGreaterThan(5);
  records.length = 0;
  await new Promise((wake) => setTimeout(wake, 0)); // the write ends behind the answer
  await analyze(1);
  expect(records.map((record) => record.phase)).toEqual(['stored-report', 'badge']);
});

test('the answer does not wait for the report to be written; a re-open meanwhile shares it, "Try again" does not', async () => {
  let release = () => {};
  const written = new Promise<void>((resolve) => (release = resolve));
  const saved = new Map<number, Report>();
  let analyses = 0;
  const analyze = createTabAnalysis({
    getTab: async (id) => ({ id, url: 'http://127.0.0.1/a' }),
    isRestrictedUrl: () => false,
    store: {
      get: async (id) => saved.get(id) ?? null,
      save: async (id, _url, r) => {
        await written;
        saved.set(id, r);
      },
    },
    extract: async () => ({ ok: true as const, article }),
    analyze: () => {
      analyses += 1;
      return report;
    },
    showBadge: async () => undefined,
  });
  expect(await analyze(1)).toEqual({ ok: true, report });
  expect(saved.size).toBe(0);
  expect(await analyze(1)).toEqual({ ok: true, report });
  expect(analyses).toBe(1);
  expect(await analyze(1, true)).toEqual({ ok: true, report });
  expect(analyses).toBe(2);
  release();
  await new Promise((wake) => setTimeout(wake, 0));
  expect(saved.get(1)).toBe(report);
  expect(await analyze(1)).toEqual({ ok: true, report });
  expect(analyses).toBe(2);
});

test('the engine starts building before the page is read, and not at all for a stored report', async () => {
  const events: string[] = [];
  const saved = new Map<number, Report>();
  const analyze = createTabAnalysis({
    getTab: async (id) => ({ id, url: 'http://127.0.0.1/a' }),
    isRestrictedUrl: () => false,
    store: { get: async (id) => saved.get(id) ?? null, save: async (id, _url, r) => void saved.set(id, r) },
    prepare: () => void events.push('prepare'),
    extract: async () => {
      events.push('extract');
      return { ok: true as const, article };
    },
    analyze: () => {
      events.push('analyze');
      return report;
    },
    showBadge: async () => undefined,
  });
  await analyze(1);
  await new Promise((wake) => setTimeout(wake, 0));
  await analyze(1);
  expect(events).toEqual(['prepare', 'extract', 'analyze']);
});

test('the timed engine (e2e build) passes an analysis’s options on, and times its warm-up', () => {
  const records: PhaseRecord[] = [];
  const asked: unknown[] = [];
  const deps = timeBuildPhases(
    {
      createAnalyzer: () => ({
        analyze: (_article: Article, options?: AnalyzeOptions) => {
          asked.push(options);
          return report;
        },
        warmUp: () => undefined,
      }),
    } as unknown as DatasetAnalysisDeps,
    records,
  );
  const analyzer = deps.createAnalyzer({} as never, {} as never);
  expect(analyzer.analyze(article, { related: false })).toBe(report);
  analyzer.warmUp?.();
  expect(asked).toEqual([{ related: false }]);
  expect(records.map((record) => record.phase)).toEqual(['build:open-analyzer', 'build:warm-up']);
});
