/**
 * Rough inference cost of the attention experiment's model (scripts/train/attention_judge.py) in
 * TypeScript: the forward pass for one pair of 25 + 25 tokens with random weights of the trained shapes,
 * written plainly over Float32Arrays, timed on this machine. Prints parameters, multiply-adds and the
 * median time per pair. Not the extension's code; a sizing estimate.
 *
 * `--cached`: what per-word caching saves. The projection and the attend layer see one token at a time,
 * so their outputs can be cached per (word, flags); and the compare layer over [a, β, a−β, a⊙β] is
 * (W1+W3)·a (cached per word) + (W2−W3)·β (= Σ_j p_ij·(W2−W3)·b_j, cached per word) + W4·(a⊙β): only
 * the last is a matrix product per token. Cached rows are taken as given (a cache hit).
 *
 *   node --import tsx scripts/train/attention-cost.ts [--hidden 50] [--tokens 25] [--cached]
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../../src/assets/node-assets';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    hidden: { type: 'string', default: '50' },
    tokens: { type: 'string', default: '25' },
    cached: { type: 'boolean', default: false },
  },
});
const H = Number(values.hidden);
const N = Number(values.tokens);
const D = 103; // 100-d vector + 3 flags
let state = 1;
const rand = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5;
const matrix = (rows: number, cols: number) => Float32Array.from({ length: rows * cols }, rand);
const W = {
  p: matrix(H, D),
  pb: matrix(1, H),
  f: matrix(H, H),
  fb: matrix(1, H),
  c: matrix(H, 4 * H),
  cb: matrix(1, H),
  g: matrix(H, 4 * H),
  gb: matrix(1, H),
  o: matrix(4, H),
  ob: matrix(1, 4),
};
let macs = 0;

function linear(
  w: Float32Array,
  b: Float32Array,
  x: Float32Array,
  xo: number,
  n: number,
  out: Float32Array,
  oo: number,
  m: number,
  relu: boolean,
): void {
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    const r = i * n;
    for (let k = 0; k < n; k++) s += w[r + k]! * x[xo + k]!;
    out[oo + i] = relu && s < 0 ? 0 : s;
  }
  macs += m * n;
}

function encode(x: Float32Array, n: number) {
  const a = new Float32Array(n * H);
  const f = new Float32Array(n * H);
  for (let t = 0; t < n; t++) linear(W.p, W.pb, x, t * D, D, a, t * H, H, true);
  for (let t = 0; t < n; t++) linear(W.f, W.fb, a, t * H, H, f, t * H, H, true);
  return { a, f };
}

/** e[i·m + j] = F(a_i)·F(b_j), the unnormalised attention between every token pair (counted in `macs`). */
function attentionScores(fa: Float32Array, fb: Float32Array, n: number, m: number): Float32Array {
  const e = new Float32Array(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < H; k++) s += fa[i * H + k]! * fb[j * H + k]!;
      e[i * m + j] = s;
    }
  macs += n * m * H;
  return e;
}

function forward(xa: Float32Array, xb: Float32Array, n: number, m: number): Float32Array {
  const A = encode(xa, n);
  const B = encode(xb, m);
  const e = attentionScores(A.f, B.f, n, m);
  const align = (rows: number, cols: number, at: (r: number, c: number) => number, other: Float32Array) => {
    const out = new Float32Array(rows * H);
    const w = new Float32Array(cols);
    for (let r = 0; r < rows; r++) {
      let max = -Infinity;
      for (let c = 0; c < cols; c++) max = Math.max(max, at(r, c));
      let z = 0;
      for (let c = 0; c < cols; c++) z += w[c] = Math.exp(at(r, c) - max);
      for (let c = 0; c < cols; c++) {
        const p = w[c]! / z;
        for (let k = 0; k < H; k++) out[r * H + k] = out[r * H + k]! + p * other[c * H + k]!;
      }
    }
    macs += rows * cols * H;
    return out;
  };
  const beta = align(n, m, (i, j) => e[i * m + j]!, B.a);
  const alpha = align(m, n, (j, i) => e[i * m + j]!, A.a);
  const pooled = new Float32Array(4 * H);
  const side = (a: Float32Array, al: Float32Array, rows: number, at: number) => {
    const x = new Float32Array(4 * H);
    const v = new Float32Array(H);
    for (let k = 0; k < H; k++) pooled[at + H + k] = -Infinity;
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < H; k++) {
        const p = a[r * H + k]!;
        const q = al[r * H + k]!;
        x[k] = p;
        x[H + k] = q;
        x[2 * H + k] = p - q;
        x[3 * H + k] = p * q;
      }
      linear(W.c, W.cb, x, 0, 4 * H, v, 0, H, true);
      for (let k = 0; k < H; k++) {
        pooled[at + k] = pooled[at + k]! + v[k]! / 10;
        pooled[at + H + k] = Math.max(pooled[at + H + k]!, v[k]!);
      }
    }
  };
  side(A.a, beta, n, 0);
  side(B.a, alpha, m, 2 * H);
  const h = new Float32Array(H);
  linear(W.g, W.gb, pooled, 0, 4 * H, h, 0, H, true);
  const out = new Float32Array(4);
  linear(W.o, W.ob, h, 0, H, out, 0, 4, false);
  return out;
}

