/**
 * `npm run train`: trains the learned sentence-pair judge and writes assets/pair-model.json and
 * assets/attention-model.json.
 *
 *   1. scripts/train/dump-pair-features.ts computes every pair's features and the attention model's token
 *      ids with the extension's own code;
 *   2. scripts/train/train_judge.py (Debian's python3-sklearn) fits the first-stage trees, and
 *      scripts/train/attention_judge.py (python3-torch) the word-level attention model: once on every
 *      train row (the one that ships) and once per held-out fold (out-of-fold inputs for the second
 *      stage), two processes at a time, one thread each;
 *   3. scripts/train/cascade_judge.py fits the second-stage trees, the cascade's cut and the link
 *      thresholds, and writes the asset. Each step writes the parity fixture its unit test reads.
 *
 * Reproducible: the split, the made-up pairs, the folds, the attention model and the trees are seeded,
 * every process single-threaded. Needs ../shared/data. About 20 minutes on 2 idle cores.
 *
 *   npm run train [-- --data DIR] [--out FILE] [--rounds N] [--learning-rate X] [--leaves N] [--seed N]
 *                 [--hidden N] [--epochs N]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../src/eval/eval-paths';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    out: { type: 'string', default: resolve(REPO_ROOT, 'assets/pair-model.json') },
    'attention-out': { type: 'string', default: resolve(REPO_ROOT, 'assets/attention-model.json') },
    rounds: { type: 'string' },
    'learning-rate': { type: 'string' },
    leaves: { type: 'string' },
    seed: { type: 'string' },
    /** The attention model's hidden units and epochs (scripts/train/ATTENTION-RESULTS.md: 32 and 5). */
    hidden: { type: 'string', default: '32' },
    epochs: { type: 'string', default: '5' },
  },
});

const PYTHON = '/usr/bin/python3';
/** Held-out folds of the train side for the second stage's out-of-fold inputs (attention_judge.py's default). */
const FOLDS = 3;
/** Processes at a time: the attention parts and the first-stage trees are independent. */
const PARALLEL = 2;
const SINGLE_THREAD = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: REPO_ROOT, env: SINGLE_THREAD });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs `jobs` (Python argument lists) `PARALLEL` at a time; exits on the first failure. */
async function runAll(jobs: string[][]): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const args = job;
      const status = await new Promise<number | null>((done) =>
        spawn(PYTHON, args, { stdio: 'inherit', cwd: REPO_ROOT, env: SINGLE_THREAD }).on('close', done),
      );
      if (status !== 0) {
        process.stderr.write(`failed: ${PYTHON} ${args.join(' ')}\n`);
        process.exit(status ?? 1);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** Debian's scikit-learn and torch, installed when missing and we may (root with apt-get), else the command to run. */
function ensurePython(): void {
  if (spawnSync(PYTHON, ['-c', 'import sklearn, numpy, torch'], { stdio: 'ignore' }).status === 0) return;
  const install = ['install', '-y', 'python3-sklearn', 'python3-numpy', 'python3-torch'];
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stderr.write('Installing Debian’s python3-sklearn and python3-torch for training…\n');
    run('apt-get', ['update']);
    run('apt-get', install);
    return;
  }
  process.stderr.write(`npm run train needs Debian's scikit-learn and torch: sudo apt-get ${install.join(' ')}\n`);
  process.exit(2);
}

if (!existsSync(values.data!)) {
  process.stderr.write(`npm run train needs the pair sets in ${values.data} (../shared/data beside the repository)\n`);
  process.exit(2);
}
ensurePython();
mkdirSync(resolve(REPO_ROOT, '.cache'), { recursive: true });
const cache = (name: string) => resolve(REPO_ROOT, '.cache', name);
const fixture = (name: string) => resolve(REPO_ROOT, 'tests/fixtures', name);
const table = cache('judge-pairs.jsonl');
run(process.execPath, [
  '--import',
  'tsx',
  'scripts/train/dump-pair-features.ts',
  '--data',
  values.data!,
  '--out',
  table,
  '--texts',
]);
const trees = (['rounds', 'learning-rate', 'leaves', 'seed'] as const).flatMap((name) =>
  values[name] ? [`--${name}`, values[name]!] : [],
);
const first = cache('first-stage.json');
const parts = cache('attention');
const attention = (part: string, extra: string[] = []) => [
  'scripts/train/attention_judge.py',
  '--table',
  table,
  '--part',
  part,
  '--out',
  `${parts}-${part}.npz`,
  '--hidden',
  values.hidden!,
  '--epochs',
  values.epochs!,
  ...extra,
];
// Longest first, so the two processes finish together.
await runAll([
  attention('full', ['--export', values['attention-out']!, '--parity', fixture('attention-model-parity.json')]),
  [
    'scripts/train/train_judge.py',
    '--table',
    table,
    '--out',
    first,
    '--save-raw',
    '--parity',
    fixture('pair-model-parity.json'),
    ...trees,
  ],
  ...Array.from({ length: FOLDS }, (_, k) => attention(`fold${k}`)),
]);
run(PYTHON, [
  'scripts/train/cascade_judge.py',
  '--table',
  table,
  '--first',
  first,
  '--parts',
  parts,
  '--out',
  values.out!,
  '--parity',
  fixture('pair-cascade-parity.json'),
  '--report',
  cache('cascade-report.json'),
  ...trees,
]);
