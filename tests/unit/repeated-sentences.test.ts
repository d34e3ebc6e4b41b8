/**
 * Issue 17, point 6: a page repeating one sentence thousands of times is judged once per distinct
 * sentence (the 3 s bound held only for varied pages), and every copy gets the same verdicts.
 */
import { describe, expect, test, vi } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';

const judged = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/stance/judge-passage', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/stance/judge-passage')>();
  return {
    ...original,
    judgeAnalyzed: (...args: Parameters<typeof original.judgeAnalyzed>) => {
      judged.calls++;
      return original.judgeAnalyzed(...args);
    },
  };
});

const SENTENCE =
  'US President Donald Trump has proposed that Ukraine receive security guarantees modeled on NATO Article 5.';
const OTHER = 'European leaders said they would meet in Washington to discuss the proposal with Zelensky.';

describe('a repeated sentence', () => {
  const analyzer = createAnalyzer([defaultDataset]);
  const judgeCalls = (text: string) => {
    judged.calls = 0;
    const report = analyzer.analyze(articleFromText(text));
    return { report, calls: judged.calls };
  };

  test('is judged once, however often the page has it, and each copy has the first one’s verdicts', () => {
    const once = judgeCalls(`${SENTENCE}\n${OTHER}`);
    expect(once.calls).toBeGreaterThan(0);
    const many = judgeCalls([...Array.from({ length: 200 }, () => SENTENCE), OTHER].join('\n'));
    expect(many.calls).toBe(once.calls);
    expect(many.report.claims).toHaveLength(201);
    const strip = (claim: (typeof many.report.claims)[number]) => ({ ...claim, index: 0, anchor: null });
    for (const claim of many.report.claims.slice(1, 200)) expect(strip(claim)).toEqual(strip(many.report.claims[0]!));
    expect(many.report.claims[0]!.corroborating.length + many.report.claims[0]!.conflicting.length).toBeGreaterThan(0);
    expect(new Set(many.report.claims.map((claim) => claim.index)).size).toBe(201);
  });
});
