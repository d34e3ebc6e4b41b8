/**
 * JSON Lines of fact-checked claims → a dataset. Each line is one claim a fact-checker examined, in the
 * shape of CLEF CheckThat! 2022 task 2A's `vclaims.jsonl`: `{vclaim, vclaim_id, title, subtitle, author,
 * date, page_url}`. Only `vclaim` is required. Lines are grouped into one source per author (the file
 * has 14,231 lines and 19 authors: a fact-checker's checks, as the popup names them), and lines without
 * an author into one source named after the file.
 */
import { normalizeDateTime } from '../extract/date-time';
import { t, tCount } from '../i18n/messages';
import type { ClaimVerdict, KnownClaim, Source } from './dataset';
import { describe, describeField, isRecord, ownField, quote, tooLong } from './dataset-fields';
import { isHttpUrl, isIsoDate } from './http-url';
import { finishImport, ImportLog } from './import-log';
import { datasetIdentity, slugify, uniqueIds } from './import-naming';
import type { ImportOptions, ImportResult } from './import-result';
import { DATASET_LIMITS } from './validate-dataset';
import { REVIEW_LIMITS } from './validate-review';

/** One usable line. */
interface ClaimLine {
  line: number;
  id: string | null;
  text: string;
  author: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  rating: string | null;
}

/** A string field: its trimmed value, null when absent or blank, or a problem to report. */
function stringField(
  record: Record<string, unknown>,
  key: string,
  max: number,
): { value: string | null } | { problem: string } {
  const value = ownField(record, key);
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string') return { problem: t('importExpectedString', describe(value)) };
  if (value.length > max) return { problem: tooLong(value.length, max) };
  return { value: value.trim() || null };
}

/** A required field: its trimmed value, or what is wrong with it. */
function requiredText(
  record: Record<string, unknown>,
  key: string,
  max: number,
): { value: string } | { problem: string } {
  const value = ownField(record, key);
  if (typeof value !== 'string' || value.trim() === '')
    return { problem: t('importExpectedText', describeField(value)) };
  if (value.length > max) return { problem: tooLong(value.length, max) };
  return { value: value.trim() };
}

/** An optional field: a wrong one is left out with a warning rather than costing the line. */
function optional(
  record: Record<string, unknown>,
  key: string,
  max: number,
  where: string,
  log: ImportLog,
): string | null {
  const field = stringField(record, key, max);
  if ('problem' in field) {
    log.warn(`${where}: ${key}`, t('importLeftOut', field.problem));
    return null;
  }
  return field.value;
}

function readDate(record: Record<string, unknown>, where: string, log: ImportLog): string | null {
  const raw = optional(record, 'date', DATASET_LIMITS.publishedTimeChars, where, log);
  if (raw === null) return null;
  // CheckThat writes "26 May 2015"; the format wants ISO 8601.
  const iso = normalizeDateTime(raw);
  if (iso !== null && isIsoDate(iso)) return iso;
  log.warn(`${where}: date`, t('importDateUnreadableExamples', quote(raw)));
  return null;
}

function readUrl(record: Record<string, unknown>, where: string, log: ImportLog): string | null {
  for (const key of ['url', 'page_url']) {
    const url = optional(record, key, DATASET_LIMITS.urlChars, where, log);
    if (url === null) continue;
    if (isHttpUrl(url)) return url;
    log.warn(`${where}: ${key}`, t('importLinkNotHttp', quote(url)));
  }
  return null;
}

function readLine(raw: string, line: number, log: ImportLog): ClaimLine | null {
  const where = t('importLine', String(line));
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    // V8 quotes the whole line back ("…" is not valid JSON); the line number already says which.
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /, (?:\.\.\.)?".*" is not valid JSON$/s,
      '',
    );
    log.skip(where, t('importNotJsonLine', detail));
    return null;
  }
  if (!isRecord(value)) {
    log.skip(where, t('importExpectedLineObject', describe(value)));
    return null;
  }
  const text = requiredText(value, 'vclaim', DATASET_LIMITS.claimChars);
  if ('problem' in text) {
    log.skip(`${where}: vclaim`, text.problem);
    return null;
  }
  return {
    line,
    id: optional(value, 'vclaim_id', DATASET_LIMITS.idChars, where, log),
    text: text.value,
    author: optional(value, 'author', DATASET_LIMITS.nameChars, where, log),
    outlet: optional(value, 'outlet', DATASET_LIMITS.nameChars, where, log),
    date: readDate(value, where, log),
    url: readUrl(value, where, log),
    rating: optional(value, 'rating', REVIEW_LIMITS.rating, where, log),
  };
}

/** The single date all of a source's claims share, else null: a source has one date, its claims none. */
function commonDate(lines: readonly ClaimLine[]): string | null {
  const first = lines[0]?.date ?? null;
  return lines.every((line) => line.date === first) ? first : null;
}

/**
 * Imports JSON Lines text. Blank lines are ignored. A line that is not JSON, not an object, or has no
 * usable `vclaim` is skipped with a warning naming it (`line 12: vclaim: expected a non-empty string`);
 * the import fails only when no line is usable. Each claim is marked as fact-checked by its author
 * (`review`), with the line's `rating` when it has one: the claims in such a file are claims someone
 * checked, not claims the fact-checker makes.
 */
export function importJsonLines(text: string, options: ImportOptions): ImportResult {
  const identity = datasetIdentity(options);
  const log = new ImportLog();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: ClaimLine[] = [];
  const firstLineOfId = new Map<string, number>();
  body.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = readLine(raw, index + 1, log);
    if (!line) return;
    if (line.id !== null) {
      const first = firstLineOfId.get(line.id);
      if (first !== undefined) {
        log.skip(
          `${t('importLine', String(line.line))}: vclaim_id`,
          t('importDuplicateLineId', quote(line.id), String(first)),
        );
        return;
      }
      firstLineOfId.set(line.id, line.line);
    }
    lines.push(line);
  });
  const groups = new Map<string, ClaimLine[]>();
  for (const line of lines) {
    const key = line.author ?? '';
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  const sourceId = uniqueIds();
  const claimId = uniqueIds();
  for (const id of firstLineOfId.keys()) claimId(id);
  const defaultOutlet = options.outlet?.trim() || identity.name;
  const sources: Source[] = [...groups].map(([author, group]) => {
    const id = sourceId(author ? `author-${slugify(author) || 'unnamed'}` : slugify(identity.name) || 'claims');
    const outlet = group.find((line) => line.outlet !== null)?.outlet ?? defaultOutlet;
    const claims = group.map((line): KnownClaim => {
      const review: ClaimVerdict = { rating: line.rating, reviewer: author || outlet, url: line.url, date: line.date };
      return { id: line.id ?? claimId(`${id}#line-${line.line}`), text: line.text, attribution: null, review };
    });
    return { id, outlet, author: author || null, publishedTime: commonDate(group), url: null, title: null, claims };
  });
  const description = tCount('importJsonLinesDescription', lines.length, options.fileName);
  return finishImport('jsonl', { ...identity, description }, sources, log);
}
