/**
 * An import packs the claims' vectors by meaning when its worker is given the encoder (the page reads the
 * word vectors for it), and still imports without them when the vectors could not be read.
 */
import { describe, expect, test } from 'vitest';
import { shippedEncoderFor } from '../../src/match/default-sentence-encoder';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { importText } from './support/import-job';

// Invented claims in the JSON Lines form of fact-check exports ("vclaim" on each line).
const JSONL = [
  { vclaim_id: 'a', vclaim: 'The minister resigned after the scandal.', author: 'Rosa Lind' },
  { vclaim_id: 'b', vclaim: 'The club won the cup final.', author: 'Rosa Lind' },
]
  .map((record) => JSON.stringify(record))
  .join('\n');

const importWith = (encoder?: () => Promise<ReturnType<typeof shippedEncoderFor>>) =>
  importText(JSONL, encoder ? { encoder } : {});

describe('importing a dataset', () => {
  test('with the encoder, the stored index carries every claim’s vector by meaning', async () => {
    const encoder = shippedEncoderFor(defaultWordVectors())!;
    const { result, saved } = await importWith(async () => encoder);
    expect(result.ok).toBe(true);
    expect(saved?.meaning?.parts[0]?.encoder).toBe(encoder.version);
    expect(saved?.meaning?.parts[0]?.claimCount).toBe(2);
  });

  test('without word vectors, it is imported all the same, without them', async () => {
    const { result, saved } = await importWith(async () => {
      throw new Error('the package could not be read');
    });
    expect(result.ok).toBe(true);
    expect(saved).toBeDefined();
    expect(saved!.meaning).toBeUndefined();
  });
});
