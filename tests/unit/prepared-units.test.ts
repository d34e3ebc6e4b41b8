/**
 * A claim decoded from stored units is prepared for alignment (rows and weights looked up by id) exactly
 * as the same claim analyzed afresh (looked up by string), and aligns to the same figures.
 */
import { deserialize, serialize } from 'node:v8';
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { UnitsBuilder, unpackAnalysis } from '../../src/match/packed-units';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { clauseWindows, preparedUnits } from '../../src/stance/prepared-units';

const TEXTS = [
  ...defaultDataset.sources.flatMap((source) => source.claims.map((claim) => claim.text)),
  'US President Donald Trump did not rule out sending 10,000 to 30,000 troops by March 2026, according to Reuters.',
  'According to a diplomatic source speaking to AFP, the guarantee, which Rome proposed, was discussed; nothing was agreed.',
];

/** A weigher that differs by key (so a weight taken from the wrong key shows). */
const weigh = (key: string) => 1 + (key.length % 7) + key.charCodeAt(0) / 100;

test('decoded claims are prepared as analyzed ones: rows, kinds, weights, clauses, windows', () => {
  const vectors = defaultWordVectors();
  const builder = new UnitsBuilder();
  const analyses = TEXTS.map((text) => analyzeSentence(text));
  for (const analysis of analyses) builder.add(analysis);
  const stored = deserialize(serialize(builder.pack()));
  // Decoded twice: the second decoding of a claim reads the id tables the first one filled.
  for (const round of [0, 1]) {
    TEXTS.forEach((text, i) => {
      const decoded = unpackAnalysis(stored, i, text);
      const fresh = preparedUnits(analyses[i]!, vectors, weigh);
      const fromIds = preparedUnits(decoded, vectors, weigh);
      expect({ ...fromIds, windows: clauseWindows(decoded, fromIds), round }).toEqual({
        ...fresh,
        windows: clauseWindows(analyses[i]!, fresh),
        round,
      });
    });
  }
  const rows = TEXTS.map((text, i) => preparedUnits(unpackAnalysis(stored, i, text), vectors, weigh).rows);
  expect(rows.some((r) => r.some((row) => row >= 0))).toBe(true);
  // Another weigher over the same stored table keeps weights of its own (each weigher has its table).
  const doubled = (key: string) => 2 * weigh(key);
  TEXTS.forEach((text, i) => {
    const once = preparedUnits(unpackAnalysis(stored, i, text), vectors, weigh).weights;
    expect([...preparedUnits(unpackAnalysis(stored, i, text), vectors, doubled).weights]).toEqual(
      [...once].map((w) => 2 * w),
    );
  });
});

test('clause windows: single clauses then consecutive pairs, each with at least three asserted units', () => {
  const analysis = analyzeSentence(
    'Trump met Putin in Alaska on Friday, and the two leaders discussed a ceasefire, which Kyiv rejected outright.',
  );
  const windows = clauseWindows(analysis, preparedUnits(analysis, defaultWordVectors(), weigh)).bounds;
  const clauses = [...new Set(analysis.units.filter((u) => !u.attribution).map((u) => u.clause))].sort((a, b) => a - b);
  const expected = [
    ...clauses.map((c): [number, number] => [c, c]),
    ...clauses.slice(1).map((c, i): [number, number] => [clauses[i]!, c]),
  ].filter(([lo, hi]) => analysis.units.filter((u) => !u.attribution && u.clause >= lo && u.clause <= hi).length >= 3);
  expect(windows).toEqual(expected);
  expect(windows.length).toBeGreaterThan(1);
});

test('a decoded claim aligns to the same figures as the analyzed one', () => {
  const vectors = defaultWordVectors();
  const builder = new UnitsBuilder();
  const analyses = TEXTS.map((text) => analyzeSentence(text));
  for (const analysis of analyses) builder.add(analysis);
  const stored = builder.pack();
  const page = analyzeSentence(
    'The United States proposed NATO-style security guarantees for Ukraine, officials said.',
  );
  TEXTS.forEach((text, i) => {
    expect(align(page, unpackAnalysis(stored, i, text), vectors, weigh)).toEqual(
      align(page, analyses[i]!, vectors, weigh),
    );
  });
});
