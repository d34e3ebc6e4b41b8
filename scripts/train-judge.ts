/**
 * `npm run train`: trains the learned sentence-pair judge and writes assets/pair-model.json.
 *
 *   1. scripts/train/dump-pair-features.ts computes every pair's features with the extension's own code;
 *   2. scripts/train/train_judge.py (Debian's python3-sklearn) fits the trees, the temperature and the
 *      link thresholds on the fixed split, and writes the asset and the parity fixture the unit test reads.
 *
 * Reproducible: the split, the made-up pairs and the trees are seeded. Needs ../shared/data.
 *
 *   npm run train [-- --data DIR] [--out FILE] [--rounds N] [--learning-rate X] [--leaves N] [--seed N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../src/eval/eval-paths';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA_DIR },
    out: { type: 'string', default: resolve(REPO_ROOT, 'assets/pair-model.json') },
    rounds: { type: 'string' },
    'learning-rate': { type: 'string' },
    leaves: { type: 'string' },
    seed: { type: 'string' },
  },
});

const PYTHON = '/usr/bin/python3';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: REPO_ROOT });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Debian's scikit-learn, installed when missing and we may (root with apt-get), else the command to run. */
function ensureSklearn(): void {
  if (spawnSync(PYTHON, ['-c', 'import sklearn, numpy'], { stdio: 'ignore' }).status === 0) return;
  const install = ['install', '-y', 'python3-sklearn', 'python3-numpy'];
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stderr.write('Installing Debian’s python3-sklearn for training…\n');
    run('apt-get', ['update']);
    run('apt-get', install);
    return;
  }
  process.stderr.write(`npm run train needs Debian's scikit-learn: sudo apt-get ${install.join(' ')}\n`);
  process.exit(2);
}

if (!existsSync(values.data!)) {
  process.stderr.write(`npm run train needs the pair sets in ${values.data} (../shared/data beside the repository)\n`);
  process.exit(2);
}
ensureSklearn();
mkdirSync(resolve(REPO_ROOT, '.cache'), { recursive: true });
const table = resolve(REPO_ROOT, '.cache/judge-pairs.jsonl');
run(process.execPath, [
  '--import',
  'tsx',
  'scripts/train/dump-pair-features.ts',
  '--data',
  values.data!,
  '--out',
  table,
]);
const options = (['rounds', 'learning-rate', 'leaves', 'seed'] as const).flatMap((name) =>
  values[name] ? [`--${name}`, values[name]!] : [],
);
run(PYTHON, [
  'scripts/train/train_judge.py',
  '--table',
  table,
  '--out',
  values.out!,
  '--parity',
  resolve(REPO_ROOT, 'tests/fixtures/pair-model-parity.json'),
  ...options,
]);