/** The cached variant: a, F(a), (W1+W3)a and (W2−W3)a per token are looked up; `w4` is H×H. */
const w4 = matrix(H, H);
function forwardCached(
  n: number,
  m: number,
  A: Record<'a' | 'f' | 'u' | 'q', Float32Array>,
  B: Record<'a' | 'f' | 'u' | 'q', Float32Array>,
): Float32Array {
  const e = attentionScores(A.f, B.f, n, m);
  const pooled = new Float32Array(4 * H);
  const side = (
    rows: number,
    cols: number,
    at: (r: number, c: number) => number,
    own: typeof A,
    other: typeof A,
    to: number,
  ) => {
    const w = new Float32Array(cols);
    const al = new Float32Array(H);
    const v = new Float32Array(H);
    const x = new Float32Array(H);
    for (let k = 0; k < H; k++) pooled[to + H + k] = -Infinity;
    for (let r = 0; r < rows; r++) {
      let max = -Infinity;
      for (let c = 0; c < cols; c++) max = Math.max(max, at(r, c));
      let z = 0;
      for (let c = 0; c < cols; c++) z += w[c] = Math.exp(at(r, c) - max);
      al.fill(0);
      for (let k = 0; k < H; k++) v[k] = own.u[r * H + k]!;
      for (let c = 0; c < cols; c++) {
        const p = w[c]! / z;
        for (let k = 0; k < H; k++) {
          al[k] = al[k]! + p * other.a[c * H + k]!;
          v[k] = v[k]! + p * other.q[c * H + k]!;
        }
      }
      for (let k = 0; k < H; k++) x[k] = own.a[r * H + k]! * al[k]!;
      for (let i = 0; i < H; i++) {
        let s = v[i]!;
        for (let k = 0; k < H; k++) s += w4[i * H + k]! * x[k]!;
        v[i] = Math.max(s, 0);
        pooled[to + i] = pooled[to + i]! + v[i]! / 10;
        pooled[to + H + i] = Math.max(pooled[to + H + i]!, v[i]!);
      }
    }
    macs += rows * cols * H * 2 + rows * H * H;
  };
  side(n, m, (i, j) => e[i * m + j]!, A, B, 0);
  side(m, n, (j, i) => e[i * m + j]!, B, A, 2 * H);
  const h = new Float32Array(H);
  linear(W.g, W.gb, pooled, 0, 4 * H, h, 0, H, true);
  const out = new Float32Array(4);
  linear(W.o, W.ob, h, 0, H, out, 0, 4, false);
  return out;
}
const cachedSide = () => ({ a: matrix(N, H), f: matrix(N, H), u: matrix(N, H), q: matrix(N, H) });
const CA = cachedSide();
const CB = cachedSide();
const run = values.cached ? () => forwardCached(N, N, CA, CB) : () => forward(xa, xb, N, N);

const xa = matrix(N, D);
const xb = matrix(N, D);
for (let k = 0; k < 200; k++) run();
macs = 0;
run();
const perPair = macs;
const times: number[] = [];
for (let r = 0; r < 30; r++) {
  const started = performance.now();
  for (let k = 0; k < 100; k++) run();
  times.push((performance.now() - started) / 100);
}
times.sort((a, b) => a - b);
const parameters = Object.values(W).reduce((n, w) => n + w.length, 0);
process.stdout.write(
  `${JSON.stringify({ hidden: H, tokens: `${N}+${N}`, cached: values.cached, parameters, multiplyAdds: perPair, msPerPairMedian: Number(times[15]!.toFixed(4)) })}\n`,
);
