/**
 * `npm run bench:browser`: what a reader waits for in the real browser, from the toolbar click to the
 * popup's painted answer, beside Readability's own parse of the same page in the same tab. The e2e build
 * runs in Debian's Chromium (tests/e2e/support/extension-browser.ts); the click is CDP's
 * `Extensions.triggerAction` (bench/toolbar-click.ts); datasets are imported through the options page.
 * Every figure is the median and min–max over the runs; the last line is one JSON object. What each
 * case means is in docs/scale.md ("In the browser").
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultDataset } from '../src/claims/default-dataset';
import { serializeDataset } from '../src/claims/serialize-dataset';
import type { PhaseRecord } from '../src/platform/phase-timings';
import { FIXTURES_DIR, serveFixtures } from '../scripts/fixture-server';
import { EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from '../tests/e2e/support/extension-browser';
import { importDatasetFile, openOptionsPage } from '../tests/e2e/support/import-file';
import { parseBrowserBenchArgs, type DatasetRow } from './browser-args';
import { BROWSER_PAGES, REAL_PAGES_DIR, SHARED_DATA_DIR } from './long-pages';
import { syntheticDataset } from './synthetic-claims';
import { waitForMeaningStored } from './import-phases';
import { formatSpread, median, spread, type Spread } from './timing';
import { clickToolbar, stopWorker, workerMemory, type ClickFigures, type WorkerMemory } from './toolbar-click';
import { writeFloorExtension } from './floor-extension';

const args = parseBrowserBenchArgs(process.argv.slice(2));
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));
const loadAtStart = loadavg()[0]!;

const CASES = [
  ['warmReopen', 'warm, re-open'],
  ['warmFirst', 'warm, first analysis'],
  ['woken', 'worker just woken, first'],
  ['loadWoken', 'worker woken by the page’s load, first'],
  ['cold', 'cold worker, first'],
] as const;
type CaseName = (typeof CASES)[number][0];
const POPUP_PARTS = ['startup', 'document', 'scripts', 'roundTrip', 'paint'] as const;
type PopupPart = (typeof POPUP_PARTS)[number];
const PHASES: PhaseRecord['phase'][] = [
  'handler',
  'worker-start',
  'stored-report',
  'extract',
  'extract:page',
  'extract:article',
  'build',
  'build:open-store',
  'build:list',
  'build:read-combination',
  'build:read-datasets',
  'build:save-combination',
  'build:engine-files',
  'build:open-analyzer',
  'build:warm-up',
  'analyze',
  'store',
  'badge',
];

// Pages: five long real news pages when ../shared is there; otherwise the repository's seed fixtures.
const shared = existsSync(REAL_PAGES_DIR);
if (!shared)
  log(
    `${SHARED_DATA_DIR} is absent: CheckThat! is skipped, and the pages are the short seed fixtures in tests/fixtures, not five long real pages.`,
  );
const pageNames = shared
  ? BROWSER_PAGES.slice(0, args.pages)
  : readdirSync(FIXTURES_DIR)
      .filter((name) => /^seed-\d+\.html$/.test(name))
      .slice(0, args.pages);
const pagePath = (name: string) => (shared ? `${name}/source.html` : name);
const CHECKTHAT = resolve(SHARED_DATA_DIR, 'checkthat-2022-2a', 'vclaims.jsonl');
const rows = args.datasets.filter((row) => row !== 'checkthat' || shared);

const builtInClaims = defaultDataset.sources.reduce((sum, source) => sum + source.claims.length, 0);
const ROW_CLAIMS: Record<DatasetRow, number> = { builtin: builtInClaims, checkthat: 14_231, '100k': 100_000 };
const ROW_NAMES: Record<DatasetRow, string> = {
  builtin: 'built-in',
  checkthat: '+ CheckThat!',
  '100k': '+ 100,000 synthetic',
};

const workDir = mkdtempSync(join(tmpdir(), 'provenance-bench-browser-'));
/** What a row's clicks open: Provenance's e2e build, or the blank extension measuring the browser's floor. */
interface Extension {
  dir: string;
  profile: string;
}
const PROVENANCE: Extension = { dir: EXTENSION_DIR, profile: join(workDir, 'profile') };
const FLOOR: Extension = { dir: writeFloorExtension(join(workDir, 'floor')), profile: join(workDir, 'floor-profile') };
/** The file a row imports, written on demand (the synthetic one is ~15 MB). */
function rowFile(row: DatasetRow): string | null {
  if (row === 'builtin') return null;
  if (row === 'checkthat') return CHECKTHAT;
  const path = join(workDir, 'synthetic-100000.json');
  writeFileSync(path, serializeDataset(syntheticDataset(100_000, 1_000, 'synthetic-100000')));
  return path;
}

