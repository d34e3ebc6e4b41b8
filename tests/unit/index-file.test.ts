/**
 * The packed claim index as a file (the built-in dataset's, made at build time): it decodes to the index
 * packed, array for array, and a spoilt file is refused with its reason rather than read as an index.
 */
import { describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { decodeIndexFile, encodeIndexFile } from '../../src/match/index-file';
import { fitsDatasets, packClaimIndex } from '../../src/match/pack-claim-index';

const packed = packClaimIndex([defaultDataset]);
const file = encodeIndexFile(packed);
const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('the claim index file', () => {
  test('decodes to the packed index of the built-in dataset, every typed array of the same type and values', () => {
    const decoded = decodeIndexFile(buffer(file));
    expect(decoded).toEqual(packed);
    expect(decoded.bm25.terms.docs).toBeInstanceOf(Uint32Array);
    expect(decoded.units[0]!.actor).toBeInstanceOf(Int16Array);
    expect(fitsDatasets(decoded, [defaultDataset])).toBe(true);
  });

  test.each([
    ['a truncated file', (b: Uint8Array) => b.slice(0, b.length - 8), /lies outside the file/],
    [
      'another format',
      (b: Uint8Array) => Uint8Array.from([...new TextEncoder().encode('PVWV'), ...b.slice(4)]),
      /not a claim index file/,
    ],
    [
      'a later version',
      (b: Uint8Array) => {
        const c = b.slice();
        new DataView(c.buffer).setUint32(4, 2, true);
        return c;
      },
      /format version 2/,
    ],
    ['a header only', (b: Uint8Array) => b.slice(0, 12), /skeleton runs past the end/],
  ])('refuses %s with its reason', (_, spoil, reason) => {
    expect(() => decodeIndexFile(buffer(spoil(file)))).toThrow(reason);
  });
});
