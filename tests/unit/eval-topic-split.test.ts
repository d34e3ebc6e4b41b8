import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusPaths, DEFAULT_DATA_DIR } from '../../src/eval/eval-paths';
import { readFncStances } from '../../src/eval/fnc-data';
import { seededHash } from '../../src/match/seeded-hash';
import { summarizeSplit } from '../../src/eval/split-summary';
import { findTopics, splitByTopic, type SplitRow } from '../../src/eval/topic-split';

/** 30 small topics: headlines t{n}-{a,b} related to bodies n and 100+n, plus unrelated pairs across topics. */
function syntheticRows(): SplitRow[] {
  const rows: SplitRow[] = [];
  for (let n = 0; n < 30; n++) {
    rows.push({ headline: `t${n}-a`, bodyId: String(n), stance: 'agree' });
    rows.push({ headline: `t${n}-b`, bodyId: String(n), stance: 'discuss' });
    rows.push({ headline: `t${n}-b`, bodyId: String(100 + n), stance: 'disagree' });
    rows.push({ headline: `t${n}-a`, bodyId: String((n + 1) % 30), stance: 'unrelated' });
    rows.push({ headline: `t${n}-b`, bodyId: String(100 + ((n + 7) % 30)), stance: 'unrelated' });
  }
  return rows;
}

function expectTopicSplitInvariants(rows: readonly SplitRow[], validationShare = 0.2) {
  const split = splitByTopic(rows, { validationShare });
  // A partition of the rows.
  expect([...split.train, ...split.validation].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
  const summary = summarizeSplit(rows, split);
  expect(summary.sharedHeadlines).toBe(0);
  expect(summary.sharedRelatedBodies).toBe(0);
  // Direct check, not through the summary: no headline and no related body on both sides.
  const side = (indices: number[]) => ({
    headlines: new Set(indices.map((i) => rows[i]!.headline)),
    relatedBodies: new Set(indices.filter((i) => rows[i]!.stance !== 'unrelated').map((i) => rows[i]!.bodyId)),
  });
  const train = side(split.train);
  const validation = side(split.validation);
  for (const headline of validation.headlines) expect(train.headlines.has(headline)).toBe(false);
  for (const body of validation.relatedBodies) expect(train.relatedBodies.has(body)).toBe(false);
  return { split, summary };
}

describe('splitByTopic', () => {
  test('topics are the components of headline–related-body links; unrelated pairs follow their headline', () => {
    const rows: SplitRow[] = [
      { headline: 'h1', bodyId: '1', stance: 'agree' },
      { headline: 'h2', bodyId: '1', stance: 'discuss' },
      { headline: 'h2', bodyId: '2', stance: 'disagree' },
      { headline: 'h3', bodyId: '2', stance: 'unrelated' },
      { headline: 'h3', bodyId: '3', stance: 'agree' },
      { headline: 'h4', bodyId: '1', stance: 'unrelated' },
    ];
    const { topicOfRow, smallestHeadline } = findTopics(rows);
    expect(topicOfRow).toEqual([0, 0, 0, 1, 1, 2]);
    expect(smallestHeadline).toEqual(['h1', 'h3', 'h4']);
  });

  test('holds whole topics out, shares no headline or related body, and reaches the share', () => {
    const rows = syntheticRows();
    const { split, summary } = expectTopicSplitInvariants(rows);
    expect(split.validation.length / rows.length).toBeGreaterThanOrEqual(0.2);
    // Overshoot is at most one topic (5 rows here).
    expect(split.validation.length).toBeLessThan(0.2 * rows.length + 5);
    expect(summary.validation.topics + summary.train.topics).toBe(30);
    // Unrelated pairs may reach the other side's bodies: allowed and reported.
    expect(summary.sharedBodies).toBeGreaterThan(0);
  });

  test('deterministic: the same rows in another order give the same pairs on each side', () => {
    const rows = syntheticRows();
    const shuffled = [...rows].sort(
      (a, b) => seededHash(`${a.headline}|${a.bodyId}`, 9) - seededHash(`${b.headline}|${b.bodyId}`, 9),
    );
    const key = (r: SplitRow) => `${r.headline}|${r.bodyId}`;
    const validationOf = (rs: SplitRow[]) => new Set(splitByTopic(rs).validation.map((i) => key(rs[i]!)));
    expect(validationOf(shuffled)).toEqual(validationOf(rows));
  });

  test('the seed changes which topics are held out', () => {
    const rows = syntheticRows();
    const a = splitByTopic(rows, { seed: 1 }).validation;
    const b = splitByTopic(rows, { seed: 2 }).validation;
    expect(a).not.toEqual(b);
  });

  test('shares 0 and 1 hold out nothing and everything', () => {
    const rows = syntheticRows();
    expect(splitByTopic(rows, { validationShare: 0 }).validation).toEqual([]);
    expect(splitByTopic(rows, { validationShare: 1 }).train).toEqual([]);
  });
});

const paths = corpusPaths(DEFAULT_DATA_DIR);
const haveData = existsSync(paths.fnc1.stances) && existsSync(paths.arc.stances);

describe.skipIf(!haveData)(
  haveData ? 'splitByTopic on the real corpora' : 'skipped: ../shared/data not present',
  () => {
    test.each([
      ['FNC-1', paths.fnc1.stances],
      ['ARC', paths.arc.stances],
    ])('%s: about a fifth of the pairs held out, no headline or related body on both sides', (_name, path) => {
      const read = readFncStances(readFileSync(resolve(path), 'utf8'));
      if (!read.ok) throw new Error(read.reason);
      const { split, summary } = expectTopicSplitInvariants(read.pairs);
      const share = split.validation.length / read.pairs.length;
      expect(share).toBeGreaterThanOrEqual(0.2);
      expect(share).toBeLessThan(0.3);
      expect(summary.validation.topics).toBeGreaterThan(10);
    });
  },
);
