/**
 * Product codes rank a large dataset's claims only where WebAssembly cannot run; where it runs, the
 * integer screen reads the lists exactly and codes would go unread, so packing does not fit them
 * (`productCodesFrom`, src/match/meaning-index.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { seededRandom } from '../../src/match/seeded-random';
import type { SentenceEncoder } from '../../src/match/sentence-encoder';

const DIMS = 16;
/** More claims than product codes start from, with vectors of a tiny encoder. */
function claims(count: number): Float32Array[] {
  const random = seededRandom(3);
  return Array.from({ length: count }, () => Float32Array.from({ length: DIMS }, () => random() * 2 - 1));
}
const encoder = { version: 'test', dimensions: DIMS } as SentenceEncoder;

afterEach(() => {
  vi.doUnmock('../../src/match/int8-dots');
  vi.resetModules();
});

describe('product codes are fitted only where WebAssembly cannot run', () => {
  test('where it runs (Node, Chrome, Firefox): never, however many claims', async () => {
    const { packMeaningVectors, productCodesFrom } = await import('../../src/match/meaning-index');
    expect(productCodesFrom()).toBe(Number.POSITIVE_INFINITY);
    const [part] = packMeaningVectors(encoder, claims(33_000)).parts;
    expect(part!.members.length).toBe(33_000);
    expect(part!.codes.length).toBe(0);
    expect(part!.codebooks.length).toBe(0);
  });

  test('where it cannot: from 32,768 claims, every claim coded', async () => {
    vi.resetModules();
    vi.doMock('../../src/match/int8-dots', async (original) => ({
      ...(await original<typeof import('../../src/match/int8-dots')>()),
      canRunInt8Dots: () => false,
    }));
    const { packMeaningVectors, productCodesFrom } = await import('../../src/match/meaning-index');
    expect(productCodesFrom()).toBe(32_768);
    const [part] = packMeaningVectors(encoder, claims(33_000)).parts;
    expect(part!.codes.length).toBe(33_000 * (DIMS / 8));
  });
});
