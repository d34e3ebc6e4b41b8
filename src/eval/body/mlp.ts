/**
 * The shipped stance model: a one-hidden-layer perceptron over the pair features (features.ts), trained
 * by `npm run train`. Weights are stored as base64 float32 so the asset stays small and loads with one
 * decode; inference is a sparse-dense product, well under a millisecond.
 */
import type { PairFeatures } from './features';

/** The four stance classes, in the model's output order (FNC-1's: agree, disagree, discuss, unrelated). */
export const STANCE_CLASSES = ['corroborates', 'conflicts', 'related', 'unrelated'] as const;
export type StanceClass = (typeof STANCE_CLASSES)[number];

/** One trained network's weights: base64 float32, width × hidden (row-major by input), hidden, hidden × classes, classes. */
export interface MlpMemberAsset {
  w1: string;
  b1: string;
  w2: string;
  b2: string;
}

/** The JSON asset: an ensemble of networks over the same standardised features. */
export interface MlpAsset {
  format: 'provenance-stance-mlp';
  version: 2;
  denseFeatures: string[];
  width: number;
  hidden: number;
  /** Standardisation of the dense features. */
  mean: number[];
  std: number[];
  /** Networks trained from different seeds; their probabilities are averaged (steadier than any one). */
  members: MlpMemberAsset[];
  /**
   * Added to each class's log-probability before the argmax: the decision rule, tuned on held-out
   * training topics for the FNC score and macro-F1 (rare classes need a lower bar than the prior gives).
   */
  classOffsets: number[];
  /** How it was trained and what it scored, for the record. */
  training: Record<string, unknown>;
}

/** Several networks whose probabilities are averaged, and the decision rule's per-class offsets. */
export interface MlpEnsemble {
  members: readonly MlpWeights[];
  classOffsets: readonly number[];
}

/** Weights in memory. */
export interface MlpWeights {
  width: number;
  hidden: number;
  dense: number;
  mean: Float64Array;
  std: Float64Array;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

function decodeFloat32(base64: string): Float32Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

/** Encodes float32 weights for the asset. */
export function encodeFloat32(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(Float32Array.from(values as ArrayLike<number>).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes an asset, checking it fits the features this build computes. */
export function loadMlp(asset: MlpAsset, denseFeatures: readonly string[]): MlpEnsemble {
  if (asset.format !== 'provenance-stance-mlp' || asset.version !== 2) throw new Error('unknown stance model format');
  if (asset.denseFeatures.join() !== denseFeatures.join())
    throw new Error('stance model was trained on other features: run npm run train');
  const members = asset.members.map((member) => ({
    width: asset.width,
    hidden: asset.hidden,
    dense: asset.denseFeatures.length,
    mean: Float64Array.from(asset.mean),
    std: Float64Array.from(asset.std),
    w1: decodeFloat32(member.w1),
    b1: decodeFloat32(member.b1),
    w2: decodeFloat32(member.w2),
    b2: decodeFloat32(member.b2),
  }));
  return { members, classOffsets: asset.classOffsets };
}

/** Hidden activations (ReLU) for one input; `dropout` masks are the trainer's business. */
export function hiddenLayer(weights: MlpWeights, features: PairFeatures): Float64Array {
  const { hidden, w1, b1, mean, std } = weights;
  const h = Float64Array.from(b1);
  features.dense.forEach((raw, i) => {
    const x = (raw - mean[i]!) / std[i]!;
    if (x === 0) return;
    const row = i * hidden;
    for (let k = 0; k < hidden; k++) h[k]! += x * w1[row + k]!;
  });
  for (const [index, x] of features.sparse) {
    const row = index * hidden;
    for (let k = 0; k < hidden; k++) h[k]! += x * w1[row + k]!;
  }
  for (let k = 0; k < hidden; k++) if (h[k]! < 0) h[k] = 0;
  return h;
}

/** Class probabilities from hidden activations. */
export function outputLayer(weights: MlpWeights, h: Float64Array): Float64Array {
  const classes = STANCE_CLASSES.length;
  const logits = Float64Array.from(weights.b2);
  for (let k = 0; k < weights.hidden; k++) {
    if (h[k] === 0) continue;
    for (let c = 0; c < classes; c++) logits[c]! += h[k]! * weights.w2[k * classes + c]!;
  }
  const top = Math.max(...logits);
  let total = 0;
  for (let c = 0; c < classes; c++) total += logits[c] = Math.exp(logits[c]! - top);
  for (let c = 0; c < classes; c++) logits[c]! /= total;
  return logits;
}

/** Class probabilities for one pair from one network, in STANCE_CLASSES order. */
export function predictProbabilities(weights: MlpWeights, features: PairFeatures): Float64Array {
  return outputLayer(weights, hiddenLayer(weights, features));
}

/** Class probabilities averaged over an ensemble's networks. */
export function predictEnsemble(ensemble: MlpEnsemble, features: PairFeatures): Float64Array {
  const mean = new Float64Array(STANCE_CLASSES.length);
  const { members } = ensemble;
  for (const weights of members)
    predictProbabilities(weights, features).forEach((p, c) => (mean[c]! += p / members.length));
  return mean;
}

/** The class the decision rule picks: argmax of log-probability plus the class's offset. */
export function decide(probabilities: ArrayLike<number>, classOffsets: readonly number[]): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let c = 0; c < probabilities.length; c++) {
    const value = Math.log(probabilities[c]! + 1e-12) + (classOffsets[c] ?? 0);
    if (value > bestValue) [best, bestValue] = [c, value];
  }
  return best;
}
