/**
 * Writes the learned judge's training table: every pair of the sentence-pair sets (src/eval/pair-sets.ts)
 * in both orders, plus unrelated pairs made by pairing a claim with another group's passage, with the
 * features of src/stance/pair-features.ts. One JSON line per pair; read by scripts/train/train_judge.py.
 *
 *   tsx scripts/train/dump-pair-features.ts --data DIR --out FILE [--limit N]
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../../src/eval/eval-paths';
import { hasPairSet, PAIR_SET_NAMES, readPairSet, type LabelledPair } from '../../src/eval/pair-sets';
import { seededRandom } from './mlp-trainer';
import { PAIR_FEATURES } from '../../src/stance/pair-features';
import { pairFeatureRow } from './pair-feature-row';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    out: { type: 'string', default: '.cache/judge-pairs.jsonl' },
    limit: { type: 'string' },
    seed: { type: 'string', default: '5' },
  },
});

/** Unrelated pairs made per labelled pair: the extension meets many candidates on other subjects. */
const UNRELATED_SHARE = 0.15;

const out = createWriteStream(values.out!);
// The feature names beside the table: the trainer copies them into the asset, which checks them at load.
writeFileSync(values.out!.replace(/\.jsonl$/, '.features.json'), `${JSON.stringify(PAIR_FEATURES)}\n`);
const random = seededRandom(Number(values.seed));
const limit = values.limit ? Number(values.limit) : Infinity;
let written = 0;
for (const name of PAIR_SET_NAMES) {
  if (!hasPairSet(values.data!, name)) {
    process.stderr.write(`${name}: missing, skipped\n`);
    continue;
  }
  const pairs = readPairSet(values.data!, name).pairs.slice(0, limit);
  const made: LabelledPair[] = [];
  for (const split of ['train', 'validation'] as const) {
    const side = pairs.filter((p) => p.split === split);
    const count = Math.round(side.length * UNRELATED_SHARE);
    for (let k = 0; k < count && side.length > 1; k++) {
      const a = side[Math.floor(random() * side.length)]!;
      const b = side[Math.floor(random() * side.length)]!;
      if (a.group === b.group) continue;
      made.push({ ...a, id: `${a.id}~${b.id}`, passage: b.passage, label: 'unrelated', gold: 'neither', group: a.group });
    }
  }
  const started = performance.now();
  for (const pair of [...pairs, ...made]) {
    for (const order of [0, 1] as const) {
      const [claim, passage] = order === 0 ? [pair.claim, pair.passage] : [pair.passage, pair.claim];
      const row = pairFeatureRow(claim, passage);
      out.write(`${JSON.stringify({ set: name, id: pair.id, split: pair.split, label: pair.label, order, made: pair.id.includes('~'), ...row })}\n`);
      written++;
    }
  }
  process.stderr.write(`${name}: ${pairs.length} pairs + ${made.length} unrelated, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
out.end(() => process.stderr.write(`${written} rows → ${values.out}\n`));
