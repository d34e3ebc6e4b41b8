/** `npm run bench:browser`'s command line: how many runs, pages and dataset rows to measure. */

/** The dataset rows, each adding its claims to the rows before it (the built-in dataset is always on). */
export const DATASET_ROWS = ['builtin', 'checkthat', '100k'] as const;
export type DatasetRow = (typeof DATASET_ROWS)[number];

/** What a run measures. */
export interface BrowserBenchArgs {
  /** Runs of every case on every page (≥ 5 for the recorded figures). */
  runs: number;
  /** How many of the long pages, in their listed order. */
  pages: number;
  /** The rows to measure, in DATASET_ROWS' order whatever order they were given in. */
  datasets: DatasetRow[];
}

/** The defaults: every figure over five runs of five pages, every row. */
export const DEFAULT_ARGS: BrowserBenchArgs = { runs: 5, pages: 5, datasets: [...DATASET_ROWS] };

function positive(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${flag} takes a whole number of at least 1, not ${JSON.stringify(value ?? '')}`);
  return number;
}

/** Parses `--runs N`, `--pages N` and `--datasets builtin,checkthat,100k`; throws a sentence for anything else. */
export function parseBrowserBenchArgs(argv: readonly string[]): BrowserBenchArgs {
  const args: BrowserBenchArgs = { ...DEFAULT_ARGS, datasets: [...DEFAULT_ARGS.datasets] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (flag === '--runs') args.runs = positive(flag, value);
    else if (flag === '--pages') args.pages = positive(flag, value);
    else if (flag === '--datasets') {
      const asked = (value ?? '').split(',').filter(Boolean);
      const unknown = asked.filter((name) => !(DATASET_ROWS as readonly string[]).includes(name));
      if (asked.length === 0 || unknown.length > 0)
        throw new Error(`--datasets takes a list of ${DATASET_ROWS.join(', ')}; not ${JSON.stringify(value ?? '')}`);
      args.datasets = DATASET_ROWS.filter((name) => asked.includes(name));
    } else
      throw new Error(
        `unknown argument ${JSON.stringify(flag)} (expected --runs N, --pages N, --datasets ${DATASET_ROWS.join(',')})`,
      );
  }
  return args;
}
