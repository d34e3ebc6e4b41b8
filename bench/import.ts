/**
 * `npm run bench:import`: where the import of the 100,000-claim synthetic file (bench/synthetic-claims.ts,
 * the file `bench:browser` imports) spends its time. In Chromium (the default): the e2e build's options
 * page, a fresh profile each run, the file chosen in its file picker as a reader would; the whole import
 * is timed from the file's choice to the dataset listed, its phases are those the worker and the page
 * report (src/imports/import-job.ts), and the page's longest main-thread task is watched (PerformanceObserver
 * 'longtask'). With `--node`: the same job in this process (tsx), over fake-indexeddb, for comparison.
 * `--runs N` (default 3); `--claims N` (default 100,000); `--jsonl`: the same claims as a JSON Lines file
 * (CheckThat!'s fields `vclaim`, `vclaim_id`, `author`: one author an outlet, 40 sources). Medians
 * and min–max over the runs.
 * `--extension DIR`, given more than once, compares builds (a copy of `.output/chrome-mv3-e2e` from
 * before a change, beside the current one): their runs alternate, so a machine whose load changes during
 * the runs weighs on each alike.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { serializeDataset } from '../src/claims/serialize-dataset';
import { runImportJob } from '../src/imports/import-job';
import { shippedEncoderFor } from '../src/match/default-sentence-encoder';
import { phaseTotals } from '../src/match/phase-clock';
import { decodeWordVectorFile } from '../src/nlp/word-vector-file';
import { loadWordVectors } from '../src/nlp/word-vectors';
import { useEnglishMessages } from '../src/node/messages';
import { openDatasetStore } from '../src/platform/dataset-store';
import { IMPORT_PHASES_GLOBAL } from '../src/platform/phase-timings';
import { EXTENSION_DIR, launchExtensionBrowser } from '../tests/e2e/support/extension-browser';
import { importDatasetFile, openOptionsPage } from '../tests/e2e/support/import-file';
import { watchLongTasks } from '../tests/e2e/support/long-tasks';
import { phaseTable, waitForMeaningStored, type ImportRun } from './import-phases';
import { syntheticDataset } from './synthetic-claims';
import { formatSpread, spread } from './timing';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of at least 1`);
  return value;
}
const runs = flag('--runs', 3);
const claims = flag('--claims', 100_000);
const inNode = process.argv.includes('--node');
const extensions = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--extension' ? [resolve(arg)] : []));
if (extensions.length === 0) extensions.push(EXTENSION_DIR);
const log = (line: string) => process.stderr.write(`${line}\n`);
useEnglishMessages();
const loadAtStart = loadavg()[0]!;

const workDir = mkdtempSync(join(tmpdir(), 'provenance-bench-import-'));
const asJsonLines = process.argv.includes('--jsonl');
const id = `synthetic-${claims}`;
const path = join(workDir, `${id}.${asJsonLines ? 'jsonl' : 'json'}`);
const dataset = syntheticDataset(claims, Math.max(1, Math.round(claims / 100)), id);
/** The dataset as JSON Lines: one line a claim, its source's outlet as its author. */
const jsonLines = () =>
  `${dataset.sources
    .flatMap((source) =>
      source.claims.map((claim) => JSON.stringify({ vclaim: claim.text, vclaim_id: claim.id, author: source.outlet })),
    )
    .join('\n')}\n`;
const text = asJsonLines ? jsonLines() : serializeDataset(dataset);
const fileFormat = asJsonLines ? 'JSON Lines' : 'Provenance JSON';
writeFileSync(path, text);
const megabytes = (Buffer.byteLength(text) / 1e6).toFixed(1);

