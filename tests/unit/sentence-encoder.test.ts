/**
 * The sentence encoder: the shipped asset loads for the shipped word vectors and a broken one is refused
 * with a reason; the asset's quantisation keeps what the floats said; training is reproducible (the same
 * pairs and seed give the same asset bytes twice) and pulls paired sentences together.
 */
import { describe, expect, test } from 'vitest';
import asset from '../../assets/sentence-encoder.json';
import { defaultSentenceEncoder } from '../../src/match/default-sentence-encoder';
import {
  encoderFrom,
  encoderWords,
  meanWordVector,
  projectMean,
  readEncoderAsset,
  writeEncoderAsset,
  type SentenceEncoder,
} from '../../src/match/sentence-encoder';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { trainEncoder, type EncoderTraining } from '../../scripts/train/encoder-trainer';

const vectors = defaultWordVectors();
const cosine = (encoder: SentenceEncoder, a: string, b: string) => {
  const [x, y] = [encoder.encode(a)!, encoder.encode(b)!];
  return x.reduce((sum, v, i) => sum + v * y[i]!, 0);
};

describe('the shipped asset', () => {
  test('loads for the shipped word vectors and gives unit vectors', () => {
    const read = readEncoderAsset(asset, vectors.dimensions);
    expect(read.ok).toBe(true);
    const encoder = defaultSentenceEncoder()!;
    expect(encoder.version).toBe(asset.version);
    const vector = encoder.encode('The minister resigned after the scandal.')!;
    expect(vector).toHaveLength(asset.outputDimensions);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
  });

  test('mapping each word once gives the map of the mean, to float rounding', () => {
    const read = readEncoderAsset(asset, vectors.dimensions);
    if (!read.ok) throw new Error(read.reason);
    const encoder = encoderFrom(read.parameters, vectors, 'check');
    for (const sentence of [
      'The minister resigned after the scandal.',
      'Heavy rain flooded the streets, and the the the council met on Tuesday.',
      'Prices rose 4.5% in March.',
    ]) {
      const words = encoderWords(sentence);
      const direct = projectMean(read.parameters, meanWordVector(words, vectors, read.parameters.sif)!);
      const cached = encoder.encodeWords(words)!;
      // Twice: the second reads the words' mapped vectors made by the first.
      for (const vector of [cached, encoder.encodeWords(words)!])
        direct.forEach((x, i) => expect(Math.abs(vector[i]! - x)).toBeLessThan(1e-6));
    }
  });

  test('a sentence with no word the vectors know has no vector', () => {
    expect(defaultSentenceEncoder()!.encode('zzqx vvkr 123')).toBeNull();
  });

  test.each([
    ['another format', { ...asset, format: 'something-else' }, /not a sentence encoder/],
    ['other word vectors', { ...asset, inputDimensions: 300 }, /300-d word vectors/],
    ['weights cut short', { ...asset, weights: asset.weights.slice(0, 40) }, /output × input/],
    ['a bias per dimension missing', { ...asset, bias: asset.bias.slice(1) }, /bias/],
    ['no version', { ...asset, version: '' }, /no version/],
  ])('refuses %s with a reason', (_name, broken, reason) => {
    const read = readEncoderAsset(broken, vectors.dimensions);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  test('quantising keeps every weight within half a step', () => {
    const read = readEncoderAsset(asset, vectors.dimensions);
    if (!read.ok) throw new Error(read.reason);
    const again = readEncoderAsset(writeEncoderAsset(read.parameters, 'again'), vectors.dimensions);
    if (!again.ok) throw new Error(again.reason);
    const step = asset.scale;
    read.parameters.weights.forEach((w, i) => expect(Math.abs(again.parameters.weights[i]! - w)).toBeLessThan(step));
  });
});

describe('training', () => {
  // Invented pairs: each says one thing twice in other words.
  const PAIRS = [
    ['The minister resigned after the scandal.', 'The official quit following the controversy.'],
    ['Voters rejected the proposal in a referendum.', 'The plan was defeated at the ballot box.'],
    ['The doctor prescribed medicine for the child.', 'A physician gave the kid drugs.'],
    ['The company recalled thousands of cars.', 'The automaker called back many vehicles.'],
    ['Heavy rain flooded the streets.', 'Storms left roads under water.'],
    ['The team won the championship.', 'The club took the title.'],
    ['Prices rose sharply last month.', 'Costs climbed steeply in recent weeks.'],
    ['The army withdrew its soldiers.', 'Troops were pulled out by the military.'],
  ].map(([a, b]) => ({ a: encoderWords(a!), b: encoderWords(b!) }));
  const SMALL: EncoderTraining = {
    outputDimensions: 8,
    sif: 1e-3,
    temperature: 0.1,
    epochs: 30,
    batch: 4,
    learningRate: 0.01,
    seed: 3,
  };

  test('the same pairs and seed give the same asset bytes twice', () => {
    const first = JSON.stringify(writeEncoderAsset(trainEncoder(PAIRS, vectors, SMALL), 'smoke'));
    const second = JSON.stringify(writeEncoderAsset(trainEncoder(PAIRS, vectors, SMALL), 'smoke'));
    expect(second).toBe(first);
    expect(JSON.stringify(writeEncoderAsset(trainEncoder(PAIRS, vectors, { ...SMALL, seed: 4 }), 'smoke'))).not.toBe(
      first,
    );
  });

  test('pulls the paired sentences nearer than the untrained map did', () => {
    const losses: number[] = [];
    const trained = trainEncoder(PAIRS, vectors, SMALL, (line) => losses.push(Number(line.match(/loss ([\d.]+)/)![1])));
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    const untrained = encoderFrom(trainEncoder(PAIRS, vectors, { ...SMALL, epochs: 0 }), vectors, 'untrained');
    const encoder = encoderFrom(trained, vectors, 'trained');
    const a = 'The minister resigned after the scandal.';
    const b = 'The official quit following the controversy.';
    expect(cosine(encoder, a, b)).toBeGreaterThan(cosine(untrained, a, b));
  });
});
