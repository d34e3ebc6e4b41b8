/**
 * The link gate reads a claim decoded from a stored index by its key ids, and any other claim by its key
 * strings: both must give the same answer for the same claim, page sentence after page sentence (the
 * gate keeps the page's keys by id for the last table it met).
 */
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { UnitsBuilder, unpackAnalysis } from '../../src/match/packed-units';
import { analyseSentence, type SentenceAnalysis } from '../../src/nlp/analyse-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { rememberStoredIds } from '../../src/stance/prepared-units';
import { linkGate } from '../../src/stance/specific-content';

const vectors = defaultWordVectors();
const texts = defaultDataset.sources.flatMap((source) => source.claims.map((claim) => claim.text));
const analysed = texts.map((text) => analyseSentence(text));

function gateAnswers(pages: readonly SentenceAnalysis[], claims: readonly SentenceAnalysis[]): boolean[] {
  return pages.flatMap((page) => {
    const mayLink = linkGate(page, vectors);
    return claims.map((claim) => mayLink(claim));
  });
}

test('decoded claims (by id) and analysed claims (by string) pass the gate alike', () => {
  // Two stored parts, their claims interleaved: each gate meets one key table, then the other, in turn.
  const parts = [new UnitsBuilder(), new UnitsBuilder()];
  analysed.forEach((analysis, i) => parts[i % 2]!.add(analysis));
  const stored = parts.map((part) => part.pack());
  const decoded = texts.map((text, i) => unpackAnalysis(stored[i % 2]!, i >> 1, text));
  const pages = analysed.slice(0, 60);
  const expected = gateAnswers(pages, analysed);
  expect(gateAnswers(pages, decoded)).toEqual(expected);
  // Both answers occur, or the comparison proves little.
  expect(new Set(expected).size).toBe(2);
});

test('claims stored with a key table that holds a key twice are gated by their strings', () => {
  // Every claim's units given ids into one table where each key stands twice; the first copy is used.
  const keys = [...new Set(analysed.flatMap((analysis) => analysis.units.map((unit) => unit.key)))];
  const table = [...keys, ...keys];
  const copies = texts.map((text) => analyseSentence(text));
  copies.forEach((copy) => {
    const keyIds = copy.units.map((unit) => keys.indexOf(unit.key));
    rememberStoredIds(copy, { keys: table, keyIds, words: [], wordIds: copy.units.map(() => -1) });
  });
  const pages = analysed.slice(0, 30);
  expect(gateAnswers(pages, copies)).toEqual(gateAnswers(pages, analysed));
});
