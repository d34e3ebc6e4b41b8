/**
 * The builder's manifest: a CSV that says, for each article file, the facts its text may not state in a
 * form a script can read reliably: outlet, author, date, URL (and optionally title and source id).
 *
 * ```csv
 * file,outlet,author,date,url
 * harbour.html,Example Wire,Jo Reporter,2024-05-01,https://wire.example.com/harbour
 * ```
 */
import { normalizeDateTime } from '../../src/extract/date-time';
import { isHttpUrl, isIsoDate } from '../../src/claims/http-url';
import { parseCsv } from '../../src/eval/csv';

/** What the manifest says about one file. Empty cells are null: the page's own metadata may fill them. */
export interface ManifestEntry {
  /** The file name as written in the manifest (matched against the files' names, without folders). */
  file: string;
  /** 1-based line in the manifest, for messages. */
  line: number;
  id: string | null;
  outlet: string | null;
  author: string | null;
  publishedTime: string | null;
  url: string | null;
  title: string | null;
}

/** The entries, or every problem found, each naming its line and column. */
export type ManifestResult = { ok: true; entries: ManifestEntry[] } | { ok: false; errors: string[] };

/** Columns the manifest may have; `date` may also be spelled `publishedTime`. */
const COLUMNS = ['file', 'id', 'outlet', 'author', 'date', 'url', 'title'] as const;
type Column = (typeof COLUMNS)[number];

function columnOf(header: string): Column | null {
  const name = header.trim().toLowerCase();
  if (name === 'publishedtime' || name === 'published') return 'date';
  return (COLUMNS as readonly string[]).includes(name) ? (name as Column) : null;
}

/** The base name of a path, for matching files to manifest lines. */
export function fileKey(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Parses and checks the manifest `text` (`label` names it in messages). Dates may be ISO 8601 or as
 * people write them ("16 August 2025"); URLs must be http(s). Rows are numbered as lines, so a quoted
 * cell spanning lines would shift later numbers; manifests have none in practice.
 */
export function parseSourceManifest(text: string, label: string): ManifestResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [`${label} line ${parsed.line}: not valid CSV: ${parsed.reason}`] };
  const [header, ...rows] = parsed.rows;
  if (!header)
    return { ok: false, errors: [`${label}: empty; expected a header line such as "file,outlet,author,date,url"`] };
  const errors: string[] = [];
  const columns = header.map(columnOf);
  header.forEach((name, index) => {
    if (columns[index] === null)
      errors.push(`${label} line 1: unknown column ${JSON.stringify(name)} (expected ${COLUMNS.join(', ')})`);
  });
  if (!columns.includes('file'))
    errors.push(`${label} line 1: no "file" column: each line must name the article file it describes`);
  if (errors.length > 0) return { ok: false, errors };
  const entries: ManifestEntry[] = [];
  const firstLine = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const cell = (column: Column): string | null => {
      const at = columns.indexOf(column);
      return at >= 0 ? row[at]?.trim() || null : null;
    };
    const where = (column: string): string => `${label} line ${line}: ${column}`;
    const file = cell('file');
    if (file === null) {
      errors.push(`${where('file')}: expected the article's file name`);
      return;
    }
    const key = fileKey(file);
    const first = firstLine.get(key);
    if (first !== undefined)
      errors.push(`${where('file')}: ${JSON.stringify(file)} is listed twice (first on line ${first})`);
    firstLine.set(key, line);
    const rawDate = cell('date');
    const date = rawDate === null ? null : normalizeDateTime(rawDate);
    if (rawDate !== null && (date === null || !isIsoDate(date))) {
      errors.push(`${where('date')}: ${JSON.stringify(rawDate)} is not a date such as 2025-08-16 or 16 August 2025`);
    }
    const url = cell('url');
    if (url !== null && !isHttpUrl(url))
      errors.push(`${where('url')}: only http and https links are allowed, found ${JSON.stringify(url)}`);
    entries.push({
      file,
      line,
      id: cell('id'),
      outlet: cell('outlet'),
      author: cell('author'),
      publishedTime: date,
      url,
      title: cell('title'),
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}
