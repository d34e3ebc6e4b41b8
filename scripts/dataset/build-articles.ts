/**
 * `.html` and `.txt` articles + a manifest → a dataset, for `npm run dataset -- build`. HTML goes through
 * the extension's own extraction (Readability over jsdom, `extractArticle`), text as it is; both then go
 * through the seed build's cleaning (`stripChrome`) and claim selection with every rule on. Like the seed
 * build, no clock and no file-system order: the same files give the same bytes.
 */
import { extractArticle } from '../../src/extract/extract-article';
import { articleFromText } from '../../src/extract/from-text';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type Source } from '../../src/claims/dataset';
import { slugify, uniqueIds } from '../../src/claims/import-naming';
import { parseDataset } from '../../src/claims/validate-dataset';
import { findWireCredit } from '../../src/provenance/wire-credit';
import { parseHtmlDocument } from '../../src/node/html-document';
import { serializeDataset } from './build-dataset';
import { ARTICLE_RULES, selectClaims } from './select-claims';
import { fileKey, type ManifestEntry } from './source-manifest';
import { stripChrome } from './strip-chrome';

/** One input file, already read. */
export interface ArticleFile {
  path: string;
  text: string;
}

/** The built dataset and what was left out, or every reason it could not be built. */
export type ArticleBuildResult =
  | { ok: true; dataset: Dataset; json: string; warnings: string[] }
  | { ok: false; errors: string[] };

/** The dataset's own identity. */
export interface DatasetIdentity {
  id: string;
  name: string;
  description: string | null;
}

/** The article's body text and the metadata the page itself states, or why there is none. */
function readArticle(
  file: ArticleFile,
  entry: ManifestEntry,
):
  | {
      ok: true;
      text: string;
      meta: Partial<Record<'outlet' | 'author' | 'publishedTime' | 'url' | 'title', string | null>>;
    }
  | { ok: false; error: string } {
  // Plain text keeps its own lines (stripChrome reads them); only the headline is taken from it.
  if (/\.txt$/i.test(file.path))
    return { ok: true, text: file.text, meta: { title: articleFromText(file.text).meta.title } };
  if (!/\.html?$/i.test(file.path))
    return { ok: false, error: `${file.path}: only .html and .txt files can be built from` };
  const extracted = extractArticle(parseHtmlDocument(file.text, entry.url ?? undefined));
  if (!extracted.ok) return { ok: false, error: `${file.path}: ${extracted.message}` };
  const { meta, text } = extracted.article;
  const isoDate =
    meta.publishedTime !== null && /^\d{4}-\d{2}-\d{2}/.test(meta.publishedTime) ? meta.publishedTime : null;
  return {
    ok: true,
    text,
    meta: { outlet: meta.siteName, author: meta.byline, publishedTime: isoDate, url: meta.url, title: meta.title },
  };
}

/** Pairs each file with its manifest line; a file without one, or a line without a file, is an error. */
function matchFiles(
  files: readonly ArticleFile[],
  entries: readonly ManifestEntry[],
): { pairs: Array<[ArticleFile, ManifestEntry]>; errors: string[] } {
  const byKey = new Map(entries.map((entry) => [fileKey(entry.file), entry]));
  const errors: string[] = [];
  const pairs: Array<[ArticleFile, ManifestEntry]> = [];
  const given = new Set<string>();
  for (const file of files) {
    const key = fileKey(file.path);
    if (given.has(key)) errors.push(`${file.path}: two files are named ${key}; the manifest could not tell them apart`);
    given.add(key);
    const entry = byKey.get(key);
    if (entry) pairs.push([file, entry]);
    else errors.push(`${file.path}: not in the manifest; add a line with its file, outlet, author, date and url`);
  }
  for (const entry of entries) {
    if (!given.has(fileKey(entry.file)))
      errors.push(`manifest line ${entry.line}: ${entry.file} was not given as a file to build`);
  }
  return { pairs, errors };
}

/**
 * Builds a dataset from `files` described by `entries`. The manifest's values win; empty cells take the
 * page's own metadata (HTML only: site name, byline, date, canonical URL, title), and an outlet that
 * neither gives is an error rather than a guess. Sources are in id order; a file with no check-worthy
 * sentence is left out with a warning.
 */
export function buildFromArticles(
  files: readonly ArticleFile[],
  entries: readonly ManifestEntry[],
  identity: DatasetIdentity,
): ArticleBuildResult {
  const { pairs, errors } = matchFiles(files, entries);
  const warnings: string[] = [];
  const sourceId = uniqueIds();
  const sources: Source[] = [];
  for (const [file, entry] of pairs) {
    const article = readArticle(file, entry);
    if (!article.ok) {
      errors.push(article.error);
      continue;
    }
    const outlet = entry.outlet ?? article.meta.outlet ?? null;
    if (outlet === null) {
      errors.push(
        `manifest line ${entry.line}: outlet: ${file.path} does not name its outlet; fill in the outlet column`,
      );
      continue;
    }
    const id = sourceId(entry.id ?? (slugify(fileKey(file.path).replace(/\.[^.]+$/, '')) || 'source'));
    const author = entry.author ?? article.meta.author ?? null;
    const paragraphs = stripChrome(article.text, { outlet, author });
    const claims = selectClaims(id, paragraphs, ARTICLE_RULES);
    const basedOn = findWireCredit({ outlet, author, paragraphs, claims });
    if (claims.length === 0) {
      warnings.push(`${file.path}: no check-worthy sentence found; left out`);
      continue;
    }
    sources.push({
      id,
      outlet,
      author,
      ...(basedOn ? { basedOn } : {}),
      publishedTime: entry.publishedTime ?? article.meta.publishedTime ?? null,
      url: entry.url ?? article.meta.url ?? null,
      title: entry.title ?? article.meta.title ?? null,
      claims,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (sources.length === 0) return { ok: false, errors: ['no claims found in any file'] };
  sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dataset: Dataset = { format: DATASET_FORMAT, version: DATASET_VERSION, ...identity, sources };
  const checked = parseDataset(dataset);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return {
    ok: true,
    dataset: checked.dataset,
    json: serializeDataset(checked.dataset),
    warnings: [...warnings, ...checked.warnings],
  };
}
