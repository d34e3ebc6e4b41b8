/**
 * `npm run train:encoder`: trains the paraphrase-retrieval sentence encoder (src/match/sentence-encoder.ts)
 * and writes assets/sentence-encoder.json.
 *
 * Pairs: the train side of Emergent, SICK, MRPC, STS-B, VitaminC (corroborating and conflicting pairs:
 * both speak of the same thing, which is what retrieval must find) and CheckThat! 2022 2A train (tweet →
 * the verified claim it repeats). CheckThat! dev is never read here: it is the figure reported as not
 * tuned on. `--choose` instead holds out a fifth of CheckThat! train's tweets (by hash), trains each
 * setting of a small grid on the rest, and prints each one's recall among all verified claims, which is
 * how the defaults below were chosen.
 *
 * `--hold-out` trains the written encoder without that fifth, so that the channel's own settings
 * (retrieve-candidates.ts) can be chosen on those tweets with `npm run eval -- checkthat-candidates
 * --queries … --qrels …` over the held-out tweets.
 *
 *   npm run train:encoder [-- --data DIR] [--out FILE] [--choose] [--hold-out]
 */
import '../src/assets/node-assets';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../src/eval/eval-paths';
import { readVerifiedClaims } from '../src/eval/checkthat-data';
import { readPairSet, type LabelledPair, type PairSetName } from '../src/eval/pair-sets';
import { seededHash } from '../src/match/seeded-hash';
import { encoderFrom, encoderWords, writeEncoderAsset } from '../src/match/sentence-encoder';
import { defaultWordVectors } from '../src/nlp/default-vectors';
import { trainEncoder, type EncoderTraining, type WordPair } from './train/encoder-trainer';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    out: { type: 'string', default: resolve(REPO_ROOT, 'assets/sentence-encoder.json') },
    choose: { type: 'boolean', default: false },
    'hold-out': { type: 'boolean', default: false },
  },
});

/** The defaults, chosen with `--choose` (figures in docs/quality.md). */
export const ENCODER_TRAINING: EncoderTraining = {
  outputDimensions: 64,
  sif: 1e-3,
  temperature: 0.05,
  epochs: 8,
  batch: 256,
  learningRate: 2e-3,
  seed: 14,
};

const SETS: PairSetName[] = ['emergent', 'sick', 'mrpc', 'sts-b', 'vitaminc', 'checkthat'];
const HELD_OUT_SHARE = 0.2;
const log = (line: string) => process.stderr.write(`${line}\n`);

const vectors = defaultWordVectors();
const trainPairs: LabelledPair[] = SETS.flatMap((name) =>
  readPairSet(values.data, name).pairs.filter(
    (pair) => pair.split === 'train' && (pair.gold === 'corroborates' || pair.gold === 'conflicts'),
  ),
);
const heldOut = (pair: LabelledPair) =>
  pair.id.startsWith('checkthat:') && seededHash(pair.group, 7) / 2 ** 32 < HELD_OUT_SHARE;
const words = (pair: LabelledPair): WordPair => ({ a: encoderWords(pair.claim), b: encoderWords(pair.passage) });

/** Recall@k of held-out tweets' verified claims among all verified claims, by the encoder alone. */
function heldOutRecall(training: EncoderTraining, pairs: LabelledPair[], ks: number[]): number[] {
  const parameters = trainEncoder(pairs.filter((p) => !heldOut(p)).map(words), vectors, training);
  const encoder = encoderFrom(parameters, vectors, 'choosing');
  const vclaims = readVerifiedClaims(readFileSync(resolve(values.data, 'checkthat-2022-2a/vclaims.jsonl'), 'utf8'));
  if (!vclaims.ok) throw new Error(vclaims.reason);
  const claimVectors = vclaims.value.map((claim) => encoder.encode(claim.claim));
  const tests = pairs.filter(heldOut);
  const found = ks.map(() => 0);
  for (const test of tests) {
    const query = encoder.encode(test.claim);
    if (!query) continue;
    const scores = claimVectors.map((v) => (v ? v.reduce((sum, x, i) => sum + x * query[i]!, 0) : -2));
    const gold = vclaims.value.findIndex((claim) => claim.claim === test.passage);
    const rank = scores.filter((s) => s > scores[gold]!).length;
    ks.forEach((k, i) => {
      if (rank < k) found[i]!++;
    });
  }
  return found.map((n) => n / tests.length);
}

if (values.choose) {
  const grid: Array<Partial<EncoderTraining>> = [
    {},
    { epochs: 0 },
    { outputDimensions: 32 },
    { outputDimensions: 100 },
    { sif: 1e-4 },
    { sif: 1e-2 },
    { temperature: 0.1 },
    { epochs: 3 },
    { epochs: 16 },
  ];
  for (const change of grid) {
    const training = { ...ENCODER_TRAINING, ...change };
    const [r5, r20] = heldOutRecall(training, trainPairs, [5, 20]);
    log(`${JSON.stringify(change)}: held-out CheckThat! train recall@5 ${r5!.toFixed(3)} · @20 ${r20!.toFixed(3)}`);
  }
} else {
  const used = values['hold-out'] ? trainPairs.filter((pair) => !heldOut(pair)) : trainPairs;
  const parameters = trainEncoder(used.map(words), vectors, ENCODER_TRAINING, log);
  const draft = writeEncoderAsset(parameters, '');
  const version = `${seededHash(draft.weights + JSON.stringify(draft.bias), 1).toString(16)}`;
  writeFileSync(values.out, `${JSON.stringify(writeEncoderAsset(parameters, version))}\n`);
  log(`wrote ${values.out} (${used.length} pairs, version ${version})`);
}
