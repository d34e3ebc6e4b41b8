/**
 * `npm run check -- PAGE [--json] [--dataset FILE]`: the engine outside the browser. PAGE is an .html
 * file (Readability over jsdom, as in the extension) or a .txt file (one paragraph a line). Files that
 * cannot be checked (not a regular file, too large, nested too deeply, not text, not HTML) are refused
 * with one line on stderr and exit code 2.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../assets/node-assets';
import { useEnglishMessages } from '../node/messages';
import { parseArgs } from 'node:util';
import type { Dataset } from '../claims/dataset';
import { MAX_DATASET_CHARS } from '../claims/dataset-json';
import { displayText } from '../claims/display-text';
import { defaultDataset } from '../claims/default-dataset';
import { parseDataset } from '../claims/validate-dataset';
import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extract-article';
import { articleFromText } from '../extract/from-text';
import { createAnalyzer } from '../engine/analyzer';
import { parseHtmlDocument } from '../node/html-document';
import { readPage } from './page-input';
import { readInputFile } from './read-input';
import { toJsonReport } from './report-json';
import { formatTextReport } from './report-text';

// The report's words are the extension's English catalog.
useEnglishMessages();

const USAGE = 'usage: npm run check -- PAGE.html|PAGE.txt [--json] [--dataset FILE]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function loadArticle(path: string): Article {
  const page = readPage(path);
  if (!page.ok) fail(`${path}: ${page.message}`);
  if (!page.html) return articleFromText(page.text);
  const result = extractArticle(parseHtmlDocument(page.text, `file://${path}`));
  if (!result.ok) fail(`${path}: ${result.message}`);
  return result.article;
}

function loadDataset(path: string): Dataset {
  // MAX_DATASET_CHARS is the browser's limit, in characters; here it bounds the file's bytes, before
  // anything is read. A file within it is within the browser's limit too; a larger one is refused even
  // when, being mostly multibyte characters, it would have fitted in characters.
  const file = readInputFile(path, MAX_DATASET_CHARS);
  if (!file.ok) fail(`${path}: ${file.message}`);
  const parsed = parseDataset(file.text);
  // Errors and warnings quote the dataset's own text: each stays on its line.
  if (!parsed.ok) fail(`${path}: not a valid dataset:\n  ${parsed.errors.map(displayText).join('\n  ')}`);
  for (const warning of parsed.warnings) process.stderr.write(`${path}: ${displayText(warning)}\n`);
  return parsed.dataset;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, dataset: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) fail(USAGE);
  const article = loadArticle(positionals[0]!);
  const dataset = values.dataset ? loadDataset(values.dataset) : defaultDataset;
  const report = createAnalyzer([dataset]).analyze(article);
  process.stdout.write(
    values.json ? `${JSON.stringify(toJsonReport(report), null, 2)}\n` : `${formatTextReport(report)}\n`,
  );
}

try {
  main();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
