/**
 * One entry point for every import, shared by `npm run dataset -- import` and the options page: the
 * format is the one asked for, or recognised from the content (never only from the file's extension,
 * which people get wrong).
 */
import { t, tCount } from '../i18n/messages';
import { looksCutOff } from './cut-off-claim';
import { DATASET_FORMAT, type Dataset } from './dataset';
import { datasetTooLarge, parseJsonText } from './dataset-json';
import { isRecord, ownField } from './dataset-fields';
import { findClaimReviews, importClaimReview } from './import-claimreview';
import { importJsonLines } from './import-jsonl';
import { importProvenanceDataset } from './import-provenance';
import type { ImportFormat, ImportOptions, ImportResult } from './import-result';

/** The format to read a file as; `auto` recognises it. */
export type FormatChoice = ImportFormat | 'auto';

/** `text` parsed as one JSON document (a byte-order mark skipped), with the text parsed; or not JSON. */
type WholeDocument = { ok: true; value: unknown; text: string } | { ok: false };

function parsesAsJson(text: string): WholeDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown, text: body };
  } catch {
    return { ok: false };
  }
}

/** JSON Lines files are recognised by any of their first few lines, so one bad first line does not hide the format. */
const LINES_TO_SNIFF = 5;

/**
 * What `text` looks like: our format (a `format` field saying so), ClaimReview (any object typed
 * ClaimReview where JSON-LD nests them), JSON Lines (one of the first non-blank lines is an object with
 * `vclaim`, or the file is named `.jsonl`/`.ndjson`), or null. A one-line JSON Lines file is also a JSON
 * document, hence the `vclaim` check on whole documents too.
 */
export function detectFormat(text: string, fileName = '', whole = parsesAsJson(text)): ImportFormat | null {
  if (whole.ok) {
    if (isRecord(whole.value) && ownField(whole.value, 'format') === DATASET_FORMAT) return 'provenance';
    if (findClaimReviews(whole.value).found.length > 0) return 'claimreview';
    if (isRecord(whole.value) && ownField(whole.value, 'vclaim') !== undefined) return 'jsonl';
    return null;
  }
  if (/\.(?:jsonl|ndjson)$/i.test(fileName)) return 'jsonl';
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, LINES_TO_SNIFF);
  return lines.some((line) => {
    const parsed = parsesAsJson(line);
    return parsed.ok && isRecord(parsed.value) && ownField(parsed.value, 'vclaim') !== undefined;
  })
    ? 'jsonl'
    : null;
}

/** Enough of a claim's end to show where it was cut, as the other warnings quote values (at most 60 characters). */
const QUOTED_END = 57;

/** `text` quoted by its end, where a cut shows, from a word's start: "…over concerns about a". */
function quoteEnd(text: string): string {
  if (text.length <= QUOTED_END + 3) return JSON.stringify(text);
  const space = text.indexOf(' ', text.length - QUOTED_END);
  return JSON.stringify(`…${text.slice(space < 0 ? text.length - QUOTED_END : space + 1)}`);
}

/**
 * How many of the dataset's claims look cut off mid-sentence (cut-off-claim.ts), with the first as an
 * example, or null when none does. They are imported like the rest (the data is the reader's), but the
 * analyzer never shows them as corroborating or conflicting, and the reader is told so here rather than
 * left to wonder why a claim never matches.
 */
export function cutOffWarning(dataset: Dataset): string | null {
  const cutOff = dataset.sources.flatMap((source) => source.claims.filter((claim) => looksCutOff(claim.text)));
  const first = cutOff[0];
  return first ? tCount('importCutOffClaims', cutOff.length, quoteEnd(first.text), first.id) : null;
}

/**
 * Imports `text` as `format`, recognising it first when `format` is `auto`. Claims that look cut off
 * are counted in the first warning, before the lines a long list of repairs could push it behind.
 */
export function importDataset(text: string, format: FormatChoice, options: ImportOptions): ImportResult {
  const result = importAs(text, format, options);
  const cutOff = result.ok ? cutOffWarning(result.dataset) : null;
  return result.ok && cutOff ? { ...result, warnings: [cutOff, ...result.warnings] } : result;
}

function importAs(text: string, format: FormatChoice, options: ImportOptions): ImportResult {
  // Every format, JSON Lines too (a 102 MB one was accepted by the options page and refused by the CLI).
  const tooLarge = datasetTooLarge(text.length);
  if (tooLarge) return { ok: false, format: null, errors: [tooLarge] };
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, format: null, errors: [t('importFileEmpty')] };
  // Parsed once, for recognising the format and reading it: a 17 MB file was parsed three times (docs/scale.md).
  const whole = format === 'jsonl' ? ({ ok: false } as const) : parsesAsJson(text);
  const parsed = whole.ok ? whole : undefined;
  const chosen = format === 'auto' ? detectFormat(text, options.fileName, whole) : format;
  switch (chosen) {
    case 'provenance':
      return importProvenanceDataset(text, parsed);
    case 'claimreview':
      return importClaimReview(text, options, parsed);
    case 'jsonl':
      return importJsonLines(text, options);
    case null: {
      // Not JSON at all, nor JSON Lines: most likely a JSON file with a typo, and where its syntax breaks
      // (line and column) helps the reader more than a list of formats.
      const whole = parseJsonText(text);
      return { ok: false, format: null, errors: [whole.ok ? t('importUnknownFormat') : whole.error] };
    }
  }
}
