/** Header-addressed access to CSV records, so files are read by column name, not position. */
import { parseCsv } from './csv';

/** Rows keyed by the header's column names, or why the file cannot be read. */
export type TableRead =
  | { ok: true; columns: string[]; rows: Array<Record<string, string>> }
  | { ok: false; reason: string };

/**
 * Parses CSV with a header line. Blank lines are skipped; a record with a different number of fields
 * than the header is an error naming its line, since a shifted column would silently mislabel pairs.
 */
export function readCsvTable(text: string, required: readonly string[]): TableRead {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, reason: `line ${parsed.line}: ${parsed.reason}` };
  const [header, ...records] = parsed.rows;
  if (!header) return { ok: false, reason: 'the file is empty' };
  const columns = header.map((name) => name.trim());
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0)
    return { ok: false, reason: `missing column(s) ${missing.join(', ')} (header: ${columns.join(', ')})` };
  const rows: Array<Record<string, string>> = [];
  for (const [n, record] of records.entries()) {
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== columns.length) {
      return { ok: false, reason: `record ${n + 1} has ${record.length} fields, the header has ${columns.length}` };
    }
    rows.push(Object.fromEntries(columns.map((name, i) => [name, record[i]!])));
  }
  return { ok: true, columns, rows };
}