const READABILITY_SOURCE = readFileSync(
  resolve(import.meta.dirname, '..', 'node_modules', '@mozilla', 'readability', 'Readability.js'),
  'utf8',
);
/** Readability in the page itself, on a fresh clone each time, as extraction runs it: five parses after a warm-up one. */
const READABILITY_RUNS = `(() => {
  const module = undefined;
  ${READABILITY_SOURCE}
  const times = [];
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    new Readability(document.cloneNode(true)).parse();
    times.push(performance.now() - started);
  }
  return times.slice(1);
})()`;

/** Chromium with the e2e build on the bench's own profile, allowed the CDP Extensions domain, and no network. */
async function openBrowser(extension = PROVENANCE): Promise<ExtensionBrowser> {
  const browser = await launchExtensionBrowser(extension.dir, {
    userDataDir: extension.profile,
    extraArgs: ['--enable-unsafe-extension-debugging'],
  });
  await browser.context.route(
    (url) => url.protocol !== 'chrome-extension:' && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  return browser;
}

/** Imports `path` through the options page, as a reader would; returns the seconds the reader waited for it. */
async function importThroughOptions(path: string): Promise<number> {
  const browser = await openBrowser();
  try {
    const options = await openOptionsPage(browser);
    const started = performance.now();
    // CheckThat! imports with warnings (claims cut off, unreadable dates, invisible characters), as a reader's would.
    await importDatasetFile(options, path, { timeout: 900_000, acceptWarnings: true });
    const seconds = (performance.now() - started) / 1000;
    // The clicks are timed on the datasets as a reader has them once the page says all is ready: with a
    // large dataset's part by meaning, which follows the import (the browser is closed right after).
    await waitForMeaningStored(options);
    log(`  search by meaning stored ${((performance.now() - started) / 1000).toFixed(1)} s after the file was chosen`);
    return seconds;
  } finally {
    await browser.close();
  }
}

/** Time for the tab's load (which wakes the worker to clear the tab's old report) to be over. */
const SETTLE_MS = 1_000;

/**
 * From a page's load to the reader's click when the worker was asleep before the load: the load wakes it,
 * and it may prepare the analyzer meanwhile (src/platform/prepare-on-load.ts). Three seconds is a
 * reader glancing at the page first; a reader who clicks sooner waits for what is left of the preparation.
 */
const READ_BEFORE_CLICK_MS = 3_000;

/** The five cases on one page, in a browser launched afresh on the bench's profile; then Readability in the same tab. */
async function measurePage(
  url: string,
  extension: Extension,
): Promise<{
  clicks: Record<CaseName, ClickFigures>;
  memory: WorkerMemory | null;
  readabilityMs: number[];
  chromium: string;
}> {
  const browser = await openBrowser(extension);
  try {
    const chromium = browser.context.browser()?.version() ?? 'unknown';
    const browserCdp = await browser.context.browser()!.newBrowserCDPSession();
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const pageCdp = await browser.context.newCDPSession(page);
    const click = async () => {
      await page.bringToFront();
      return clickToolbar(browserCdp, browser.extensionId, page.url());
    };
    const stop = async () => {
      await sleep(SETTLE_MS);
      await stopWorker(pageCdp, browserCdp, browser.extensionId);
      await sleep(SETTLE_MS);
    };
    // Cold: the browser just started, the worker stopped after the page's load woke it.
    await stop();
    const cold = await click();
    // A reload clears the tab's report (the worker wakes for it); then the worker is stopped again.
    await page.reload({ waitUntil: 'load' });
    await stop();
    const woken = await click();
    // The worker asleep, then the page loads (waking it), and the reader clicks a little later.
    await stop();
    await page.reload({ waitUntil: 'load' });
    await sleep(READ_BEFORE_CLICK_MS);
    const loadWoken = await click();
    await page.reload({ waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const warmFirst = await click();
    // What the worker holds with its analyzer built and a page analyzed (after a full collection).
    const memory = await workerMemory(browserCdp, browser.extensionId);
    const warmReopen = await click();
    const readabilityMs = await page.evaluate<number[]>(READABILITY_RUNS);
    return { clicks: { cold, woken, loadWoken, warmFirst, warmReopen }, memory, readabilityMs, chromium };
  } finally {
    await browser.close();
  }
}

/** Everything measured for one dataset row (or the blank extension's floor). */
interface RowFigures {
  row: DatasetRow | 'floor';
  label: string;
  claims: number;
  importSeconds: number | null;
  cases: Record<
    CaseName,
    {
      figure: Spread;
      ratioMedian: number;
      popup: Record<PopupPart, number>;
      phases: Partial<Record<PhaseRecord['phase'], number>>;
    }
  >;
  answers: Record<string, string>;
  /** The worker's memory after the warm first analysis, MB (medians and spreads over the runs). */
  memory: { heapMB: Spread; arrayBuffersMB: Spread } | null;
}

const server = await serveFixtures({ root: shared ? REAL_PAGES_DIR : FIXTURES_DIR });
const readability = new Map<string, number[]>();
const figures: RowFigures[] = [];
let chromiumVersion = 'unknown';
let claimsSoFar = builtInClaims;
const FLOOR_LABEL = 'floor: a blank popup and worker, no work';
/** The five cases over every run and page, for the extension given. */
async function measureRow(extension: Extension): Promise<Pick<RowFigures, 'cases' | 'answers' | 'memory'>> {
  const memories: WorkerMemory[] = [];
  const samples = Object.fromEntries(
    CASES.map(([name]) => [name, [] as Array<ClickFigures & { ratio: number }>]),
  ) as Record<CaseName, Array<ClickFigures & { ratio: number }>>;
  const answers: Record<string, string> = {};
  for (let run = 1; run <= args.runs; run++) {
    for (const name of pageNames) {
      log(`${extension === FLOOR ? 'floor' : 'Provenance'}: run ${run}/${args.runs}, ${name}`);
      const measured = await measurePage(`${server.baseUrl}${pagePath(name)}`, extension);
      chromiumVersion = measured.chromium;
      if (measured.memory) memories.push(measured.memory);
      if (extension === PROVENANCE)
        readability.set(name, [...(readability.get(name) ?? []), ...measured.readabilityMs]);
      const parse = median(measured.readabilityMs);
      for (const [caseName] of CASES)
        samples[caseName].push({ ...measured.clicks[caseName], ratio: measured.clicks[caseName].ms / parse });
      answers[name] = `${measured.clicks.warmFirst.state}, ${measured.clicks.warmFirst.rows} row(s)`;
    }
  }
  const cases = Object.fromEntries(
    CASES.map(([name]) => {
      const list = samples[name];
      const popupPart = (part: PopupPart) => median(list.map((click) => click.popup[part]));
      return [
        name,
        {
          figure: spread(list.map((click) => click.ms)),
          ratioMedian: median(list.map((click) => click.ratio)),
          popup: Object.fromEntries(POPUP_PARTS.map((part) => [part, popupPart(part)])) as Record<PopupPart, number>,
          phases: Object.fromEntries(
            PHASES.flatMap((phase) =>
              list.some((click) => click.phases[phase] !== undefined)
                ? [[phase, median(list.map((click) => click.phases[phase] ?? 0))]]
                : [],
            ),
          ),
        },
      ];
    }),
  ) as RowFigures['cases'];
  const memory =
    memories.length === 0
      ? null
      : {
          heapMB: spread(memories.map((m) => m.heapMB)),
          arrayBuffersMB: spread(memories.map((m) => m.arrayBuffersMB)),
        };
  return { cases, answers, memory };
}

try {
  // First the floor: what the same clicks cost an extension that does no work.
  log('the browser’s floor: a blank popup and worker…');
  figures.push({ row: 'floor', label: FLOOR_LABEL, claims: 0, importSeconds: null, ...(await measureRow(FLOOR)) });
  for (const row of rows) {
    const file = rowFile(row);
    let importSeconds: number | null = null;
    if (file) {
      log(`importing ${row} through the options page…`);
      importSeconds = await importThroughOptions(file);
      claimsSoFar += ROW_CLAIMS[row];
    }
    const label =
      row === 'builtin'
        ? `built-in (${builtInClaims} claims)`
        : `${ROW_NAMES[row]} (${claimsSoFar.toLocaleString('en')} in all)`;
    figures.push({ row, label, claims: claimsSoFar, importSeconds, ...(await measureRow(PROVENANCE)) });
  }
} finally {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
}

const round = (ms: number) => Math.round(ms);
const formatMB = (figure: Spread) =>
  `${figure.median.toFixed(1)} MB (${figure.min.toFixed(1)}–${figure.max.toFixed(1)})`;
const readabilityFigures = Object.fromEntries([...readability].map(([name, times]) => [name, spread(times)]));
log(
  [
    '',
    `npm run bench:browser: Chromium ${chromiumVersion} headless, the e2e build; ${args.runs} runs × ${pageNames.length} pages per figure; ${cpus().length} cores, load average ${loadAtStart.toFixed(2)} at the start and ${loadavg()[0]!.toFixed(2)} at the end`,
    'From the popup’s navigation start to its painted answer: median (min–max), and × Readability’s parse of the same page in the same tab (median of the per-run ratios).',
    '',
    `| datasets | ${CASES.map(([, title]) => title).join(' | ')} |`,
    `|---|${CASES.map(() => '---|').join('')}`,
    ...figures.map(
      (row) =>
        `| ${row.label} | ${CASES.map(([name]) => `${formatSpread(row.cases[name].figure)}, ${row.cases[name].ratioMedian.toFixed(1)}×`).join(' | ')} |`,
    ),
    '',
    `Readability’s parse in the page (warm, five parses after one warm-up, every run): ${Object.entries(
      readabilityFigures,
    )
      .map(([name, figure]) => `${name} ${formatSpread(figure)}`)
      .join('; ')}`,
    ...figures.flatMap((row) => [
      '',
      `${row.label}${row.importSeconds === null ? '' : `; imported through the options page in ${row.importSeconds.toFixed(1)} s`}. The popup showed: ${Object.entries(
        row.answers,
      )
        .map(([name, answer]) => `${name} ${answer}`)
        .join('; ')}.`,
      row.memory
        ? `  the worker’s memory after the warm first analysis, garbage collected (median, min–max): JS heap ${formatMB(row.memory.heapMB)} + array buffers ${formatMB(row.memory.arrayBuffersMB)}`
        : '  the worker’s memory: not measured (no worker running)',
      ...CASES.map(([name, title]) => {
        const { popup, phases } = row.cases[name];
        const worker = PHASES.filter((phase) => phases[phase] !== undefined)
          .map((phase) => `${phase} ${round(phases[phase]!)}`)
          .join(', ');
        return `  ${title} (medians, ms): popup start-up ${round(popup.startup)} (document ${round(popup.document)}, its scripts ${round(popup.scripts)}) · round trip to the worker ${round(popup.roundTrip)} [worker: ${worker || 'no step recorded'}] · render and paint ${round(popup.paint)}`;
      }),
    ]),
  ].join('\n'),
);
process.stdout.write(
  `${JSON.stringify({ chromium: chromiumVersion, cores: cpus().length, loadAverage: { start: loadAtStart, end: loadavg()[0] }, runs: args.runs, pages: pageNames, readability: readabilityFigures, rows: figures })}\n`,
);
