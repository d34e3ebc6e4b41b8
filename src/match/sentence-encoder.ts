/**
 * A small sentence encoder over the shipped word vectors, for finding a known claim by meaning when it
 * shares no stem with the page sentence ("boots on the ground" ↔ "ground troops"). A sentence is the
 * frequency-weighted mean of its words' unit vectors (SIF: common words weigh little), then a learned
 * affine map, then unit length. The map is trained contrastively on paraphrase and entailment pairs
 * (scripts/train-encoder.ts) and shipped int8 in assets/sentence-encoder.json.
 */
import { tokenize, type Token } from '../nlp/tokenize';
import type { WordVectors } from '../nlp/word-vectors';
import { decodeBase64 } from '../nlp/word-vectors';

/** The asset as stored: the map's weights int8, row after row (output × input), times `scale`. */
export interface SentenceEncoderAsset {
  format: 'provenance-sentence-encoder';
  /** Changes whenever the weights do: a packed index made with another encoder is re-encoded. */
  version: string;
  /** Dimensions of the word vectors it reads. */
  inputDimensions: number;
  /** Dimensions of the sentence vectors it gives. */
  outputDimensions: number;
  /** SIF's smoothing: a word of frequency rank r weighs r+1 / (r+1 + 1/sif). */
  sif: number;
  scale: number;
  /** int8, base64: outputDimensions × inputDimensions. */
  weights: string;
  /** float, outputDimensions. */
  bias: number[];
}

