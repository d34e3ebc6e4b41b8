/**
 * The word-level attention model: the second stage of the sentence-pair judge (pair-model.ts), asked
 * only about the pairs the trees are unsure of. Decomposable attention (Parikh et al. 2016) with ESIM's
 * comparison over the shipped word vectors, trained by `npm run train` (scripts/train/attention_judge.py)
 * and written to assets/attention-model.json; its four probabilities are four more inputs of the
 * second-stage trees.
 *
 * Per pair: each token's vector (and three flags) is projected (a) and passed through the attend layer
 * (F); each token attends to the other side's by F(a_i)·F(b_j) (plus a learned bonus for the same word);
 * each token is compared with its soft alignment β by G([a, β, a−β, a⊙β]); the comparisons are pooled
 * (sum/10 and max) on each side and classified. Everything that depends on one token alone — a, F(a),
 * and the compare layer's parts (W1+W3)·a and (W2−W3)·a, since (W2−W3)·β = Σ_j p_ij·(W2−W3)·b_j — is
 * worked out once per (word, flags) and cached, so a pair costs the attention itself and W4·(a⊙β):
 * about 0.16 M multiply-adds for 25 + 25 tokens at 32 hidden units (scripts/train/attention-cost.ts).
 */
import type { WordVectors } from '../nlp/word-vectors';
import { decodeBase64 } from '../nlp/word-vectors';
import { dot } from '../nlp/dot';
import { type AttentionTokens, CAPITALISED_FLAG, MAX_TOKENS, NUMBER_FLAG, OOV_BUCKETS } from './attention-tokens';

/** A dense layer as the asset stores it: base64 of little-endian float32, the weight row-major (out × in). */
export interface DenseLayerAsset {
  weight: string;
  bias: string;
}

/** The JSON asset `npm run train` writes (assets/attention-model.json). */
export interface AttentionModelAsset {
  format: 'provenance-pair-attention';
  version: 1;
  /** Hidden units of every layer. */
  hidden: number;
  /** The word vectors' dimensions and rows the model was trained over (the OOV buckets come after the rows). */
  dimensions: number;
  tableRows: number;
  oovBuckets: number;
  maxTokens: number;
  classes: string[];
  /** (dimensions + 3 flags) → hidden; hidden → hidden; 4·hidden → hidden; 4·hidden → hidden; hidden → classes. */
  project: DenseLayerAsset;
  attend: DenseLayerAsset;
  compare: DenseLayerAsset;
  aggregate: DenseLayerAsset;
  out: DenseLayerAsset;
  /** Added to the attention logit of two tokens with the same id. */
  exact: number;
  /** Int8 (÷ 200, as the word-vector table): the OOV buckets' fixed vectors, oovBuckets × dimensions. */
  oov: string;
  /** How it was trained and what it scored, for the record (not read by the extension). */
  training: Record<string, unknown>;
}

/** Flags the projection reads after the vector: number, capitalised, out of the table. */
const FLAGS = 3;
/** Cached tokens before the cache starts over: 4 MB at 32 hidden units, more words than a page and its candidates use. */
const CACHE_LIMIT = 8192;

function floats(base64: string, length: number, what: string): Float32Array {
  const bytes = decodeBase64(base64);
  if (bytes.byteLength !== length * 4) throw new Error(`attention model: ${what} has the wrong size`);
  return new Float32Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
}

/** A decoded dense layer. */
interface Dense {
  readonly weight: Float32Array;
  readonly bias: Float32Array;
}

function dense(layer: DenseLayerAsset, inputs: number, outputs: number, what: string): Dense {
  return {
    weight: floats(layer.weight, inputs * outputs, `${what} weight`),
    bias: floats(layer.bias, outputs, `${what} bias`),
  };
}

/** The decoded model with its per-word cache. */
export class AttentionModel {
  readonly hidden: number;
  private readonly dims: number;
  private readonly tableRows: number;
  private readonly project: Dense;
  private readonly attend: Dense;
  /** The compare layer split by what it multiplies: W1+W3 (a), W2−W3 (a token of the other side), W4 (a⊙β). */
  private readonly compareOwn: Float32Array;
  private readonly compareOther: Float32Array;
  private readonly compareProduct: Float32Array;
  private readonly compareBias: Float32Array;
  private readonly aggregate: Dense;
  private readonly out: Dense;
  private readonly classes: number;
  private readonly exact: number;
  private readonly oov: Int8Array;
  /** (id, flags) → a, F(a), (W1+W3)·a + bias, (W2−W3)·a: four rows of `hidden`. */
  private readonly cache = new Map<number, Float32Array>();

