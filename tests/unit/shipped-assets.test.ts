/**
 * The engine's files beside the code: the binary word-vector format round-trips and refuses a file it
 * cannot read correctly, and the loader reads the files once, says plainly when they are missing, and
 * tries a failed read again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createShippedAssets, SHIPPED_FILES } from '../../src/assets/shipped-assets';
import { ASSETS_DIR } from '../../src/assets/node-assets';
import { decodeWordVectorFile, encodeWordVectorFile } from '../../src/nlp/word-vector-file';

const TABLE = {
  dimensions: 3,
  words: ['the', 'café', 'troops'],
  data: Int8Array.from([1, 2, 3, -4, 5, -6, 127, -128, 0]),
  source: 'test vectors, ünïcode',
};
const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('the word-vector file', () => {
  test('round-trips words, values and the source note', () => {
    const decoded = decodeWordVectorFile(buffer(encodeWordVectorFile(TABLE)));
    expect({ ...decoded, data: [...decoded.data] }).toEqual({ ...TABLE, data: [...TABLE.data] });
  });

  test.each([
    ['a truncated file', (b: Uint8Array) => b.slice(0, b.length - 1), /size .* the header says/],
    [
      'another format',
      (b: Uint8Array) => Uint8Array.from([...new TextEncoder().encode('{"words'), ...b.slice(7)]),
      /not a word-vector file/,
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
    ['a header shorter than a header', (b: Uint8Array) => b.slice(0, 10), /too short/],
  ])('refuses %s with its reason', (_, spoil, reason) => {
    expect(() => decodeWordVectorFile(buffer(spoil(encodeWordVectorFile(TABLE))))).toThrow(reason);
  });

  test('the shipped file decodes: 100 dimensions, the most frequent word first', () => {
    const table = decodeWordVectorFile(buffer(readFileSync(resolve(ASSETS_DIR, SHIPPED_FILES.wordVectors))));
    expect(table.dimensions).toBe(100);
    expect(table.words[0]).toBe('the');
    expect(table.words.length).toBeGreaterThan(10_000);
  });
});

describe('loading the shipped files', () => {
  const files: Record<string, ArrayBuffer> = {
    [SHIPPED_FILES.wordVectors]: buffer(encodeWordVectorFile(TABLE)),
    [SHIPPED_FILES.pairModel]: buffer(readFileSync(resolve(ASSETS_DIR, SHIPPED_FILES.pairModel))),
    [SHIPPED_FILES.attentionModel]: buffer(readFileSync(resolve(ASSETS_DIR, SHIPPED_FILES.attentionModel))),
  };

  test('before a load, using them says what to do', () => {
    expect(() => createShippedAssets().wordVectors()).toThrow(/loadShippedAssets/);
  });

  test('are read once however many callers wait, then decoded on use', async () => {
    const assets = createShippedAssets();
    const reads: string[] = [];
    const read = async (name: string) => {
      reads.push(name);
      return files[name]!;
    };
    await Promise.all([assets.load(read), assets.load(read)]);
    await assets.load(read);
    expect(reads.sort()).toEqual(Object.values(SHIPPED_FILES).sort());
    expect(assets.wordVectors().cosine('the', 'the')).toBe(1);
    expect(assets.wordVectors().has('café')).toBe(true);
    expect(assets.pairModel().linkThresholds.corroborates).toBeGreaterThan(0);
    // The attention model reads the vectors by row: it refuses a table other than the one it was trained over.
    expect(() => assets.attentionModel()).toThrow(/other word vectors/);
  });

  test('a failed read rejects with its reason and is tried again on the next load', async () => {
    const assets = createShippedAssets();
    let fail = true;
    const read = async (name: string) => {
      if (fail) throw new Error(`${name} could not be read (404)`);
      return files[name]!;
    };
    await expect(assets.load(read)).rejects.toThrow('could not be read');
    expect(assets.loaded).toBe(false);
    fail = false;
    await assets.load(read);
    expect(assets.loaded).toBe(true);
  });
});