/** One import through the options page of a browser started on a fresh profile. */
async function importInChromium(
  extension: string,
  run: number,
): Promise<ImportRun & { longestTaskMs: number; chromium: string }> {
  const browser = await launchExtensionBrowser(extension, { userDataDir: join(workDir, `profile-${run}`) });
  try {
    const options = await openOptionsPage(browser);
    const longestTask = await watchLongTasks(options);
    const started = performance.now();
    await importDatasetFile(options, path, { timeout: 900_000 });
    const totalMs = performance.now() - started;
    await waitForMeaningStored(options);
    const longestTaskMs = await longestTask();
    const phases = await options.evaluate(
      (global) => (globalThis as Record<string, unknown>)[global] as ImportRun['phases'],
      IMPORT_PHASES_GLOBAL,
    );
    if (!phases?.length) throw new Error('the options page recorded no phase: is this the e2e build?');
    return { phases, totalMs, longestTaskMs, chromium: browser.context.browser()?.version() ?? 'unknown' };
  } finally {
    await browser.close();
  }
}

const vectorFile = readFileSync(resolve(import.meta.dirname, '..', 'assets', 'word-vectors.bin'));

/** The same job in this process, over fake-indexeddb, the file's bytes read from disk. */
async function importInNode(run: number): Promise<ImportRun> {
  const phases = phaseTotals();
  const name = basename(path);
  const started = performance.now();
  const store = await openDatasetStore();
  const result = await runImportJob(
    { name, size: Buffer.byteLength(text), text: async () => readFileSync(path, 'utf8') },
    'auto',
    {
      store: async () => store,
      builtInId: 'provenance-seeds',
      now: () => new Date(run).toISOString(),
      step: async () => {},
      encoder: async () => {
        const bytes = vectorFile.buffer.slice(vectorFile.byteOffset, vectorFile.byteOffset + vectorFile.byteLength);
        return shippedEncoderFor(loadWordVectors(decodeWordVectorFile(bytes as ArrayBuffer)));
      },
      clock: phases.clock,
    },
  );
  const totalMs = performance.now() - started;
  await store.remove(id);
  store.close();
  if (!result.ok) throw new Error(`${name} was not imported: ${result.details.join(' ')}`);
  return { phases: phases.totals(), totalMs };
}

type Run = ImportRun & { longestTaskMs?: number; chromium?: string };
const results = new Map<string, Run[]>(extensions.map((extension) => [extension, []]));
let profiles = 0;
try {
  for (let run = 1; run <= runs; run++) {
    for (const extension of inNode ? [extensions[0]!] : extensions) {
      const target = inNode ? 'in Node' : `through the options page of ${extension}`;
      log(`run ${run}/${runs}: importing ${claims.toLocaleString('en')} claims ${target}…`);
      const done = inNode ? await importInNode(run) : await importInChromium(extension, ++profiles);
      results.get(extension)!.push(done);
      log(`  ${(done.totalMs / 1000).toFixed(2)} s`);
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const all = [...results.values()].flat();
const where = inNode
  ? `Node ${process.version} (tsx), fake-indexeddb`
  : `Chromium ${all[0]?.chromium ?? 'unknown'} headless, the e2e build's options page`;
log(
  [
    '',
    `npm run bench:import${inNode ? ' -- --node' : ''}: ${claims.toLocaleString('en')} claims (${megabytes} MB, ${fileFormat}) in ${where}; ${runs} runs each; ${cpus().length} cores, load average ${loadAtStart.toFixed(2)} at the start and ${loadavg()[0]!.toFixed(2)} at the end`,
    ...[...results].flatMap(([extension, list]) => {
      const longest = list.flatMap((run) => (run.longestTaskMs === undefined ? [] : [run.longestTaskMs]));
      return [
        '',
        ...(inNode ? [] : [extension]),
        ...phaseTable(list, 'median (min–max)'),
        ...(longest.length
          ? [
              '',
              `The options page's longest main-thread task: ${formatSpread(spread(longest))} (0: none of 50 ms or more).`,
            ]
          : []),
      ];
    }),
  ].join('\n'),
);
process.stdout.write(
  `${JSON.stringify({ where, claims, megabytes: Number(megabytes), runs: Object.fromEntries(results) })}\n`,
);
