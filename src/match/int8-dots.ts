/**
 * Exact int8 dot products of stored rows with a query, by the WebAssembly SIMD module assembled from
 * int8-dots.wat (16 products a lane step: ~15× the plain loop in V8 on 64 dimensions). The rows are copied
 * into the module's memory once; where WebAssembly is missing or refused (a content security policy
 * without 'wasm-unsafe-eval', a browser without SIMD), `openInt8Dots` says so with null and the caller
 * keeps its plain loop: the products are exact integers either way.
 */
import { INT8_DOTS_WASM } from './int8-dots-wasm';

/** Stored rows, and the products of one query with runs of consecutive ones. */
export interface Int8Dots {
  /**
   * `out[outAt + i]` = stored row `from + i` · `query` (exact), for i < `count`; `query` has the rows'
   * dimensions.
   */
  dots(query: Int8Array, from: number, count: number, out: Int32Array, outAt: number): void;
  /** The largest sum of absolute values of one of the stored rows `from` … `from + count − 1`. */
  largestRowSum(from: number, count: number): number;
}

interface Exports {
  memory: WebAssembly.Memory;
  dots(rows: number, dims: number, query: number, count: number, out: number): void;
  largest_row_sum(rows: number, dims: number, count: number): number;
}

let compiled: WebAssembly.Module | null | undefined;

/** The module, compiled once (null when this realm cannot). A few hundred bytes: compiled synchronously. */
function module(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      const bytes = Uint8Array.from(atob(INT8_DOTS_WASM), (c) => c.charCodeAt(0));
      compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(bytes) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Whether this realm compiles the module (its content security policy allows WebAssembly, its engine SIMD). */
export function canRunInt8Dots(): boolean {
  return module() !== null;
}

const PAGE = 65_536;

/**
 * The rows of `dims` int8 values in `data`, copied into the module in one go, ready for products; null
 * where WebAssembly cannot run it. The caller stores its rows in the order it reads them, so the kernel
 * streams through consecutive memory: read by claim number, the rows of a search's list lay scattered over
 * megabytes, and a search at 100,127 claims took 0.45 ms (mean, Node) against 0.21 ms with them in list
 * order (docs/scale.md, *Session 15*).
 */
export function openInt8Dots(data: Int8Array, dims: number): Int8Dots | null {
  if (dims % 16 !== 0 || dims === 0) return null;
  const compiledModule = module();
  if (!compiledModule) return null;
  const count = Math.floor(data.length / dims);
  // Memory: the rows, then the query, then as many products as there are rows (every offset a multiple
  // of 16, as dims is).
  const rowsAt = 0;
  const queryAt = count * dims;
  const outAt = queryAt + dims;
  const bytes = outAt + 4 * count;
  let exports: Exports;
  try {
    exports = new WebAssembly.Instance(compiledModule).exports as unknown as Exports;
    const grow = Math.ceil(bytes / PAGE) - exports.memory.buffer.byteLength / PAGE;
    if (grow > 0) exports.memory.grow(grow);
  } catch {
    return null;
  }
  new Int8Array(exports.memory.buffer, rowsAt, count * dims).set(data.subarray(0, count * dims));
  return {
    dots(query, from, n, out, at) {
      const { buffer } = exports.memory;
      new Int8Array(buffer, queryAt, dims).set(query);
      exports.dots(rowsAt + from * dims, dims, queryAt, n, outAt);
      out.set(new Int32Array(buffer, outAt, n), at);
    },
    largestRowSum: (from, n) => exports.largest_row_sum(rowsAt + from * dims, dims, n),
  };
}
