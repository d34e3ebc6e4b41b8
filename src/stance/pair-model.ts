/**
 * The learned sentence-pair judge: gradient-boosted trees over the pair features (pair-features.ts),
 * trained by `npm run train` (scripts/train/train_judge.py) on the public sentence-pair sets and written
 * to assets/pair-model.json. One tree per class and boosting round; a pair's class scores are the sums of
 * its leaves, and the probabilities their softmax at the temperature fitted on validation pairs, so that
 * a score of 0.8 is right about 80% of the time on data the trees did not see.
 *
 * A cascade (scripts/train/cascade_judge.py): a pair whose top probability is below the asset's cut is
 * judged again by second-stage trees that also read the word-level attention model's four probabilities
 * (attention-model.ts). The attention model costs more than the trees, and on the pairs the trees are
 * sure of it seldom changes the verdict, so only the unsure pay for it.
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
export interface PairModelAsset extends TreesAsset {
  format: 'provenance-pair-gbt';
  version: 3;
  /** PAIR_FEATURES, then one name per lexicon word: `claimOnly:hoax`, `passageOnly:reportedly`, `both:not`. */
  features: string[];
  /** Words whose side (only the claim's, only the passage's, both) is an input, chosen by the trainer. */
  lexicon: Record<keyof SidedWords, string[]>;
  classes: string[];
  /**
   * The probability from which a corroboration or a conflict is shown as a link (chosen by the trainer on
   * what the whole judge says: the cascade's probabilities when there is one).
   */
  linkThresholds: LinkThresholds;
  /** The second stage, absent in a trees-only asset (`train_judge.py` alone). */
  cascade?: CascadeAsset;
  /** How it was trained and what it scored, for the record (not read by the extension). */
  training: Record<string, unknown>;
}

/** One set of boosted trees: every tree's nodes, depth-first, concatenated. */
export interface TreesAsset {
  /** Each class's starting score. */
  baseline: number[];
  /** Softmax temperature fitted on the validation pairs. */
  temperature: number;
  /** Root node of each tree, and the class each tree adds to. */
  roots: number[];
  treeClass: number[];
  /** Int16: the feature a node tests, -1 for a leaf. */
  feature: string;
  /** Float32: a split's threshold (go to the next node when the feature is ≤ it), or a leaf's value. */
  number: string;
  /** Uint16: how many nodes ahead a split's right child is. */
  right: string;
}

/** The second stage: trees over the first stage's inputs and the attention model's probabilities. */
export interface CascadeAsset extends TreesAsset {
  /** Pairs whose largest first-stage probability is below this go on to the second stage. */
  below: number;
  /** The first stage's features, then ATTENTION_FEATURES. */
  features: string[];
}

/** Link thresholds: probabilities in 0–1 chosen on news validation pairs (docs/quality.md). */
export interface LinkThresholds {
  corroborates: number;
  conflicts: number;
}

/** The second-stage trees' inputs after the first stage's: the attention model's probabilities. */
export const ATTENTION_FEATURES = PAIR_CLASSES.map((c) => `attention:${c}`);

/** Decoded trees over `width` inputs. */
export interface Trees {
  readonly width: number;
  readonly baseline: Float64Array;
  readonly temperature: number;
  readonly roots: Int32Array;
  readonly treeClass: Int32Array;
  readonly feature: Int16Array;
  readonly number: Float32Array;
  readonly right: Uint16Array;
}

/** The decoded model: the first-stage trees (input width: the named features, then the lexicon's columns). */
export interface PairModel extends Trees {
  readonly linkThresholds: LinkThresholds;
  /** Each side's words → their column. */
  readonly columns: Record<keyof SidedWords, ReadonlyMap<string, number>>;
  readonly cascade: (Trees & { readonly below: number }) | null;
}

function typed<T>(base64: string, make: (buffer: ArrayBuffer, length: number) => T, width: number): T {
  const bytes = decodeBase64(base64);
  if (bytes.byteLength % width !== 0) throw new Error('pair model: an array is cut short');
  return make(bytes.buffer as ArrayBuffer, bytes.byteLength / width);
}

