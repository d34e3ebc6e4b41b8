/**
 * The cascade's word-level attention model (src/stance/attention-model.ts): the TypeScript forward pass,
 * with its per-word cache, gives the trainer's probabilities on validation pairs it was never trained
 * on, from the same token ids; and the loader refuses an asset made for other vectors or tokens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import asset from '../../assets/attention-model.json';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { tokenize } from '../../src/nlp/tokenize';
import { type AttentionModelAsset, loadAttentionModel } from '../../src/stance/attention-model';
import { attentionTokens } from '../../src/stance/attention-tokens';

const shipped = asset as unknown as AttentionModelAsset;
const parity = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/attention-model-parity.json'), 'utf8'),
) as Array<{
  claim: string;
  passage: string;
  claimIds: number[];
  claimFlags: number[];
  passageIds: number[];
  passageFlags: number[];
  probabilities: number[];
}>;

describe('the attention model', () => {
  test('turns the texts into the token ids the trainer read', () => {
    const vectors = defaultWordVectors();
    for (const row of parity) {
      const claim = attentionTokens(tokenize(row.claim), vectors);
      expect([...claim.ids]).toEqual(row.claimIds);
      expect([...claim.flags]).toEqual(row.claimFlags);
      expect([...attentionTokens(tokenize(row.passage), vectors).ids]).toEqual(row.passageIds);
    }
  });

  test('gives the trainer’s probabilities to 1e-3 on 50 validation pairs, cached or not', () => {
    const model = loadAttentionModel(shipped, defaultWordVectors());
    expect(parity.length).toBeGreaterThanOrEqual(50);
    for (const pass of ['first', 'cached'])
      for (const row of parity) {
        const p = model.probabilities(
          { ids: Int32Array.from(row.claimIds), flags: Uint8Array.from(row.claimFlags) },
          { ids: Int32Array.from(row.passageIds), flags: Uint8Array.from(row.passageFlags) },
        )!;
        row.probabilities.forEach((expected, c) => expect(Math.abs(p[c]! - expected), pass).toBeLessThan(1e-3));
      }
  });

  test('declines a pair with an empty side, and tells the same pair apart from a swapped name', () => {
    const vectors = defaultWordVectors();
    const model = loadAttentionModel(shipped, vectors);
    const side = (text: string) => attentionTokens(tokenize(text), vectors);
    expect(model.probabilities(side(''), side('Trudeau announced the deal.'))).toBeNull();
    const same = model.probabilities(side('Trudeau announced the deal.'), side('Trudeau announced the deal.'))!;
    const swapped = model.probabilities(side('Trudeau announced the deal.'), side('Carney announced the deal.'))!;
    expect(same.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(swapped).not.toEqual(same);
  });

  test('refuses an asset trained over other vectors or tokens, or cut short', () => {
    const vectors = defaultWordVectors();
    expect(() => loadAttentionModel({ ...shipped, tableRows: shipped.tableRows + 1 }, vectors)).toThrow(
      /other word vectors/,
    );
    expect(() => loadAttentionModel({ ...shipped, maxTokens: 40 }, vectors)).toThrow(/other tokens/);
    expect(() => loadAttentionModel({ ...shipped, version: 2 as 1 }, vectors)).toThrow(/format/);
    expect(() =>
      loadAttentionModel(
        { ...shipped, attend: { ...shipped.attend, bias: shipped.project.bias.slice(0, 8) } },
        vectors,
      ),
    ).toThrow(/wrong size/);
  });
});
