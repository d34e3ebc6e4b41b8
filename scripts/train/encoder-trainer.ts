/**
 * Trains the sentence encoder's affine map (src/match/sentence-encoder.ts) contrastively: each pair's two
 * sentences should be nearer each other than any other sentence of the batch (symmetric InfoNCE with
 * in-batch negatives). The SIF means are fixed, so a run is a few seconds on one core, and it is
 * deterministic: a seeded generator orders the pairs and draws the starting map.
 */
import { applyMap, type EncoderParameters, meanWordVector } from '../../src/match/sentence-encoder';
import type { WordVectors } from '../../src/nlp/word-vectors';
import { seededRandom } from '../../src/match/seeded-random';

/** The choices a run makes (hyper-parameters chosen on held-out pairs, see scripts/train-encoder.ts). */
export interface EncoderTraining {
  outputDimensions: number;
  sif: number;
  /** Softmax temperature of the contrastive loss. */
  temperature: number;
  epochs: number;
  batch: number;
  learningRate: number;
  seed: number;
}

/** Two word lists that mean the same or speak of the same thing. */
export interface WordPair {
  a: readonly string[];
  b: readonly string[];
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Adam's state for one parameter array. */
class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private step = 0;
  constructor(
    private readonly values: Float64Array,
    private readonly rate: number,
  ) {
    this.m = new Float64Array(values.length);
    this.v = new Float64Array(values.length);
  }
  apply(gradient: Float64Array): void {
    this.step++;
    const c1 = 1 - 0.9 ** this.step;
    const c2 = 1 - 0.999 ** this.step;
    for (let i = 0; i < gradient.length; i++) {
      const g = gradient[i]!;
      this.m[i] = 0.9 * this.m[i]! + 0.1 * g;
      this.v[i] = 0.999 * this.v[i]! + 0.001 * g * g;
      this.values[i]! -= (this.rate * this.m[i]!) / c1 / (Math.sqrt(this.v[i]! / c2) + 1e-8);
    }
  }
}

/** The pairs whose both sides have a vector, as SIF means. */
function means(pairs: readonly WordPair[], vectors: WordVectors, sif: number): Array<[Float64Array, Float64Array]> {
  const out: Array<[Float64Array, Float64Array]> = [];
  for (const { a, b } of pairs) {
    const ma = meanWordVector(a, vectors, sif);
    const mb = meanWordVector(b, vectors, sif);
    if (ma && mb) out.push([ma, mb]);
  }
  return out;
}

/** Forward pass of a batch: projections, their norms and unit vectors. */
function project(parameters: EncoderParameters, inputs: readonly Float64Array[]) {
  const norms = new Float64Array(inputs.length);
  const units = inputs.map((input, k) => {
    const z = applyMap(parameters, input);
    norms[k] = Math.hypot(...z) || 1;
    return z.map((x) => x / norms[k]!);
  });
  return { units, norms };
}

/**
 * One batch: the loss's gradient with respect to the unit vectors of sides a and b (symmetric InfoNCE),
 * then through the normalisation and the map into `gradW`, `gradB`. Returns the batch's mean loss.
 */
function batchStep(
  parameters: EncoderParameters,
  batch: ReadonlyArray<[Float64Array, Float64Array]>,
  temperature: number,
  gradW: Float64Array,
  gradB: Float64Array,
): number {
  const size = batch.length;
  const m = parameters.outputDimensions;
  const n = parameters.inputDimensions;
  const a = project(
    parameters,
    batch.map(([x]) => x),
  );
  const b = project(
    parameters,
    batch.map(([, y]) => y),
  );
  const logits = new Float64Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) {
      let dot = 0;
      for (let o = 0; o < m; o++) dot += a.units[i]![o]! * b.units[j]![o]!;
      logits[i * size + j] = dot / temperature;
    }
  // d loss / d logit, from rows (a → b) and columns (b → a), each averaged over the batch and halved.
  const grad = new Float64Array(size * size);
  let loss = 0;
  const softmaxInto = (at: (k: number) => number, row: number) => {
    let max = -Infinity;
    for (let k = 0; k < size; k++) max = Math.max(max, logits[at(k)]!);
    let sum = 0;
    for (let k = 0; k < size; k++) sum += Math.exp(logits[at(k)]! - max);
    loss += (Math.log(sum) + max - logits[at(row)]!) / (2 * size);
    for (let k = 0; k < size; k++)
      grad[at(k)]! += (Math.exp(logits[at(k)]! - max) / sum - (k === row ? 1 : 0)) / (2 * size);
  };
  for (let i = 0; i < size; i++) softmaxInto((k) => i * size + k, i);
  for (let j = 0; j < size; j++) softmaxInto((k) => k * size + j, j);
  const du = (units: Float64Array[], other: Float64Array[], byRow: boolean) =>
    units.map((_, i) => {
      const d = new Float64Array(m);
      for (let j = 0; j < size; j++) {
        const g = (byRow ? grad[i * size + j]! : grad[j * size + i]!) / temperature;
        if (g === 0) continue;
        for (let o = 0; o < m; o++) d[o]! += g * other[j]![o]!;
      }
      return d;
    });
  const backward = (
    side: { units: Float64Array[]; norms: Float64Array },
    dUnits: Float64Array[],
    inputs: Float64Array[],
  ) => {
    side.units.forEach((u, k) => {
      const d = dUnits[k]!;
      let along = 0;
      for (let o = 0; o < m; o++) along += u[o]! * d[o]!;
      const input = inputs[k]!;
      for (let o = 0; o < m; o++) {
        const dz = (d[o]! - u[o]! * along) / side.norms[k]!;
        gradB[o]! += dz;
        for (let i = 0, at = o * n; i < n; i++) gradW[at + i]! += dz * input[i]!;
      }
    });
  };
  backward(
    a,
    du(a.units, b.units, true),
    batch.map(([x]) => x),
  );
  backward(
    b,
    du(b.units, a.units, false),
    batch.map(([, y]) => y),
  );
  return loss;
}

/** Trains the map on `pairs`; `log` hears each epoch's mean loss. */
export function trainEncoder(
  pairs: readonly WordPair[],
  vectors: WordVectors,
  options: EncoderTraining,
  log: (line: string) => void = () => {},
): EncoderParameters {
  const random = seededRandom(options.seed);
  const n = vectors.dimensions;
  const m = options.outputDimensions;
  // A random projection keeps cosines roughly (Johnson–Lindenstrauss), so training starts from plain SIF.
  const weights = Float64Array.from({ length: m * n }, () => (random() * 2 - 1) * Math.sqrt(3 / n));
  const parameters: EncoderParameters = {
    sif: options.sif,
    inputDimensions: n,
    outputDimensions: m,
    weights,
    bias: new Float64Array(m),
  };
  const data = means(pairs, vectors, options.sif);
  const adamW = new Adam(parameters.weights, options.learningRate);
  const adamB = new Adam(parameters.bias, options.learningRate);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = shuffle([...data], random);
    let loss = 0;
    let batches = 0;
    for (let start = 0; start + 1 < order.length; start += options.batch) {
      const batch = order.slice(start, start + options.batch);
      const gradW = new Float64Array(m * n);
      const gradB = new Float64Array(m);
      loss += batchStep(parameters, batch, options.temperature, gradW, gradB);
      batches++;
      adamW.apply(gradW);
      adamB.apply(gradB);
    }
    log(`epoch ${epoch + 1}: loss ${(loss / batches).toFixed(4)} over ${data.length} pairs`);
  }
  return parameters;
}
