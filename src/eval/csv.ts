/**
 * RFC 4180 CSV, small and strict enough for the FNC-1 and ARC files: quoted fields may hold commas,
 * doubled quotes and line breaks; CRLF and LF both end a record.
 */

/** Parsed records, or where the text stops being CSV. */
export type CsvParse = { ok: true; rows: string[][] } | { ok: false; reason: string; line: number };

/**
 * Parses CSV text into records of fields. A leading byte-order mark is dropped and a final line
 * break does not make an empty record. A quote inside an unquoted field is kept as text (as Python's
 * csv module does, which wrote the FNC-1 files); an unterminated quoted field is an error, because it
 * would otherwise swallow the rest of the file silently.
 */
export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let quotedFrom = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let atFieldStart = true;
  let inQuotes = false;
  let afterQuote = false;

  const endField = () => {
    row.push(field);
    field = '';
    atFieldStart = true;
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    rows.push(row);
    row = [];
  };

  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      quotedFrom = line;
      atFieldStart = false;
    } else {
      if (afterQuote)
        return { ok: false, reason: `text after a closing quote: ${JSON.stringify(text.slice(i, i + 20))}`, line };
      field += ch;
      atFieldStart = false;
    }
  }
  if (inQuotes) return { ok: false, reason: 'a quoted field is never closed', line: quotedFrom };
  // A record is pending unless the text ended with a line break (or was empty).
  if (!atFieldStart || afterQuote || row.length > 0) endRecord();
  return { ok: true, rows };
}

/** Quotes a field when it must be (comma, quote, line break, or leading/trailing space) and doubles inner quotes. */
export function formatCsvField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * One CSV record with its line break. LF, not RFC 4180's CRLF: the official FNC-1 files use LF and
 * its scorer (Python's csv module) reads either.
 */
export function formatCsvRow(fields: readonly string[]): string {
  return `${fields.map(formatCsvField).join(',')}\n`;
}