/** Decodes one set of trees, checking that every walk ends and tests only features below `width`. */
function loadTrees(asset: TreesAsset, width: number): Trees {
  const trees: Trees = {
    width,
    baseline: Float64Array.from(asset.baseline),
    temperature: asset.temperature,
    roots: Int32Array.from(asset.roots),
    treeClass: Int32Array.from(asset.treeClass),
    feature: typed(asset.feature, (b, n) => new Int16Array(b, 0, n), 2),
    number: typed(asset.number, (b, n) => new Float32Array(b, 0, n), 4),
    right: typed(asset.right, (b, n) => new Uint16Array(b, 0, n), 2),
  };
  const nodes = trees.feature.length;
  if (trees.number.length !== nodes || trees.right.length !== nodes)
    throw new Error('pair model: node arrays differ in length');
  if (trees.roots.length !== trees.treeClass.length) throw new Error('pair model: roots and classes differ in length');
  for (let i = 0; i < nodes; i++) {
    const f = trees.feature[i]!;
    if (f >= width) throw new Error(`pair model: node ${i} tests feature ${f}`);
    // Both children come after their split, so a walk always ends (no cycle in a hostile or corrupt asset).
    if (f >= 0 && !(i + 1 < nodes && trees.right[i]! >= 2 && i + trees.right[i]! < nodes))
      throw new Error(`pair model: node ${i} has bad children`);
  }
  return trees;
}

/** Decodes the asset, checking it was trained on the features and classes this build computes. */
export function loadPairModel(asset: PairModelAsset): PairModel {
  if (asset.format !== 'provenance-pair-gbt' || asset.version !== 3) throw new Error('pair model: unknown format');
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
  const { cascade } = asset;
  if (cascade && cascade.features.join() !== [...asset.features, ...ATTENTION_FEATURES].join())
    throw new Error('pair model: the second stage reads other features (run npm run train)');
  if (cascade && !(typeof cascade.below === 'number' && cascade.below >= 0 && cascade.below <= 1))
    throw new Error('pair model: the cascade cut must be a probability');
  return {
    ...loadTrees(asset, asset.features.length),
    linkThresholds: { corroborates: corroborates!, conflicts: conflicts! },
    columns,
    cascade: cascade ? { ...loadTrees(cascade, cascade.features.length), below: cascade.below } : null,
  };
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

/** Class probabilities (PAIR_CLASSES order) of one set of trees for one input (float32, as the thresholds are). */
function predictTrees(trees: Trees, features: Float32Array): Float64Array {
  const scores = Float64Array.from(trees.baseline);
  const { roots, treeClass, feature, number, right } = trees;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    for (let f = feature[node]!; f >= 0; f = feature[node]!) node += features[f]! <= number[node]! ? 1 : right[node]!;
    scores[treeClass[t]!]! += number[node]!;
  }
  let top = -Infinity;
  for (let c = 0; c < scores.length; c++) top = Math.max(top, scores[c]! / trees.temperature);
  let total = 0;
  for (let c = 0; c < scores.length; c++) total += scores[c] = Math.exp(scores[c]! / trees.temperature - top);
  for (let c = 0; c < scores.length; c++) scores[c]! /= total;
  return scores;
}

/** The first stage's class probabilities (PAIR_CLASSES order) for one input (`modelInput`). */
export function predictPair(model: PairModel, features: Float32Array): Float64Array {
  return predictTrees(model, features);
}

/** The second-stage trees' probabilities for the first stage's input and the attention model's probabilities. */
export function predictSecondStage(
  cascade: NonNullable<PairModel['cascade']>,
  features: Float32Array,
  attention: ArrayLike<number>,
): Float64Array {
  const input = new Float32Array(cascade.width);
  input.set(features);
  for (let c = 0; c < ATTENTION_FEATURES.length; c++) input[features.length + c] = attention[c]!;
  return predictTrees(cascade, input);
}

/**
 * The judge's class probabilities: the first stage's, unless its top probability is below the cascade's
 * cut, when `attention` (called only then) is asked and the second stage decides. `attention` may
 * decline (null: a side with no token), and the first stage's verdict stands.
 */
export function predictCascade(
  model: PairModel,
  features: Float32Array,
  attention: () => ArrayLike<number> | null,
): { probabilities: Float64Array; stage: 1 | 2 } {
  const first = predictTrees(model, features);
  const { cascade } = model;
  let top = 0;
  for (let c = 0; c < first.length; c++) top = Math.max(top, first[c]!);
  if (!cascade || top >= cascade.below) return { probabilities: first, stage: 1 };
  const probabilities = attention();
  if (!probabilities) return { probabilities: first, stage: 1 };
  return { probabilities: predictSecondStage(cascade, features, probabilities), stage: 2 };
}
