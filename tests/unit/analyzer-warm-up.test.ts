/**
 * The warm-up a build runs while the page is read (src/engine/analyzer.ts, `warmUp`): it analyzes a few
 * of the index's own claims, one per source, and must leave nothing behind that a reader's report could
 * show. A build calls it once, before the analyzer is handed out, and an analysis never calls it again.
 */
import { expect, test, vi } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { Report } from '../../src/engine/report';
import { articleFromText } from '../../src/extract/from-text';

const withoutTime = (report: Report) => ({ ...report, elapsedMs: 0 });

test('warming up changes no report: the same page gives the same report before and after, and in a fresh analyzer', () => {
  const seed = defaultDataset.sources[0]!;
  const page = articleFromText(seed.claims.map((claim) => claim.text).join(' '), { lang: 'en' });
  const cold = createAnalyzer([defaultDataset]).analyze(page);
  const analyzer = createAnalyzer([defaultDataset]);
  analyzer.warmUp();
  const warmed = analyzer.analyze(page);
  expect(cold.claims.some((claim) => claim.corroborating.length > 0)).toBe(true);
  expect(withoutTime(warmed)).toEqual(withoutTime(cold));
});

test('the warm-up reads one claim from each of up to six sources, spread over the index', () => {
  const analyzer = createAnalyzer([defaultDataset]);
  const analyze = vi.spyOn(analyzer, 'analyze');
  analyzer.warmUp();
  expect(analyze).toHaveBeenCalledTimes(1);
  const sentences = analyze.mock.calls[0]![0].sentences;
  expect(sentences.length).toBe(Math.min(6, defaultDataset.sources.length));
  const sourceOf = new Map(
    defaultDataset.sources.flatMap((source) => source.claims.map((claim) => [claim.text, source.id] as const)),
  );
  const sources = sentences.map((sentence) => sourceOf.get(sentence.text));
  expect(sources.every((id) => id !== undefined)).toBe(true);
  expect(new Set(sources).size).toBe(sentences.length);
});

test('an analyzer over no claims warms up without analyzing anything', () => {
  const analyzer = createAnalyzer([]);
  const analyze = vi.spyOn(analyzer, 'analyze');
  analyzer.warmUp();
  expect(analyze).not.toHaveBeenCalled();
});