  constructor(
    asset: AttentionModelAsset,
    private readonly vectors: WordVectors,
  ) {
    if (asset.format !== 'provenance-pair-attention' || asset.version !== 1)
      throw new Error('attention model: unknown format');
    const H = (this.hidden = asset.hidden);
    const D = (this.dims = asset.dimensions);
    if (!(Number.isInteger(H) && H > 0 && H <= 256)) throw new Error('attention model: bad hidden size');
    if (D !== vectors.dimensions || asset.tableRows !== vectors.size)
      throw new Error('attention model: trained on other word vectors (run npm run train)');
    if (asset.oovBuckets !== OOV_BUCKETS || asset.maxTokens !== MAX_TOKENS)
      throw new Error('attention model: trained on other tokens (run npm run train)');
    this.tableRows = asset.tableRows;
    this.classes = asset.classes.length;
    this.project = dense(asset.project, D + FLAGS, H, 'project');
    this.attend = dense(asset.attend, H, H, 'attend');
    const compare = dense(asset.compare, 4 * H, H, 'compare');
    this.compareOwn = new Float32Array(H * H);
    this.compareOther = new Float32Array(H * H);
    this.compareProduct = new Float32Array(H * H);
    for (let i = 0; i < H; i++)
      for (let k = 0; k < H; k++) {
        const row = i * 4 * H;
        this.compareOwn[i * H + k] = compare.weight[row + k]! + compare.weight[row + 2 * H + k]!;
        this.compareOther[i * H + k] = compare.weight[row + H + k]! - compare.weight[row + 2 * H + k]!;
        this.compareProduct[i * H + k] = compare.weight[row + 3 * H + k]!;
      }
    this.compareBias = compare.bias;
    this.aggregate = dense(asset.aggregate, 4 * H, H, 'aggregate');
    this.out = dense(asset.out, H, this.classes, 'out');
    this.exact = asset.exact;
    const oov = decodeBase64(asset.oov);
    if (oov.byteLength !== OOV_BUCKETS * D) throw new Error('attention model: OOV buckets have the wrong size');
    this.oov = new Int8Array(oov.buffer as ArrayBuffer, oov.byteOffset, oov.byteLength);
  }

  /** A token's cached rows, worked out on first sight. */
  private token(id: number, flags: number): Float32Array {
    const key = id * 4 + (flags & 3);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const H = this.hidden;
    const D = this.dims;
    const values = id < this.tableRows ? this.vectors.values(id) : this.oov.subarray((id - this.tableRows) * D);
    const rows = new Float32Array(4 * H);
    const { weight: pw, bias: pb } = this.project;
    const width = D + FLAGS;
    const isNumber = flags & NUMBER_FLAG ? 1 : 0;
    const isCapitalised = flags & CAPITALISED_FLAG ? 1 : 0;
    const isUnknown = id >= this.tableRows ? 1 : 0;
    for (let h = 0; h < H; h++) {
      const at = h * width;
      let s = 0;
      for (let d = 0; d < D; d++) s += pw[at + d]! * values[d]!;
      s = s / 200 + pb[h]! + pw[at + D]! * isNumber + pw[at + D + 1]! * isCapitalised + pw[at + D + 2]! * isUnknown;
      rows[h] = Math.max(s, 0);
    }
    const { weight: fw, bias: fb } = this.attend;
    for (let h = 0; h < H; h++) {
      let s = fb[h]!;
      for (let k = 0; k < H; k++) s += fw[h * H + k]! * rows[k]!;
      rows[H + h] = Math.max(s, 0);
    }
    for (let h = 0; h < H; h++) {
      let own = this.compareBias[h]!;
      let other = 0;
      for (let k = 0; k < H; k++) {
        own += this.compareOwn[h * H + k]! * rows[k]!;
        other += this.compareOther[h * H + k]! * rows[k]!;
      }
      rows[2 * H + h] = own;
      rows[3 * H + h] = other;
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, rows);
    return rows;
  }

  /** A sentence's tokens' rows, packed into `into` (n × 4·hidden: a, F(a), own part, other's part). */
  private gather(tokens: AttentionTokens, into: Float32Array): void {
    const stride = 4 * this.hidden;
    for (let i = 0; i < tokens.ids.length; i++) into.set(this.token(tokens.ids[i]!, tokens.flags[i]!), i * stride);
  }

