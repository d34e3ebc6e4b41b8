/**
 * The WebAssembly kernel of the search by meaning (src/match/int8-dots.wat): the committed bytes are the
 * assembly of the committed text, its products are exact, and the search screened by it answers what
 * scoring every claim exactly answers, with WebAssembly or without.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { assembleInt8Dots } from '../../scripts/wasm/assemble';
import { INT8_DOTS_WASM } from '../../src/match/int8-dots-wasm';
import { openInt8Dots } from '../../src/match/int8-dots';
import { dotQuery, packMeaning, searchMeaning } from '../../src/match/meaning-index';
import { seededRandom } from '../../src/match/seeded-random';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test('the shipped module is the assembly of int8-dots.wat (run `npm run wasm` after editing it)', async () => {
  const wat = readFileSync(resolve(import.meta.dirname, '..', '..', 'src', 'match', 'int8-dots.wat'), 'utf8');
  expect(Buffer.from(await assembleInt8Dots(wat)).toString('base64')).toBe(INT8_DOTS_WASM);
});

test('its products are the exact integer dot products, for any rows asked, in any order', () => {
  const random = seededRandom(3);
  const dims = 64;
  const count = 500;
  const data = Int8Array.from({ length: count * dims }, () => Math.round(random() * 254 - 127));
  const products = openInt8Dots(data, dims, count);
  expect(products).not.toBeNull();
  const query = Int8Array.from({ length: dims }, () => Math.round(random() * 254 - 127));
  const rows = Array.from({ length: 300 }, () => Math.floor(random() * count));
  const out = new Int32Array(rows.length);
  products!.dots(query, rows, rows.length, out);
  const exact = rows.map((row) => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += data[row * dims + d]! * query[d]!;
    return sum;
  });
  expect([...out]).toEqual(exact);
  // Extreme values: 64 × 127 × 127 (and its negative) fit.
  const extreme = new Int8Array(2 * dims).fill(127).fill(-127, dims);
  const both = openInt8Dots(extreme, dims, 2)!;
  const ends = new Int32Array(2);
  both.dots(new Int8Array(dims).fill(127), [0, 1], 2, ends);
  expect([...ends]).toEqual([64 * 127 * 127, -64 * 127 * 127]);
  // Dimensions the kernel's 16 lanes do not divide are left to the caller's loop.
  expect(openInt8Dots(new Int8Array(10), 10, 1)).toBeNull();
});

describe('the search by meaning, screened by integer products', () => {
  const dims = 64;
  const unit = (v: Float32Array) => {
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };

  /** Random claims, with copies and copies nudged by a hair (equal and nearly equal scores at the cut), and queries near them. */
  function claimsAndQueries(seed: number) {
    const random = seededRandom(seed);
    const base = Array.from({ length: 3000 }, () => unit(Float32Array.from({ length: dims }, () => random() * 2 - 1)));
    const vectors = [
      ...base,
      ...base.slice(0, 500),
      ...base.slice(0, 500).map((v) => unit(v.map((x) => x + (random() - 0.5) * 0.01))),
    ];
    const queries = Array.from({ length: 40 }, (_, probe) =>
      probe % 2 === 0
        ? unit(vectors[probe * 97]!.map((x) => x + (random() - 0.5) * 0.3))
        : unit(Float32Array.from({ length: dims }, () => random() * 2 - 1)),
    );
    return { vectors, queries };
  }

  async function expectExact(search: typeof searchMeaning, pack: typeof packMeaning) {
    const { vectors, queries } = claimsAndQueries(11);
    // No product codes, so every claim of the lists read is scored exactly (as below 32,768 claims).
    const part = pack('test', dims, vectors, Number.POSITIVE_INFINITY);
    expect(part.codes.length).toBe(0);
    const readAll = () => Number.POSITIVE_INFINITY;
    for (const query of queries)
      for (const [limit, floor] of [
        [8, -1],
        [3, 0.2],
        [20, -1],
      ] as const) {
        const expected = Array.from({ length: vectors.length }, (_, doc) => ({
          doc,
          score: dotQuery(part.vectors, doc, dims, query) / 127,
        }))
          .filter((hit) => hit.score >= floor)
          .sort((a, b) => b.score - a.score || a.doc - b.doc)
          .slice(0, limit);
        expect(search({ parts: [part], from: [0] }, query, limit, floor, readAll)).toEqual(expected);
      }
  }

  test('answers what scoring every claim read exactly answers, ties and near-ties included', async () => {
    await expectExact(searchMeaning, packMeaning);
  });

  test('without WebAssembly (a policy refusing it), the same answers from the plain loop', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const fresh = await import('../../src/match/meaning-index');
    const kernel = await import('../../src/match/int8-dots');
    expect(kernel.openInt8Dots(new Int8Array(64), 64, 1)).toBeNull();
    await expectExact(fresh.searchMeaning, fresh.packMeaning);
  });
});
