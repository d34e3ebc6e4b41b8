/**
 * Stored claim units decode to exactly what analyzing the claim gives (units, actors, and on demand the
 * rest), through a structured clone as IndexedDB stores them.
 */
import { deserialize, serialize } from 'node:v8';
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { UnitsBuilder, unpackAnalysis, unpackGateUnits } from '../../src/match/packed-units';
import { gateView } from '../../src/stance/specific-content';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';

const TEXTS = [
  ...defaultDataset.sources.flatMap((source) => source.claims.map((claim) => claim.text)),
  'US President Donald Trump did not rule out sending 10,000 to 30,000 troops by March 2026, according to Reuters.',
  'The Italian prime minister said the guarantee was inspired by Article 5 rather than NATO membership.',
  'Kyiv has long aspired to join NATO; Putin is categorically against it, the Kremlin said on Monday.',
  // Dates are decoded lazily, and only looked for in a text with a digit, a month or a weekday.
  'The talks resumed in Sept. and again on 8/15/2025, with a summit planned for mid-May.',
  'x'.repeat(70_000), // too long for 16-bit offsets: stored as "analyze on use"
];

test.each([0, 1, 2, 3, 4])('stored units decode to the analysis itself (batch %i)', (batch) => {
  const texts = TEXTS.slice(batch * 30, batch * 30 + 30).concat(TEXTS.slice(-4));
  const builder = new UnitsBuilder();
  const analyses = texts.map((text) => analyzeSentence(text));
  for (const analysis of analyses) builder.add(analysis);
  const stored = deserialize(serialize(builder.pack()));
  texts.forEach((text, i) => {
    const decoded = unpackAnalysis(stored, i, text);
    expect(decoded.units).toEqual(analyses[i]!.units);
    expect(decoded.actors).toEqual(analyses[i]!.actors);
    expect([decoded.tokens, decoded.numbers, decoded.dates, decoded.negations]).toEqual([
      analyses[i]!.tokens,
      analyses[i]!.numbers,
      analyses[i]!.dates,
      analyses[i]!.negations,
    ]);
    // The link gate's view, read from the columns without decoding, is the analyzed sentence's.
    const view = unpackGateUnits(stored, i);
    if (stored.unstored[i]) return expect(view).toBeNull();
    const expected = gateView(analyses[i]!);
    const keys = (v: Pick<typeof expected, 'table' | 'keyIds'>) => Array.from(v.keyIds, (id) => v.table[id]);
    expect([keys(view!), Array.from(view!.starts), Array.from(view!.roles)]).toEqual([
      keys(expected),
      Array.from(expected.starts),
      Array.from(expected.roles),
    ]);
  });
  expect(stored.unstored.at(-1)).toBe(1);
});

test('a unit costs 21 bytes in typed arrays (the figure README and packed-units.ts give)', () => {
  const builder = new UnitsBuilder();
  const analyses = TEXTS.slice(0, 40).map((text) => analyzeSentence(text));
  for (const analysis of analyses) builder.add(analysis);
  const packed = builder.pack();
  const columns = [
    packed.key,
    packed.word,
    packed.from,
    packed.to,
    packed.flags,
    packed.clause,
    packed.actor,
    packed.concept,
    packed.office,
  ];
  expect(columns.reduce((bytes, column) => bytes + column.byteLength, 0) / packed.key.length).toBe(21);
});
