/**
 * Retrieval by meaning: a paraphrase that shares no search term with the known claim is a candidate
 * through the meaning channel and not through BM25 alone; the packed part survives the index file and a
 * structured clone; a part from another encoder is not used; the inverted-file search finds a claim's
 * own vector among several lists.
 */
import { deserialize, serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import type { Dataset, Source } from '../../src/claims/dataset';
import { MEANING_ENCODED_AT_OPENING, openClaimIndex } from '../../src/match/claim-index';
import { defaultSentenceEncoder } from '../../src/match/default-sentence-encoder';
import { decodeIndexFile, encodeIndexFile } from '../../src/match/index-file';
import { meaningFits, packMeaning, searchMeaning } from '../../src/match/meaning-index';
import { packClaimIndex, type PackedClaimIndex } from '../../src/match/pack-claim-index';
import { retrieveCandidates, searchByMeaning, searchClaims } from '../../src/match/retrieve-candidates';
import { searchTerms } from '../../src/match/search-terms';
import { seededRandom } from '../../src/match/seeded-random';
import { analyzeInContext } from '../../src/nlp/analyze-in-context';
import { searchContexts } from '../../src/nlp/anaphor';

function source(id: string, texts: string[]): Source {
  return {
    id,
    outlet: `${id} outlet`,
    author: null,
    publishedTime: null,
    url: null,
    title: null,
    claims: texts.map((text, i) => ({ id: `${id}#${i + 1}`, text, attribution: null })),
  };
}

// Invented claims on unrelated subjects, and one the page sentence says again in other words.
const TARGET = 'The minister resigned after the scandal.';
const DATASET: Dataset = {
  format: 'provenance-dataset',
  version: 1,
  id: 'invented',
  name: 'Invented',
  description: null,
  sources: [
    source('politics', [TARGET, 'The parliament passed the budget on Tuesday.', 'The mayor opened a new library.']),
    source('sport', [
      'The club won the cup final.',
      'The striker signed a new contract.',
      'The coach praised the fans.',
    ]),
    source('weather', ['Heavy rain flooded the coastal town.', 'A heatwave is expected next week.']),
    source('business', ['The bank raised interest rates.', 'The airline cancelled dozens of flights.']),
  ],
};
const SENTENCE = 'The official quit following the controversy.';
const encoder = defaultSentenceEncoder()!;

function candidateTexts(index: ReturnType<typeof openClaimIndex>, withMeaning: boolean): string[] {
  const analysis = analyzeInContext(SENTENCE, null);
  const hits = searchClaims(index, analysis, 20);
  const near = withMeaning ? searchByMeaning(index, SENTENCE, null) : [];
  return retrieveCandidates(index, analysis, hits, 20, new Set(), near).map((entry) => entry.claim.text);
}

describe('a paraphrase with no shared word', () => {
  test('shares no search term with the claim it repeats', () => {
    const page = new Set(searchTerms(analyzeInContext(SENTENCE, null)));
    expect(searchTerms(analyzeInContext(TARGET, null)).filter((term) => page.has(term))).toEqual([]);
  });

  test('is found by the meaning channel, not by BM25 alone', () => {
    const index = openClaimIndex([DATASET], packClaimIndex([DATASET], encoder), encoder);
    expect(candidateTexts(index, false)).not.toContain(TARGET);
    expect(candidateTexts(index, true)).toContain(TARGET);
  });

  test('an index opened without an encoder finds nothing by meaning', () => {
    const index = openClaimIndex([DATASET], packClaimIndex([DATASET], encoder), null);
    expect(index.nearInMeaning(SENTENCE, null, 5, -1)).toEqual([]);
  });
});

describe('a sentence that points back', () => {
  const PREVIOUS = 'The council proposed closing two libraries to save money.';
  const POINTING = 'Residents strongly opposed the idea.';
  const CLAIM = 'Locals protested against shutting the libraries.';
  const withClaim: Dataset = { ...DATASET, sources: [...DATASET.sources, source('town', [CLAIM])] };
  const index = openClaimIndex([withClaim], packClaimIndex([withClaim], encoder), encoder);
  const candidates = (context: string | null) => {
    const analysis = analyzeInContext(POINTING, null);
    const near = searchByMeaning(index, POINTING, context);
    return retrieveCandidates(index, analysis, searchClaims(index, analysis, 20), 20, new Set(), near).map(
      (entry) => entry.claim.text,
    );
  };

  test('is searched with the sentence before it, and then finds what the pair says', () => {
    const [context] = searchContexts([PREVIOUS, POINTING], [null, null]).slice(1);
    expect(context).toBe(PREVIOUS);
    expect(candidates(null)).not.toContain(CLAIM);
    expect(candidates(context!)).toContain(CLAIM);
  });
});

describe('the packed part', () => {
  const packed = packClaimIndex([DATASET], encoder);

  test('is packed only with an encoder, and fits the claims and the encoder', () => {
    expect(packClaimIndex([DATASET]).meaning).toBeUndefined();
    expect(meaningFits(packed.meaning, encoder, packed.claimCount)).toBe(true);
    expect(meaningFits(packed.meaning, { ...encoder, version: 'another' }, packed.claimCount)).toBe(false);
    expect(meaningFits(packed.meaning, encoder, packed.claimCount + 1)).toBe(false);
  });

  test.each([
    ['the index file', (index: PackedClaimIndex) => decodeIndexFile(encodeIndexFile(index).slice().buffer)],
    ['a structured clone (IndexedDB)', (index: PackedClaimIndex) => deserialize(serialize(index)) as PackedClaimIndex],
  ])('survives %s and answers alike', (_name, roundTrip) => {
    const stored = roundTrip(packed);
    const a = openClaimIndex([DATASET], packed, encoder).nearInMeaning(SENTENCE, null, 5, -1);
    const b = openClaimIndex([DATASET], stored, encoder).nearInMeaning(SENTENCE, null, 5, -1);
    expect(b).toEqual(a);
    expect(a[0]!.doc).toBe(0);
  });

  test('a part from another encoder, or in another layout, is encoded again, not read', () => {
    // The old part's vectors have claims 0 and 3 swapped: read, it would rank claim 3 first.
    const part = packed.meaning!.parts[0]!;
    const dims = part.dimensions;
    const swapped = part.vectors.slice();
    swapped.set(part.vectors.subarray(0, dims), 3 * dims);
    swapped.set(part.vectors.subarray(3 * dims, 4 * dims), 0);
    const stale = { ...part, vectors: swapped };
    const read = openClaimIndex([DATASET], { ...packed, meaning: { parts: [stale], from: [0] } }, encoder);
    expect(read.nearInMeaning(SENTENCE, null, 1, -1)[0]!.doc).toBe(3);
    const other = { ...packed, meaning: { parts: [{ ...stale, encoder: 'old' }], from: [0] } };
    expect(openClaimIndex([DATASET], other, encoder).nearInMeaning(SENTENCE, null, 1, -1)[0]!.doc).toBe(0);
    // Nor is a part stored in the older layout (rows by claim number, no layout field): it would be misread.
    const { layout: _, ...unlabelled } = stale;
    const older = { ...packed, meaning: { parts: [unlabelled as typeof stale], from: [0] } };
    expect(openClaimIndex([DATASET], older, encoder).nearInMeaning(SENTENCE, null, 1, -1)[0]!.doc).toBe(0);
  });
});

describe('opening an index packed without the encoder', () => {
  test('encodes a small dataset now, and leaves a large one without the channel rather than encode it on every wake', () => {
    const small = openClaimIndex([DATASET], packClaimIndex([DATASET]), encoder);
    expect(small.findsByMeaning).toBe(true);
    expect(small.nearInMeaning(SENTENCE, null, 1, -1)[0]!.doc).toBe(0);
    const many = Array.from(
      { length: MEANING_ENCODED_AT_OPENING + 1 },
      (_, i) => `Claim number ${i} about the harbour.`,
    );
    const large: Dataset = { ...DATASET, id: 'large', sources: [source('large', many)] };
    const opened = openClaimIndex([large], packClaimIndex([large]), encoder);
    expect(opened.findsByMeaning).toBe(false);
    expect(opened.nearInMeaning(SENTENCE, null, 1, -1)).toEqual([]);
    expect(openClaimIndex([large], packClaimIndex([large], encoder), encoder).findsByMeaning).toBe(true);
  });
});

describe('the inverted-file search', () => {
  test('splits many claims into lists, codes them, and finds each probed claim as its own nearest', () => {
    const random = seededRandom(5);
    const dims = 64;
    const count = 6000;
    const vectors = Array.from({ length: count }, () => {
      const v = Float32Array.from({ length: dims }, () => random() * 2 - 1);
      const norm = Math.hypot(...v);
      return v.map((x) => x / norm);
    });
    // Product codes from any number of claims, so that a small test reads them.
    const part = packMeaning('test', dims, vectors, 0);
    expect(part.listStart.length - 1).toBeGreaterThan(1);
    expect(part.members.length).toBe(count);
    expect(part.codes.length).toBe(count * 8);
    for (const doc of [0, 1234, count - 1]) {
      const hits = searchMeaning({ parts: [part], from: [0] }, vectors[doc]!, 1, -1);
      expect(hits[0]!.doc).toBe(doc);
    }
    // Each claim's code for each group of eight dimensions is its nearest group vector, counted the
    // plain way (the coder ranks by |c|² − 2·x·c instead; the same code must win).
    for (let j = 0; j < count; j += 97) {
      const doc = part.members[j]!;
      for (let g = 0; g < 8; g++) {
        let best = 0;
        let bestDistance = Infinity;
        for (let c = 0; c < 256; c++) {
          let distance = 0;
          for (let d = 0; d < 8; d++)
            distance += (part.vectors[j * dims + g * 8 + d]! - part.codebooks[(g * 256 + c) * 8 + d]!) ** 2;
          if (distance < bestDistance) [best, bestDistance] = [c, distance];
        }
        expect(part.codes[j * 8 + g], `claim ${doc}, group ${g}`).toBe(best);
      }
    }
  });
});
