/**
 * Trains the stance MLP (src/stance/mlp.ts) with Adam on class-weighted cross-entropy. Deterministic:
 * a seeded PRNG drives initialisation, shuffling and dropout, so `npm run train` reproduces the asset.
 */
import type { PairFeatures } from '../../src/eval/body/features';
import { hiddenLayer, outputLayer, STANCE_CLASSES, type MlpWeights } from '../../src/eval/body/mlp';
import { seededRandom } from '../../src/match/seeded-random';

/** Hyper-parameters. */
export interface TrainOptions {
  hidden: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Multiplied into the learning rate after every epoch: a decaying rate settles instead of wandering. */
  learningRateDecay: number;
  l2: number;
  dropout: number;
  seed: number;
  classWeights: number[];
}

/** Mulberry32: small, fast, seedable (shared with the encoder's training and the claim-vector clustering). */
export { seededRandom };

/** Mean and standard deviation of each dense feature over the training rows. */
export function standardisation(
  rows: readonly PairFeatures[],
  dense: number,
): { mean: Float64Array; std: Float64Array } {
  const mean = new Float64Array(dense);
  const std = new Float64Array(dense);
  for (const row of rows) row.dense.forEach((x, i) => (mean[i]! += x / rows.length));
  for (const row of rows) row.dense.forEach((x, i) => (std[i]! += (x - mean[i]!) ** 2 / rows.length));
  for (let i = 0; i < dense; i++) std[i] = Math.sqrt(std[i]!) || 1;
  return { mean, std };
}

/** Fresh weights, He-initialised. */
export function initialWeights(
  width: number,
  dense: number,
  hidden: number,
  stats: { mean: Float64Array; std: Float64Array },
  random: () => number,
): MlpWeights {
  const gaussian = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
  const classes = STANCE_CLASSES.length;
  const w1 = new Float32Array(width * hidden).map(() => gaussian() * Math.sqrt(2 / 64));
  const w2 = new Float32Array(hidden * classes).map(() => gaussian() * Math.sqrt(2 / hidden));
  return {
    width,
    hidden,
    dense,
    mean: stats.mean,
    std: stats.std,
    w1,
    b1: new Float32Array(hidden),
    w2,
    b2: new Float32Array(classes),
  };
}

interface AdamState {
  m: Float32Array;
  v: Float32Array;
}

function adam(size: number): AdamState {
  return { m: new Float32Array(size), v: new Float32Array(size) };
}

/**
 * One epoch of minibatch Adam. Gradients of W1 are sparse (only the inputs a row uses), so they are
 * accumulated per touched row and applied lazily: the epoch costs O(non-zeros × hidden), not O(width).
 */
export function createTrainer(weights: MlpWeights, options: TrainOptions) {
  const random = seededRandom(options.seed + 1);
  const classes = STANCE_CLASSES.length;
  const { hidden } = weights;
  const state = { w1: adam(weights.w1.length), b1: adam(hidden), w2: adam(weights.w2.length), b2: adam(classes) };
  let step = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;

  function update(
    params: Float32Array,
    s: AdamState,
    index: number,
    gradient: number,
    lr: number,
    decay: boolean,
  ): void {
    const g = gradient + (decay ? options.l2 * params[index]! : 0);
    s.m[index] = beta1 * s.m[index]! + (1 - beta1) * g;
    s.v[index] = beta2 * s.v[index]! + (1 - beta2) * g * g;
    const mHat = s.m[index]! / (1 - beta1 ** step);
    const vHat = s.v[index]! / (1 - beta2 ** step);
    params[index]! -= (lr * mHat) / (Math.sqrt(vHat) + 1e-8);
  }

  let epochs = 0;

  function epoch(rows: readonly PairFeatures[], labels: readonly number[]): number {
    const lr = options.learningRate * options.learningRateDecay ** epochs++;
    const order = rows.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      const gW1 = new Map<number, Float64Array>();
      const gB1 = new Float64Array(hidden);
      const gW2 = new Float64Array(hidden * classes);
      const gB2 = new Float64Array(classes);
      for (const r of batch) {
        const row = rows[r]!;
        const label = labels[r]!;
        const weight = options.classWeights[label]!;
        const h = hiddenLayer(weights, row);
        const keep = new Float64Array(hidden).map(() => (random() < options.dropout ? 0 : 1 / (1 - options.dropout)));
        for (let k = 0; k < hidden; k++) h[k]! *= keep[k]!;
        const p = outputLayer(weights, h);
        loss -= weight * Math.log(p[label]! + 1e-12);
        const dLogits = Array.from(p, (value, c) => weight * (value - (c === label ? 1 : 0)));
        const dH = new Float64Array(hidden);
        for (let k = 0; k < hidden; k++) {
          for (let c = 0; c < classes; c++) {
            gW2[k * classes + c]! += h[k]! * dLogits[c]!;
            dH[k]! += weights.w2[k * classes + c]! * dLogits[c]!;
          }
          dH[k]! *= h[k]! > 0 ? keep[k]! : 0;
          gB1[k]! += dH[k]!;
        }
        dLogits.forEach((d, c) => (gB2[c]! += d));
        const inputs: Array<[number, number]> = [];
        row.dense.forEach((raw, i) => inputs.push([i, (raw - weights.mean[i]!) / weights.std[i]!]));
        inputs.push(...row.sparse);
        for (const [index, x] of inputs) {
          if (x === 0) continue;
          let g = gW1.get(index);
          if (!g) gW1.set(index, (g = new Float64Array(hidden)));
          for (let k = 0; k < hidden; k++) g[k]! += x * dH[k]!;
        }
      }
      step++;
      const n = batch.length;
      for (const [index, g] of gW1)
        for (let k = 0; k < hidden; k++) update(weights.w1, state.w1, index * hidden + k, g[k]! / n, lr, true);
      for (let k = 0; k < hidden; k++) update(weights.b1, state.b1, k, gB1[k]! / n, lr, false);
      for (let i = 0; i < gW2.length; i++) update(weights.w2, state.w2, i, gW2[i]! / n, lr, true);
      for (let c = 0; c < classes; c++) update(weights.b2, state.b2, c, gB2[c]! / n, lr, false);
    }
    return loss / rows.length;
  }

  return { epoch };
}
