/**
 * Lists of documents per key, packed as compressed sparse rows: one sorted key list, one offsets array,
 * one documents array (and, for BM25, one term-count array beside it). Typed arrays, not Maps of arrays:
 * 100,000 claims' postings are a few megabytes that IndexedDB's structured clone copies in one piece,
 * where a Map of two million small arrays would take seconds to rebuild and far more memory to hold.
 */

/** Documents per key: those of `keys[i]` are `docs[start[i]]` up to `docs[start[i + 1]]`, ascending. */
export interface PackedPostings {
  keys: string[];
  start: Uint32Array;
  docs: Uint32Array;
  /** How often the key occurs in each document (capped at 255), aligned with `docs`; when kept. */
  counts?: Uint8Array;
}

/** Key → ascending documents with occurrence counts, filled in document order, then packed. */
export class PostingsBuilder {
  private readonly lists = new Map<string, { docs: number[]; counts: number[] }>();

  /** Records one occurrence of `key` in `doc`; documents must be added in ascending order. */
  add(key: string, doc: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = { docs: [], counts: [] }));
    const last = list.docs.length - 1;
    if (list.docs[last] === doc) list.counts[last]!++;
    else {
      list.docs.push(doc);
      list.counts.push(1);
    }
  }

  /** The packed form; keys are sorted so equal inputs pack to equal bytes. */
  pack(withCounts: boolean): PackedPostings {
    const keys = [...this.lists.keys()].sort();
    const start = new Uint32Array(keys.length + 1);
    let total = 0;
    keys.forEach((key, i) => {
      start[i] = total;
      total += this.lists.get(key)!.docs.length;
    });
    start[keys.length] = total;
    const docs = new Uint32Array(total);
    const counts = withCounts ? new Uint8Array(total) : undefined;
    keys.forEach((key, i) => {
      const list = this.lists.get(key)!;
      docs.set(list.docs, start[i]!);
      counts?.set(
        list.counts.map((count) => Math.min(255, count)),
        start[i]!,
      );
    });
    return counts ? { keys, start, docs, counts } : { keys, start, docs };
  }
}

/** Row of each key, for lookups; built once per packed postings. */
export function keyRows(packed: PackedPostings): Map<string, number> {
  const rows = new Map<string, number>();
  packed.keys.forEach((key, i) => rows.set(key, i));
  return rows;
}

/** The documents of `key` (a view, not a copy), or an empty array. */
export function postingsOf(packed: PackedPostings, rows: ReadonlyMap<string, number>, key: string): Uint32Array {
  const i = rows.get(key);
  return i === undefined ? EMPTY : packed.docs.subarray(packed.start[i]!, packed.start[i + 1]!);
}

const EMPTY = new Uint32Array(0);

/**
 * One postings table for several in a row, the documents of part k shifted by `offsets[k]` (the number
 * of documents in the parts before it), so per key the documents stay ascending.
 */
export function mergePostings(parts: readonly PackedPostings[], offsets: readonly number[]): PackedPostings {
  const builder = new PostingsBuilder();
  parts.forEach((part, k) => {
    part.keys.forEach((key, i) => {
      for (let j = part.start[i]!; j < part.start[i + 1]!; j++) {
        const doc = part.docs[j]! + offsets[k]!;
        for (let n = part.counts?.[j] ?? 1; n > 0; n--) builder.add(key, doc);
      }
    });
  });
  return builder.pack(parts.every((part) => part.counts !== undefined));
}
