/** Parsing a dataset file's text, with syntax errors located by line and column for the user. */
import { t } from '../i18n/messages';
import { jsonErrorOffset } from './json-error-offset';

/**
 * Past this a file is no dataset we can hold in memory: 200,000 claims of ~300 characters is ~60 MB.
 * One limit for every way in: the options page and the CLI refuse a larger file by its size before
 * reading it (`datasetFileTooLarge`), and any importer refuses longer text.
 */
export const MAX_DATASET_CHARS = 96 * 1024 * 1024;

/** The sentence for a file or text of `size` bytes or characters over the limit; null when it fits. */
export function datasetTooLarge(size: number): string | null {
  if (size <= MAX_DATASET_CHARS) return null;
  const megabytes = Math.round(size / (1024 * 1024));
  return t('importFileTooLarge', megabytes, MAX_DATASET_CHARS / (1024 * 1024));
}

/** The parsed value and the text it was parsed from (without a byte-order mark), or what is wrong and where. */
export type JsonTextResult = { ok: true; value: unknown; text: string } | { ok: false; error: string };

/** 1-based line and column of `offset` in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Where the engine's message says the syntax error is. Engines word it differently: V8 gives
 * "at position N" (newer ones add "(line L column C)"), Firefox "at line L column C of the JSON data",
 * and "Unexpected end of JSON input" means the end of the text.
 */
function locate(message: string, text: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/end of (?:JSON )?(?:input|data)|Unexpected EOF/i.test(message)) return lineAndColumn(text, text.length);
  // V8's "Unexpected token 'x', "…" is not valid JSON" has no position: find it ourselves.
  const offset = jsonErrorOffset(text);
  return offset === null ? null : lineAndColumn(text, offset);
}

/** The engine's message without its own location wording, which `locate` has turned into line/column. */
function tidy(message: string): string {
  return message
    .replace(/^JSON(?:\.parse| Parse error):\s*/i, '')
    .replace(/\s*(?:in JSON )?at position \d+.*$/, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .trim();
}

/** Parses `text` as JSON after removing a byte-order mark (editors on Windows add one). */
export function parseJsonText(text: string): JsonTextResult {
  const tooLarge = datasetTooLarge(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: t('importFileEmpty') };
  try {
    return { ok: true, value: JSON.parse(body) as unknown, text: body };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = locate(message, body);
    const located = where
      ? t('importNotJsonAt', String(where.line), String(where.column), tidy(message))
      : t('importNotJson', tidy(message));
    return { ok: false, error: located };
  }
}
