/**
 * Packing encodes each claim from the tokens its analysis made, not from its text tokenised again: the
 * vectors must be the very ones `encode` gives, antecedents included, or a packed index would disagree
 * with the queries encoded at search time.
 */
import { expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { shippedEncoderFor } from '../../src/match/default-sentence-encoder';
import { packMeaningParts } from '../../src/match/meaning-index';
import { packClaimIndex } from '../../src/match/pack-claim-index';
import { encoderWordsOf } from '../../src/match/sentence-encoder';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { tokenize } from '../../src/nlp/tokenize';

const encoder = shippedEncoderFor(defaultWordVectors())!;

// Invented claims; one opens with a pronoun standing for its antecedent, one has no word with a vector.
const dataset = {
  id: 'invented',
  sources: [
    {
      id: 's1',
      claims: [
        { id: 'a', text: 'The Harwich ferry will leave at noon from pier 4.' },
        { id: 'b', text: 'It was approved by the council in May.', antecedent: 'The new ferry route to Oban' },
        { id: 'c', text: 'Zzqx vrrk.' },
      ],
    },
    { id: 's2', claims: [{ id: 'd', text: 'The minister resigned after the scandal, officials said.' }] },
  ],
} as unknown as Dataset;

test.each([
  ['The minister resigned after the scandal.', null],
  ['It was approved in May.', 'The new ferry route to Oban'],
])('encodeWords of a tokenised sentence is encode of its text: %s', (text, antecedent) => {
  expect(encoder.encodeWords(encoderWordsOf(tokenize(text), antecedent))).toEqual(encoder.encode(text, antecedent));
});

test('a packed index holds the same vectors by meaning as encoding each claim’s text', () => {
  const packed = packClaimIndex([dataset], encoder).meaning!.parts[0]!;
  const direct = packMeaningParts([dataset], encoder).parts[0]!;
  expect(packed.vectors).toEqual(direct.vectors);
  expect(packed.members).toEqual(direct.members);
  // The antecedent's words count: without them the pronoun claim's vector would differ.
  const withoutAntecedent = encoder.encode('It was approved by the council in May.');
  const dims = encoder.dimensions;
  expect(Array.from(packed.vectors.subarray(dims, 2 * dims))).not.toEqual(
    Array.from(withoutAntecedent!, (x) => Math.round(x * 127)),
  );
});
