/**
 * The learned sentence-pair judge: gradient-boosted trees over the pair features (pair-features.ts),
 * trained by `npm run train` (scripts/train/train_judge.py) on the public sentence-pair sets and written
 * to assets/pair-model.json. One tree per class and boosting round; a pair's class scores are the sums of
 * its leaves, and the probabilities their softmax at the temperature fitted on validation pairs, so that
 * a score of 0.8 is right about 80% of the time on data the trees did not see.
 */
import { decodeBase64 } from '../nlp/word-vectors';
import { PAIR_FEATURES, type SidedWords } from './pair-features';

/** The judge's relations, in the model's output order. */
export const PAIR_CLASSES = ['corroborates', 'conflicts', 'related', 'unrelated'] as const;
export type PairClass = (typeof PAIR_CLASSES)[number];

/**
 * The JSON asset. Nodes are in depth-first order, all trees concatenated, eight bytes a node, as base64
 * of little-endian typed arrays: small enough to ship inside the background script.
 */
export interface PairModelAsset {
  format: 'provenance-pair-gbt';
  version: 2;
  /** PAIR_FEATURES, then one name per lexicon word: `claimOnly:hoax`, `passageOnly:reportedly`, `both:not`. */
  features: string[];
  /** Words whose side (only the claim's, only the passage's, both) is an input, chosen by the trainer. */
  lexicon: Record<keyof SidedWords, string[]>;
  classes: string[];
  /** Each class's starting score. */
  baseline: number[];
  /** Softmax temperature fitted on the validation pairs. */
  temperature: number;
  /** The probability from which a corroboration or a conflict is shown as a link (chosen by the trainer). */
  linkThresholds: LinkThresholds;
  /** Root node of each tree, and the class each tree adds to. */
  roots: number[];
  treeClass: number[];
  /** Int16: the feature a node tests, -1 for a leaf. */
  feature: string;
  /** Float32: a split's threshold (go to the next node when the feature is ≤ it), or a leaf's value. */
  number: string;
  /** Uint16: how many nodes ahead a split's right child is. */
  right: string;
  /** How it was trained and what it scored, for the record (not read by the extension). */
  training: Record<string, unknown>;
}

/** Link thresholds: probabilities in 0–1 chosen on news validation pairs (docs/quality.md). */
export interface LinkThresholds {
  corroborates: number;
  conflicts: number;
}

/** The decoded model. */
export interface PairModel {
  readonly linkThresholds: LinkThresholds;
  /** Input width: the named features, then the lexicon's columns. */
  readonly width: number;
  /** Each side's words → their column. */
  readonly columns: Record<keyof SidedWords, ReadonlyMap<string, number>>;
  readonly baseline: Float64Array;
  readonly temperature: number;
  readonly roots: Int32Array;
  readonly treeClass: Int32Array;
  readonly feature: Int16Array;
  readonly number: Float32Array;
  readonly right: Uint16Array;
}

function typed<T>(base64: string, make: (buffer: ArrayBuffer, length: number) => T, width: number): T {
  const bytes = decodeBase64(base64);
  if (bytes.byteLength % width !== 0) throw new Error('pair model: an array is cut short');
  return make(bytes.buffer as ArrayBuffer, bytes.byteLength / width);
}

/** Decodes the asset, checking it was trained on the features and classes this build computes. */
export function loadPairModel(asset: PairModelAsset): PairModel {
  if (asset.format !== 'provenance-pair-gbt' || asset.version !== 2) throw new Error('pair model: unknown format');
  const sides = ['claimOnly', 'passageOnly', 'both'] as const;
  const lexical = sides.flatMap((side) => (asset.lexicon?.[side] ?? []).map((word) => `${side}:${word}`));
  if (asset.features.join() !== [...PAIR_FEATURES, ...lexical].join())
    throw new Error('pair model: trained on other features (run npm run train)');
  let column = PAIR_FEATURES.length;
  const columns = Object.fromEntries(
    sides.map((side) => [side, new Map(asset.lexicon[side].map((word) => [word, column++]))]),
  ) as unknown as PairModel['columns'];
  if (asset.classes.join() !== PAIR_CLASSES.join())
    throw new Error('pair model: trained on other classes (run npm run train)');
  const { corroborates, conflicts } = asset.linkThresholds ?? {};
  if (![corroborates, conflicts].every((p) => typeof p === 'number' && p >= 0 && p <= 1))
    throw new Error('pair model: link thresholds must be probabilities');
  const model: PairModel = {
    linkThresholds: { corroborates: corroborates!, conflicts: conflicts! },
    width: asset.features.length,
    columns,
    baseline: Float64Array.from(asset.baseline),
    temperature: asset.temperature,
    roots: Int32Array.from(asset.roots),
    treeClass: Int32Array.from(asset.treeClass),
    feature: typed(asset.feature, (b, n) => new Int16Array(b, 0, n), 2),
    number: typed(asset.number, (b, n) => new Float32Array(b, 0, n), 4),
    right: typed(asset.right, (b, n) => new Uint16Array(b, 0, n), 2),
  };
  const nodes = model.feature.length;
  if (model.number.length !== nodes || model.right.length !== nodes)
    throw new Error('pair model: node arrays differ in length');
  if (model.roots.length !== model.treeClass.length) throw new Error('pair model: roots and classes differ in length');
  for (let i = 0; i < nodes; i++) {
    const f = model.feature[i]!;
    if (f >= model.width) throw new Error(`pair model: node ${i} tests feature ${f}`);
    // Both children come after their split, so a walk always ends (no cycle in a hostile or corrupt asset).
    if (f >= 0 && !(i + 1 < nodes && model.right[i]! >= 2 && i + model.right[i]! < nodes))
      throw new Error(`pair model: node ${i} has bad children`);
  }
  return model;
}

/** The model's input: the named features, then a 1 for every lexicon word on its side. */
export function modelInput(model: PairModel, features: Float32Array, words: SidedWords): Float32Array {
  const input = new Float32Array(model.width);
  input.set(features);
  for (const side of ['claimOnly', 'passageOnly', 'both'] as const) {
    const columns = model.columns[side];
    for (const word of words[side]) {
      const column = columns.get(word);
      if (column !== undefined) input[column] = 1;
    }
  }
  return input;
}

/** Class probabilities (PAIR_CLASSES order) for one input (`modelInput`: float32, as the thresholds are). */
export function predictPair(model: PairModel, features: Float32Array): Float64Array {
  const scores = Float64Array.from(model.baseline);
  const { roots, treeClass, feature, number, right } = model;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    for (let f = feature[node]!; f >= 0; f = feature[node]!) node += features[f]! <= number[node]! ? 1 : right[node]!;
    scores[treeClass[t]!]! += number[node]!;
  }
  let top = -Infinity;
  for (let c = 0; c < scores.length; c++) top = Math.max(top, scores[c]! / model.temperature);
  let total = 0;
  for (let c = 0; c < scores.length; c++) total += scores[c] = Math.exp(scores[c]! / model.temperature - top);
  for (let c = 0; c < scores.length; c++) scores[c]! /= total;
  return scores;
}
