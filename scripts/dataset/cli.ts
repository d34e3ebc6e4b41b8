/**
 * `npm run dataset [-- COMMAND …]`. Without a command it rebuilds the embedded default dataset from the
 * seeds, as it always has; `build` and `import` make datasets a user can import in the options page.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../../src/assets/node-assets';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetTooLarge } from '../../src/claims/dataset-json';
import { importDataset, type FormatChoice } from '../../src/claims/import-dataset';
import { IMPORT_FORMATS } from '../../src/claims/import-result';
import { sourceName } from '../../src/claims/source-name';
import { baseName, slugify } from '../../src/claims/import-naming';
import { buildFromArticles } from './build-articles';
import { serializeDataset } from './build-dataset';
import { buildSeeds } from './build-seeds';
import { parseSourceManifest } from './source-manifest';

const USAGE = `Usage:
  npm run dataset                                   rebuild assets/default-dataset.json from ../shared/seeds
  npm run dataset -- --seeds DIR                    … from the seed articles in DIR
  npm run dataset -- build FILES... --manifest sources.csv -o out.json [--id ID] [--name NAME]
                                                    a dataset from .html and .txt articles
  npm run dataset -- import FILE -o out.json [--format auto|${IMPORT_FORMATS.join('|')}] [--id ID] [--name NAME] [--outlet NAME]
                                                    a Provenance dataset from ClaimReview JSON-LD, JSON Lines or our own format`;

/** A usage mistake: printed with the usage, exit code 2. */
class UsageError extends Error {}

function parse(args: string[], options: Record<string, { type: 'string'; short?: string }>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function report(lines: readonly string[], label: string): void {
  for (const line of lines) console.error(`${label}: ${line}`);
}

function runBuild(args: string[]): number {
  const { values, positionals } = parse(args, {
    manifest: { type: 'string' },
    output: { type: 'string', short: 'o' },
    id: { type: 'string' },
    name: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('build needs at least one .html or .txt file');
  const manifestPath = required(values.manifest, '--manifest sources.csv');
  const output = required(values.output, '-o out.json');
  const manifest = parseSourceManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  if (!manifest.ok) {
    report(manifest.errors, 'error');
    return 1;
  }
  const files = positionals.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const name = values.name ?? baseName(output);
  const built = buildFromArticles(files, manifest.entries, {
    id: values.id ?? (slugify(name) || 'dataset'),
    name,
    description: `Built from ${files.length} articles by npm run dataset -- build.`,
  });
  if (!built.ok) {
    report(built.errors, 'error');
    return 1;
  }
  report(built.warnings, 'warning');
  writeFileSync(output, built.json);
  for (const source of built.dataset.sources)
    console.log(`${source.id}  ${String(source.claims.length).padStart(3)} claims  ${sourceName(source)}`);
  console.log(`wrote ${output}`);
  return 0;
}

function runImport(args: string[]): number {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    id: { type: 'string' },
    name: { type: 'string' },
    outlet: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('import takes exactly one file');
  const file = positionals[0]!;
  const output = required(values.output, '-o out.json');
  const format = (values.format ?? 'auto') as FormatChoice;
  if (format !== 'auto' && !IMPORT_FORMATS.includes(format)) throw new UsageError(`unknown --format ${format}`);
  // The options page's limit, checked by size before a byte is read.
  const tooLarge = datasetTooLarge(statSync(file).size);
  if (tooLarge) {
    report([tooLarge], `error (${file})`);
    return 1;
  }
  const result = importDataset(readFileSync(file, 'utf8'), format, {
    fileName: basename(file),
    id: values.id,
    name: values.name,
    outlet: values.outlet,
  });
  if (!result.ok) {
    report(result.errors, `error (${file})`);
    return 1;
  }
  report(result.warnings, `warning (${file})`);
  writeFileSync(output, serializeDataset(result.dataset));
  const claims = result.dataset.sources.reduce((sum, source) => sum + source.claims.length, 0);
  const skipped = result.skipped > 0 ? `, ${result.skipped} records skipped` : '';
  console.log(
    `${result.format}: ${claims} claims in ${result.dataset.sources.length} sources${skipped}; wrote ${output}`,
  );
  return 0;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  try {
    if (command === 'build') return runBuild(rest);
    if (command === 'import') return runImport(rest);
    if (command === undefined || command === '--seeds') return buildSeeds(args);
    if (command === '--help' || command === '-h') {
      console.log(USAGE);
      return 0;
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`npm run dataset: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
