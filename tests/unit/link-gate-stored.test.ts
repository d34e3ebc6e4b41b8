/**
 * The link gate reads a claim stored in a packed index by its key ids in that index's key table, and
 * an analyzed claim by a table of its own: both must give the same answer for the same claim, page
 * sentence after page sentence (the gate keeps the page's keys by id for the last table it met).
 */
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { UnitsBuilder, unpackGateUnits } from '../../src/match/packed-units';
import { analyzeSentence, type SentenceAnalysis } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { gateView, LinkGate, type GateView } from '../../src/stance/specific-content';

const vectors = defaultWordVectors();
const texts = defaultDataset.sources.flatMap((source) => source.claims.map((claim) => claim.text));
const analyzed = texts.map((text) => analyzeSentence(text));

function gateAnswers(pages: readonly SentenceAnalysis[], claims: readonly GateView[]): boolean[] {
  return pages.flatMap((page) => {
    const gate = new LinkGate(page, vectors);
    return claims.map((claim) => gate.mayLink(claim));
  });
}

test('stored claims (by id, two key tables met in turn) and analyzed claims pass the gate alike', () => {
  // Two stored parts, their claims interleaved: each gate meets one key table, then the other, in turn.
  const parts = [new UnitsBuilder(), new UnitsBuilder()];
  analyzed.forEach((analysis, i) => parts[i % 2]!.add(analysis));
  const stored = parts.map((part) => part.pack());
  const views = texts.map((text, i): GateView => {
    const units = unpackGateUnits(stored[i % 2]!, i >> 1)!;
    return { text, ...units, hasDates: () => units.dated === 1 };
  });
  const pages = analyzed.slice(0, 60);
  const expected = gateAnswers(pages, analyzed.map(gateView));
  expect(gateAnswers(pages, views)).toEqual(expected);
  // Both answers occur, or the comparison proves little.
  expect(new Set(expected).size).toBe(2);
});

test('one large table shared by every claim gives the answers of per-claim tables', () => {
  // Every claim's units given ids into one table of every key (past the size where the gate maps it).
  const table = [...new Set(analyzed.flatMap((analysis) => analysis.units.map((unit) => unit.key)))];
  expect(table.length).toBeGreaterThan(64);
  const shared = analyzed.map(
    (analysis): GateView => ({
      ...gateView(analysis),
      table,
      keyIds: analysis.units.map((unit) => table.indexOf(unit.key)),
    }),
  );
  const pages = analyzed.slice(0, 30);
  expect(gateAnswers(pages, shared)).toEqual(gateAnswers(pages, analyzed.map(gateView)));
});
