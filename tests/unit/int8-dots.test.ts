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
import { dotQuery, packMeaning, screened, searchMeaning } from '../../src/match/meaning-index';
import { seededRandom } from '../../src/match/seeded-random';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test('the shipped module is the assembly of int8-dots.wat (run `npm run wasm` after editing it)', async () => {
  const wat = readFileSync(resolve(import.meta.dirname, '..', '..', 'src', 'match', 'int8-dots.wat'), 'utf8');
  expect(Buffer.from(await assembleInt8Dots(wat)).toString('base64')).toBe(INT8_DOTS_WASM);
});

test('its products are the exact integer dot products of runs of the rows stored', () => {
  const random = seededRandom(3);
  const dims = 64;
  const count = 500;
  const data = Int8Array.from({ length: count * dims }, () => Math.round(random() * 254 - 127));
  const products = openInt8Dots(data, dims);
  expect(products).not.toBeNull();
  const query = Int8Array.from({ length: dims }, () => Math.round(random() * 254 - 127));
  const out = new Int32Array(310).fill(7);
  products!.dots(query, 150, 300, out, 10);
  const exact = Array.from({ length: 300 }, (_, i) => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += data[(150 + i) * dims + d]! * query[d]!;
    return sum;
  });
  expect([...out.subarray(0, 10)]).toEqual(Array(10).fill(7));
  expect([...out.subarray(10)]).toEqual(exact);
  // Extreme values: 64 × 127 × 127 (and its negative) fit; -128 counts 128 in a row's sum.
  const extreme = new Int8Array(3 * dims)
    .fill(127)
    .fill(-127, dims)
    .fill(-128, 2 * dims);
  const both = openInt8Dots(extreme, dims)!;
  const ends = new Int32Array(2);
  both.dots(new Int8Array(dims).fill(127), 0, 2, ends, 0);
  expect([...ends]).toEqual([64 * 127 * 127, -64 * 127 * 127]);
  expect(both.largestRowSum(0, 2)).toBe(64 * 127);
  expect(both.largestRowSum(0, 3)).toBe(64 * 128);
  const sums = Array.from({ length: 50 }, (_, i) => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += Math.abs(data[(40 + i) * dims + d]!);
    return sum;
  });
  expect(products!.largestRowSum(40, 50)).toBe(Math.max(...sums));
  // Dimensions the kernel's 16 lanes do not divide are left to the caller's loop.
  expect(openInt8Dots(new Int8Array(10), 10)).toBeNull();
});

describe('the search by meaning, screened by integer products', () => {
  const dims = 64;
  const unit = (v: Float32Array) => {
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };

  /** Random claims, with copies and copies nudged by a hair (equal and nearly equal scores at the cut), and queries near them. */
  function claimsAndQueries(seed: number, distinct = 3000) {
    const random = seededRandom(seed);
    const base = Array.from({ length: distinct }, () =>
      unit(Float32Array.from({ length: dims }, () => random() * 2 - 1)),
    );
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

  async function expectExact(
    search: typeof searchMeaning,
    pack: typeof packMeaning,
    codesFrom = Number.POSITIVE_INFINITY,
  ) {
    const { vectors, queries } = claimsAndQueries(11, codesFrom < Number.POSITIVE_INFINITY ? 6000 : 3000);
    // Without product codes every claim of the lists read is scored exactly (as below 32,768 claims).
    const part = pack('test', dims, vectors, codesFrom);
    expect(part.codes.length > 0).toBe(codesFrom < vectors.length);
    const readAll = () => Number.POSITIVE_INFINITY;
    for (const query of queries)
      for (const [limit, floor] of [
        [8, -1],
        [3, 0.2],
        [20, -1],
      ] as const) {
        const expected = [...part.members]
          .map((doc, row) => ({ doc, score: dotQuery(part.vectors, row, dims, query) / 127 }))
          .filter((hit) => hit.score >= floor)
          .sort((a, b) => b.score - a.score || a.doc - b.doc)
          .slice(0, limit);
        expect(search({ parts: [part], from: [0] }, query, limit, floor, readAll)).toEqual(expected);
      }
  }

  test('answers what scoring every claim read exactly answers, ties and near-ties included', async () => {
    await expectExact(searchMeaning, packMeaning);
  });

  test('with product codes (from 32,768 claims), the screen still answers what exact scores answer', async () => {
    // Without WebAssembly the codes choose the claims scored exactly, an approximation; with it, they go unread.
    await expectExact(searchMeaning, packMeaning, 1000);
  });

  test('the screen keeps the best rows of the lists it is given and few others, each list’s bound from its own rows', () => {
    const { vectors, queries } = claimsAndQueries(7, 6000);
    const part = packMeaning('test', dims, vectors, Number.POSITIVE_INFINITY);
    const lists = part.listStart.length - 1;
    const rowsOf = (c: number) =>
      Array.from({ length: part.listStart[c + 1]! - part.listStart[c]! }, (_, i) => part.listStart[c]! + i);
    queries.forEach((query, q) => {
      // Five lists a query, a different five each time: most are read for the first time.
      const chosen = Array.from({ length: 5 }, (_, i) => (q * 5 + i * 7) % lists);
      const read = chosen.flatMap(rowsOf);
      const kept = screened(part, query, chosen, read.length, 8)!;
      const best = read
        .map((row) => ({ row, score: dotQuery(part.vectors, row, dims, query) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 8);
      const readSet = new Set(read);
      expect(kept.filter((row) => !readSet.has(row))).toEqual([]);
      expect(best.map((hit) => hit.row).filter((row) => !kept.includes(row))).toEqual([]);
      expect(kept.length).toBeLessThan(read.length / 4);
    });
  });

  test('reading a few lists a search, it answers as the plain loop', async () => {
    const { vectors, queries } = claimsAndQueries(5, 6000);
    const someLists = (claims: number) => claims / 6;
    const answers = (search: typeof searchMeaning, pack: typeof packMeaning) => {
      const part = pack('test', dims, vectors, Number.POSITIVE_INFINITY);
      expect(part.listStart.length - 1).toBeGreaterThan(20);
      return queries.map((query) => search({ parts: [part], from: [0] }, query, 8, -1, someLists));
    };
    const screenedAnswers = answers(searchMeaning, packMeaning);
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const fresh = await import('../../src/match/meaning-index');
    expect(screenedAnswers).toEqual(answers(fresh.searchMeaning, fresh.packMeaning));
  });

  test('without WebAssembly (a policy refusing it), the same answers from the plain loop', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const fresh = await import('../../src/match/meaning-index');
    const kernel = await import('../../src/match/int8-dots');
    expect(kernel.openInt8Dots(new Int8Array(64), 64)).toBeNull();
    await expectExact(fresh.searchMeaning, fresh.packMeaning);
  });
});