/** An encoder's parameters as floats (what training works on and what the asset stores quantised). */
export interface EncoderParameters {
  sif: number;
  inputDimensions: number;
  outputDimensions: number;
  /** outputDimensions × inputDimensions, row after row. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Maps sentences to unit vectors whose dot product is their likeness of meaning. */
export interface SentenceEncoder {
  readonly version: string;
  readonly dimensions: number;
  /**
   * The unit vector of `text`, read with the antecedent its opening pronoun stands for; null when none
   * of its words has a vector.
   */
  encode(text: string, antecedent?: string | null): Float32Array | null;
  /**
   * The same from the words `encoderWords` gives: for a caller that has the sentence's tokens already
   * (packing a claim index analyzes every claim, and tokenising it again was a third of encoding it).
   */
  encodeWords(words: readonly string[]): Float32Array | null;
}

/** The words the encoder reads: the antecedent's, then the sentence's, as the analysis normalises them. */
export function encoderWords(text: string, antecedent?: string | null): string[] {
  return encoderWordsOf(tokenize(text), antecedent);
}

/** The same for a sentence tokenised already (`tokens` are `tokenize(text)`'s). */
export function encoderWordsOf(tokens: readonly Token[], antecedent?: string | null): string[] {
  const words = tokens.map((token) => token.norm);
  return antecedent ? [...tokenize(antecedent).map((token) => token.norm), ...words] : words;
}

/**
 * The SIF mean of `words`' unit vectors (Arora et al. 2017: weight a / (a + p(w)); with Zipf's law p(w)
 * ∝ 1/(rank+1), which the table's row order gives), or null when no word has a vector.
 */
export function meanWordVector(words: readonly string[], vectors: WordVectors, sif: number): Float64Array | null {
  const mean = new Float64Array(vectors.dimensions);
  let total = 0;
  for (const word of words) {
    const row = vectors.rowOf(word);
    if (row < 0) continue;
    const weight = (row + 1) / (row + 1 + 1 / sif);
    vectors.addUnitRow(row, weight, mean);
    total += weight;
  }
  if (total === 0) return null;
  for (let d = 0; d < mean.length; d++) mean[d]! /= total;
  return mean;
}

/** `parameters`' affine map applied to a mean word vector (before unit length). */
export function applyMap(parameters: EncoderParameters, mean: ArrayLike<number>): Float64Array {
  const { inputDimensions: n, outputDimensions: m, weights, bias } = parameters;
  const out = new Float64Array(m);
  for (let o = 0; o < m; o++) {
    let sum = bias[o]!;
    for (let i = 0, at = o * n; i < n; i++) sum += weights[at + i]! * mean[i]!;
    out[o] = sum;
  }
  return out;
}

/** `parameters` applied to a mean word vector: the affine map, then unit length. */
export function projectMean(parameters: EncoderParameters, mean: Float64Array): Float32Array {
  const mapped = applyMap(parameters, mean);
  let norm = 0;
  for (const x of mapped) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const unit = new Float32Array(mapped.length);
  for (let o = 0; o < mapped.length; o++) unit[o] = mapped[o]! / norm;
  return unit;
}

/**
 * An encoder from float parameters (training; the asset's are the same once dequantised). The map is
 * linear, so the map of the weighted mean is the weighted mean of each word's mapped unit vector: each
 * word is mapped once, when first read (64 sums of 100 products), and a sentence then adds 64 numbers a
 * word instead of 100, with no map of its own. Packing 100,000 claims encodes ~2.5 million words of
 * ~25,000 distinct ones. The two orders of the same sums agree to float rounding (tests/unit/sentence-encoder.test.ts).
 */
export function encoderFrom(parameters: EncoderParameters, vectors: WordVectors, version: string): SentenceEncoder {
  const { outputDimensions: m, inputDimensions: n, weights, bias, sif } = parameters;
  /** Row r's mapped unit vector at r × m, once `mapped[r]`; made on first use (all rows would be 7.7 MB). */
  let rows: Float32Array | null = null;
  let mapped: Uint8Array | null = null;
  const unit = new Float64Array(n);
  const mappedRow = (row: number): number => {
    rows ??= new Float32Array(vectors.size * m);
    mapped ??= new Uint8Array(vectors.size);
    const at = row * m;
    if (mapped[row] === 0) {
      unit.fill(0);
      vectors.addUnitRow(row, 1, unit);
      for (let o = 0; o < m; o++) {
        let sum = 0;
        for (let i = 0, w = o * n; i < n; i++) sum += weights[w + i]! * unit[i]!;
        rows[at + o] = sum;
      }
      mapped[row] = 1;
    }
    return at;
  };
  return {
    version,
    dimensions: m,
    encode(text, antecedent) {
      return this.encodeWords(encoderWords(text, antecedent));
    },
    encodeWords(words) {
      const sum = new Float64Array(m);
      let total = 0;
      for (const word of words) {
        const row = vectors.rowOf(word);
        if (row < 0) continue;
        const weight = (row + 1) / (row + 1 + 1 / sif);
        const at = mappedRow(row);
        for (let o = 0; o < m; o++) sum[o]! += weight * rows![at + o]!;
        total += weight;
      }
      if (total === 0) return null;
      let norm = 0;
      for (let o = 0; o < m; o++) {
        sum[o] = sum[o]! / total + bias[o]!;
        norm += sum[o]! * sum[o]!;
      }
      norm = Math.sqrt(norm) || 1;
      const out = new Float32Array(m);
      for (let o = 0; o < m; o++) out[o] = sum[o]! / norm;
      return out;
    },
  };
}

/** Why an asset cannot be used, or its parameters. */
export type ReadEncoder = { ok: true; parameters: EncoderParameters; version: string } | { ok: false; reason: string };

/** Checks and dequantises an asset for word vectors of `vectorDimensions`. */
export function readEncoderAsset(asset: unknown, vectorDimensions: number): ReadEncoder {
  const a = asset as Partial<SentenceEncoderAsset> | null;
  if (a?.format !== 'provenance-sentence-encoder') return { ok: false, reason: 'not a sentence encoder' };
  if (typeof a.version !== 'string' || a.version === '') return { ok: false, reason: 'no version' };
  if (a.inputDimensions !== vectorDimensions)
    return { ok: false, reason: `made for ${a.inputDimensions}-d word vectors, these have ${vectorDimensions}` };
  const m = a.outputDimensions;
  if (!Number.isInteger(m) || m! < 1 || m! > 1024) return { ok: false, reason: 'bad output dimensions' };
  if (!(typeof a.sif === 'number' && a.sif > 0) || !(typeof a.scale === 'number' && a.scale > 0))
    return { ok: false, reason: 'bad sif or scale' };
  if (!Array.isArray(a.bias) || a.bias.length !== m || !a.bias.every(Number.isFinite))
    return { ok: false, reason: 'bias is not one number per output dimension' };
  if (typeof a.weights !== 'string') return { ok: false, reason: 'no weights' };
  const bytes = decodeBase64(a.weights);
  if (bytes.length !== m! * vectorDimensions) return { ok: false, reason: 'weights are not output × input' };
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = Float64Array.from(int8, (w) => w * a.scale!);
  return {
    ok: true,
    version: a.version,
    parameters: {
      sif: a.sif,
      inputDimensions: vectorDimensions,
      outputDimensions: m!,
      weights,
      bias: Float64Array.from(a.bias),
    },
  };
}

/** The asset for `parameters`: weights int8 with one scale (the largest weight maps to ±127). */
export function writeEncoderAsset(parameters: EncoderParameters, version: string): SentenceEncoderAsset {
  let largest = 0;
  for (const w of parameters.weights) largest = Math.max(largest, Math.abs(w));
  // Twelve significant digits: the last bits of a float differ between runs that agree on every weight,
  // and the asset should be the same bytes whenever the weights are.
  const scale = Number((largest / 127 || 1).toPrecision(12));
  const int8 = Int8Array.from(parameters.weights, (w) => Math.max(-127, Math.min(127, Math.round(w / scale))));
  const bytes = new Uint8Array(int8.buffer);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return {
    format: 'provenance-sentence-encoder',
    version,
    inputDimensions: parameters.inputDimensions,
    outputDimensions: parameters.outputDimensions,
    sif: parameters.sif,
    scale,
    weights: btoa(binary),
    bias: [...parameters.bias].map((b) => Math.round(b * 1e6) / 1e6),
  };
}
