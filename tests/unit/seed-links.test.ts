/**
 * The acceptance examples, end to end through extraction and the engine, on the committed
 * news-page fixtures of the seed articles (so this runs without ../shared).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer, type Analyzer } from '../../src/engine/analyzer';
import type { ClaimReport, Report } from '../../src/engine/report';
import { extractArticle } from '../../src/extract/extract-article';
import { parseHtmlDocument } from '../../src/node/html-document';
import { SEED_GOLDEN_PATH, SEED_PAGES } from '../../src/eval/eval-paths';
import { linksFromReport } from '../../src/eval/evaluate-seeds';
import { scoreSeedLinks } from '../../src/eval/score-seed-links';
import { parseSeedGolden } from '../../src/eval/seed-golden';

let analyzer: Analyzer;
const reports = new Map<string, Report>();

function reportFor(seed: string): Report {
  let report = reports.get(seed);
  if (!report) {
    const path = resolve(import.meta.dirname, `../fixtures/${seed}.html`);
    const extracted = extractArticle(parseHtmlDocument(readFileSync(path, 'utf8'), `http://127.0.0.1/${seed}.html`));
    if (!extracted.ok) throw new Error(`${seed}: ${extracted.message}`);
    report = analyzer.analyze(extracted.article);
    reports.set(seed, report);
  }
  return report;
}

function claim(seed: string, contains: string): ClaimReport {
  const found = reportFor(seed).claims.find((c) => c.text.includes(contains));
  if (!found) throw new Error(`${seed} has no sentence containing “${contains}”`);
  return found;
}

beforeAll(() => {
  analyzer = createAnalyzer([defaultDataset]);
});

describe('acceptance examples on the seed pages', () => {
  test('seed 000: a sentence no other source speaks to is shown no source', () => {
    const artillery = claim('seed-000', 'Russian artillery fire has increased by approximately 37%');
    expect([...artillery.corroborating, ...artillery.conflicting]).toEqual([]);
  });

  test.each(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'])('%s never matches itself', (seed) => {
    const report = reportFor(seed);
    expect(report.excludedSourceIds).toEqual([seed]);
    for (const c of report.claims) {
      for (const match of [...c.corroborating, ...c.conflicting, ...c.related]) expect(match.sourceId).not.toBe(seed);
    }
  });

  test('the same source sentence is never both corroborating and conflicting for one page sentence', () => {
    for (const seed of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) {
      for (const c of reportFor(seed).claims) {
        const conflicting = new Set(c.conflicting.map((m) => m.claimId));
        for (const match of c.corroborating) expect(conflicting.has(match.claimId)).toBe(false);
      }
    }
  });

  test('scores lie in 0–1 and every page sentence is reported', () => {
    const report = reportFor('seed-004');
    expect(report.claims.map((c) => c.index)).toEqual(report.claims.map((_, i) => i));
    for (const c of report.claims) {
      for (const match of [...c.corroborating, ...c.conflicting, ...c.related]) {
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

/**
 * The golden links (tests/golden/seed-links.json) as a regression floor: recall may only go up. The
 * learned judge is trained on public sentence pairs and never on the seeds, and finds far fewer of these
 * links than the rules tuned on these pages did; docs/quality.md (*Seeds*) gives the figures and why.
 */
const CORROBORATION_RECALL_FLOOR = 0.2;
/** The conflicts over who (two doers of one kind of event) find 5 of the 26: 0.19. */
const CONFLICT_RECALL_FLOOR = 0.15;

describe('golden seed links', () => {
  test('recall stays at its floor, with no opposite relation and no link from a sentence no source speaks to', () => {
    const golden = parseSeedGolden(JSON.parse(readFileSync(SEED_GOLDEN_PATH, 'utf8')));
    if (!golden.ok) throw new Error(golden.errors.join('\n'));
    const predicted = SEED_PAGES.flatMap((seed) => linksFromReport(seed, reportFor(seed)));
    const score = scoreSeedLinks(golden.golden, predicted);
    expect(score.corroborates.recall).toBeGreaterThanOrEqual(CORROBORATION_RECALL_FLOOR);
    expect(score.conflicts.recall).toBeGreaterThanOrEqual(CONFLICT_RECALL_FLOOR);
    expect(score.all.opposite).toBe(0);
    expect(score.all.fromNoLink).toBe(0);
  });
});
