/**
 * `align` visits only the cells of the similarity matrix that can be non-zero and keeps per-sentence
 * caches (prepared units, vector columns, the page's units by key). Its figures must be, to the last bit,
 * those of the plain definition: the full matrix of unit similarities, each page unit's first strongest
 * match, and weighted coverage of whole sentences and of every pair of clause windows. Page sentences
 * alternate between calls, so a cache kept for the wrong sentence would show.
 */
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { analyzeSentence, type SentenceAnalysis } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align, unitSimilarityRows, type Alignment } from '../../src/stance/align';
import { clauseWindows, preparedUnits, type Weigh } from '../../src/stance/prepared-units';
import { THRESHOLDS } from '../../src/stance/thresholds';

const vectors = defaultWordVectors();
/** A weigher that differs by key, so that a weight taken from the wrong unit shows. */
const weigh: Weigh = (key) => 1 + (key.length % 7) + key.charCodeAt(0) / 100;

const harmonic = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b));

/** The plain definition, cell by cell. */
function reference(page: SentenceAnalysis, source: SentenceAnalysis): Alignment {
  const [p, s] = [preparedUnits(page, vectors, weigh), preparedUnits(source, vectors, weigh)];
  const matrix = page.units.map((a, i) =>
    source.units.map((b, j) => unitSimilarityRows(a, b, vectors, p.rows[i]!, s.rows[j]!)),
  );
  const pairs = matrix.flatMap((row, i) => {
    const strength = Math.max(0, ...row);
    return strength > 0 ? [{ page: i, source: row.indexOf(strength), strength }] : [];
  });
  /** Coverage of both sides within clause-number ranges. */
  const coverages = ([plo, phi]: [number, number], [slo, shi]: [number, number]): [number, number] => {
    const inPage = (i: number) => page.units[i]!.clause >= plo && page.units[i]!.clause <= phi;
    const inSource = (j: number) => source.units[j]!.clause >= slo && source.units[j]!.clause <= shi;
    let pMatched = 0;
    let pTotal = 0;
    let sMatched = 0;
    let sTotal = 0;
    page.units.forEach((_, i) => {
      if (!inPage(i)) return;
      pTotal += p.weights[i]!;
      pMatched += p.weights[i]! * Math.max(0, ...matrix[i]!.filter((_, j) => inSource(j)));
    });
    source.units.forEach((_, j) => {
      if (!inSource(j)) return;
      sTotal += s.weights[j]!;
      sMatched += s.weights[j]! * Math.max(0, ...matrix.filter((_, i) => inPage(i)).map((row) => row[j]!));
    });
    return [pTotal === 0 ? 0 : pMatched / pTotal, sTotal === 0 ? 0 : sMatched / sTotal];
  };
  const [pageCoverage, sourceCoverage] = coverages([-Infinity, Infinity], [-Infinity, Infinity]);
  const sentenceSimilarity = harmonic(pageCoverage, sourceCoverage);
  let clauseSimilarity = 0;
  let clauseCoverage = 0;
  if (sentenceSimilarity >= THRESHOLDS.windowFloor) {
    for (const pw of clauseWindows(page, p).bounds) {
      for (const sw of clauseWindows(source, s).bounds) {
        const [pc, sc] = coverages(pw, sw);
        if (harmonic(pc, sc) > clauseSimilarity) {
          clauseSimilarity = harmonic(pc, sc);
          clauseCoverage = pc;
        }
      }
    }
  }
  const byClause = clauseSimilarity * THRESHOLDS.clauseDiscount > sentenceSimilarity;
  return {
    pairs,
    pageCoverage,
    sourceCoverage,
    sentenceSimilarity,
    clauseSimilarity,
    coveredShare: byClause ? clauseCoverage : pageCoverage,
    similarity: byClause ? clauseSimilarity * THRESHOLDS.clauseDiscount : sentenceSimilarity,
  };
}

test('every embedded claim against two alternating page sentences: the plain definition, bit for bit', () => {
  const claims = defaultDataset.sources.flatMap((source) => source.claims.map((claim) => analyzeSentence(claim.text)));
  const pages = [
    claims[0]!,
    claims[5]!,
    analyzeSentence(
      'The US proposed NATO-style security guarantees for Ukraine, officials said, and Trump met Putin in Alaska.',
    ),
  ];
  let windowed = 0;
  for (const source of claims) {
    for (const page of [...pages, ...pages.slice().reverse()]) {
      const expected = reference(page, source);
      expect(align(page, source, vectors, weigh)).toEqual(expected);
      if (expected.clauseSimilarity > 0) windowed++;
    }
  }
  // The windows must be exercised too.
  expect(windowed).toBeGreaterThan(50);
});
