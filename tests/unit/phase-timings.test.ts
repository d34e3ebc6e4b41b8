/** The e2e worker's step timings: every step of an analysis is recorded once, the engine's own time split from the rest. */
import { expect, test } from 'vitest';
import { createTabAnalysis } from '../../src/messaging/analyze-tab';
import { timeAnalysisPhases, type PhaseRecord } from '../../src/platform/phase-timings';
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
    'store',
    'badge',
  ]);
  expect(records.find((record) => record.phase === 'analyze')?.ms).toBe(7);
  expect(records.find((record) => record.phase === 'build')?.ms).toBeGreaterThan(5);
  records.length = 0;
  await analyze(1);
  expect(records.map((record) => record.phase)).toEqual(['stored-report', 'badge']);
});
