/** An import's phase timings (`npm run bench:import`): every phase it runs is told, once timed, and none is lost on a throw. */
import { describe, expect, test } from 'vitest';
import { shippedEncoderFor } from '../../src/match/default-sentence-encoder';
import { phaseTotals, timePhase } from '../../src/match/phase-clock';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { IMPORT_PHASES } from '../../bench/import-phases';
import { importText } from './support/import-job';

// Invented claims in the JSON Lines form of fact-check exports.
const JSONL = ['The minister resigned after the scandal.', 'The club won the cup final.']
  .map((vclaim, i) => JSON.stringify({ vclaim_id: String(i), vclaim }))
  .join('\n');

describe('phase clocks', () => {
  test('a phase timed twice is one total, in the order phases were first timed', () => {
    const { clock, totals } = phaseTotals();
    clock('b', 2);
    clock('a', 1);
    clock('b', 3);
    expect(totals()).toEqual([
      { phase: 'b', ms: 5 },
      { phase: 'a', ms: 1 },
    ]);
  });

  test('a phase that throws is still timed, and without a clock the work runs untimed', () => {
    const { clock, totals } = phaseTotals();
    expect(() =>
      timePhase(clock, 'broken', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(totals().map((total) => total.phase)).toEqual(['broken']);
    expect(timePhase(undefined, 'none', () => 42)).toBe(42);
  });
});

test('an import with the encoder times each of its phases once, all of them known to the bench', async () => {
  const { clock, totals } = phaseTotals();
  const { result } = await importText(JSONL, {
    encoder: async () => shippedEncoderFor(defaultWordVectors()),
    clock,
  });
  expect(result.ok).toBe(true);
  const phases = totals().map((total) => total.phase);
  expect(phases).toEqual([
    'read',
    'check',
    'encoder',
    'pack:analyze',
    'meaning:encode',
    'pack:bm25',
    'pack:postings',
    'meaning:kmeans',
    'meaning:assign',
    'save:list',
    'save',
  ]);
  for (const phase of phases) expect(IMPORT_PHASES).toContain(phase);
  for (const { ms } of totals()) expect(ms).toBeGreaterThanOrEqual(0);
});