  /**
   * One side's comparisons, pooled into `pooled` at `to` (sum/10, then max): each of its `rows` tokens
   * (`mine`) against its soft alignment over the other side's `cols` tokens (`theirs`), by logits[r·cols + c].
   */
  private compareSide(
    logits: Float32Array,
    rows: number,
    cols: number,
    mine: Float32Array,
    theirs: Float32Array,
    pooled: Float64Array,
    to: number,
  ): void {
    const H = this.hidden;
    const stride = 4 * H;
    const { weights, aligned, v, product } = this.scratch(cols);
    const W4 = this.compareProduct;
    for (let h = 0; h < H; h++) pooled[to + H + h] = -Infinity;
    for (let r = 0; r < rows; r++) {
      const at = r * cols;
      let max = -Infinity;
      for (let c = 0; c < cols; c++) if (logits[at + c]! > max) max = logits[at + c]!;
      let z = 0;
      for (let c = 0; c < cols; c++) z += weights[c] = Math.exp(logits[at + c]! - max);
      const own = r * stride;
      for (let h = 0; h < H; h++) {
        aligned[h] = 0;
        v[h] = mine[own + 2 * H + h]!;
      }
      for (let c = 0; c < cols; c++) {
        const p = weights[c]! / z;
        const a = c * stride;
        const other = a + 3 * H;
        for (let h = 0; h < H; h++) {
          aligned[h]! += p * theirs[a + h]!;
          v[h]! += p * theirs[other + h]!;
        }
      }
      for (let h = 0; h < H; h++) product[h] = mine[own + h]! * aligned[h]!;
      for (let h = 0; h < H; h++) {
        let s = v[h]! + dot(W4, h * H, product, 0, H);
        if (s < 0) s = 0;
        pooled[to + h]! += s / 10;
        if (s > pooled[to + H + h]!) pooled[to + H + h] = s;
      }
    }
  }

  private work = {
    weights: new Float64Array(MAX_TOKENS),
    aligned: new Float64Array(0),
    v: new Float64Array(0),
    product: new Float64Array(0),
  };

  private scratch(cols: number) {
    if (this.work.aligned.length !== this.hidden)
      this.work = {
        weights: new Float64Array(MAX_TOKENS),
        aligned: new Float64Array(this.hidden),
        v: new Float64Array(this.hidden),
        product: new Float64Array(this.hidden),
      };
    if (this.work.weights.length < cols) this.work.weights = new Float64Array(cols);
    return this.work;
  }

  /**
   * The model's class probabilities (PAIR_CLASSES order) for a claim and a passage, or null when either
   * side has no token (nothing to attend to; the model never saw such a pair).
   */
  probabilities(claim: AttentionTokens, passage: AttentionTokens): Float64Array | null {
    const n = claim.ids.length;
    const m = passage.ids.length;
    if (n === 0 || m === 0) return null;
    const H = this.hidden;
    const stride = 4 * H;
    const A = new Float32Array(n * stride);
    const B = new Float32Array(m * stride);
    this.gather(claim, A);
    this.gather(passage, B);
    // logits[i·m + j] and its transpose, so both directions' softmaxes read their rows in order.
    const logits = new Float32Array(n * m);
    const transposed = new Float32Array(m * n);
    const idsA = claim.ids;
    const idsB = passage.ids;
    const exact = this.exact;
    for (let i = 0; i < n; i++) {
      const fi = i * stride + H;
      for (let j = 0; j < m; j++) {
        const fj = j * stride + H;
        let s = dot(A, fi, B, fj, H);
        if (idsA[i] === idsB[j]) s += exact;
        logits[i * m + j] = s;
        transposed[j * n + i] = s;
      }
    }
    const pooled = new Float64Array(4 * H);
    this.compareSide(logits, n, m, A, B, pooled, 0);
    this.compareSide(transposed, m, n, B, A, pooled, 2 * H);
    const { weight: gw, bias: gb } = this.aggregate;
    const hidden = new Float64Array(H);
    for (let h = 0; h < H; h++) {
      let s = gb[h]!;
      const row = h * 4 * H;
      for (let k = 0; k < 4 * H; k++) s += gw[row + k]! * pooled[k]!;
      hidden[h] = Math.max(s, 0);
    }
    const { weight: ow, bias: ob } = this.out;
    const scores = new Float64Array(this.classes);
    let top = -Infinity;
    for (let c = 0; c < this.classes; c++) {
      let s = ob[c]!;
      for (let k = 0; k < H; k++) s += ow[c * H + k]! * hidden[k]!;
      scores[c] = s;
      if (s > top) top = s;
    }
    let total = 0;
    for (let c = 0; c < this.classes; c++) total += scores[c] = Math.exp(scores[c]! - top);
    for (let c = 0; c < this.classes; c++) scores[c]! /= total;
    return scores;
  }
}

/** Decodes the asset, checking it was trained over these word vectors and this tokenisation. */
export function loadAttentionModel(asset: AttentionModelAsset, vectors: WordVectors): AttentionModel {
  return new AttentionModel(asset, vectors);
}
