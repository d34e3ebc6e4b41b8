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

test('its products are the exact integer dot products of the rows stored, in the order stored', () => {
  const random = seededRandom(3);
  const dims = 64;
  const count = 500;
  const data = Int8Array.from({ length: count * dims }, () => Math.round(random() * 254 - 127));
  const order = Array.from({ length: count }, () => Math.floor(random() * count));
  const products = openInt8Dots(dims, count);
  expect(products).not.toBeNull();
  // Stored in two runs, as a search stores its lists; read in a run that crosses them.
  products!.store(data, order, 0, 200);
  products!.store(data, order, 200, count);
  const query = Int8Array.from({ length: dims }, () => Math.round(random() * 254 - 127));
  const out = new Int32Array(310).fill(7);
  products!.dots(query, 150, 300, out, 10);
  const exact = order.slice(150, 450).map((row) => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += data[row * dims + d]! * query[d]!;
    return sum;
  });
  expect([...out.subarray(0, 10)]).toEqual(Array(10).fill(7));
  expect([...out.subarray(10)]).toEqual(exact);
  // A source whose bytes do not start on a four-byte boundary is copied row by row, to the same effect.
  const shifted = new Int8Array(data.length + 1).fill(0);
  shifted.set(data, 1);
  const unaligned = openInt8Dots(dims, count)!;
  unaligned.store(shifted.subarray(1), order, 0, count);
  const again = new Int32Array(300);
  unaligned.dots(query, 150, 300, again, 0);
  expect([...again]).toEqual(exact);
  // Extreme values: 64 × 127 × 127 (and its negative) fit; -128 counts 128 in a row's sum.
  const extreme = new Int8Array(3 * dims)
    .fill(127)
    .fill(-127, dims)
    .fill(-128, 2 * dims);
  const both = openInt8Dots(dims, 3)!;
  both.store(extreme, [0, 1, 2], 0, 3);
  const ends = new Int32Array(2);
  both.dots(new Int8Array(dims).fill(127), 0, 2, ends, 0);
  expect([...ends]).toEqual([64 * 127 * 127, -64 * 127 * 127]);
  expect(both.largestRowSum(0, 2)).toBe(64 * 127);
  expect(both.largestRowSum(0, 3)).toBe(64 * 128);
  const sums = order.slice(40, 90).map((row) => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += Math.abs(data[row * dims + d]!);
    return sum;
  });
  expect(products!.largestRowSum(40, 50)).toBe(Math.max(...sums));
  // Dimensions the kernel's 16 lanes do not divide are left to the caller's loop.
  expect(openInt8Dots(10, 1)).toBeNull();
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

  test('with product codes (from 32,768 claims), the screen still answers what exact scores answer', async () => {
    // Without WebAssembly the codes choose the claims scored exactly, an approximation; with it, they go unread.
    await expectExact(searchMeaning, packMeaning, 1000);
  });

  test('the screen keeps the best claims of the lists it is given and few others, each list copied when first read', () => {
    const { vectors, queries } = claimsAndQueries(7, 6000);
    const part = packMeaning('test', dims, vectors, Number.POSITIVE_INFINITY);
    const lists = part.listStart.length - 1;
    const membersOf = (c: number) => [...part.members.subarray(part.listStart[c]!, part.listStart[c + 1]!)];
    queries.forEach((query, q) => {
      // Five lists a query, a different five each time: most are read for the first time.
      const chosen = Array.from({ length: 5 }, (_, i) => (q * 5 + i * 7) % lists);
      const read = chosen.flatMap(membersOf);
      const kept = screened(part, query, chosen, 8)!;
      const best = read
        .map((doc) => ({ doc, score: dotQuery(part.vectors, doc, dims, query) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 8);
      const readSet = new Set(read);
      expect(kept.filter((doc) => !readSet.has(doc))).toEqual([]);
      expect(best.map((hit) => hit.doc).filter((doc) => !kept.includes(doc))).toEqual([]);
      expect(kept.length).toBeLessThan(read.length / 4);
    });
  });

  test('reading a few lists a search, each copied into the module when first read, it answers as the plain loop', async () => {
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
    expect(kernel.openInt8Dots(64, 1)).toBeNull();
    await expectExact(fresh.searchMeaning, fresh.packMeaning);
  });
});
