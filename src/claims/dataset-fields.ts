/**
 * Field readers for dataset validation. They read only a record's *own* properties by known name, so a
 * hostile file's `__proto__` or an inherited getter never reaches the dataset the extension builds.
 */
import { t } from '../i18n/messages';
import { countInvisible, withoutInvisible } from './display-text';

/**
 * Paths that name no field: the file as a whole, and its outermost object. They are markers, shown in the
 * reader's language (`placeLabel`), so the line finder and tests can still tell them apart.
 */
export const WHOLE_FILE = '(the whole file)';
export const TOP_LEVEL = '(top level)';

/** A place as the reader sees it: a JSON path, or the words for a marker. */
export function placeLabel(path: string): string {
  if (path === WHOLE_FILE) return t('importWholeFile');
  if (path === TOP_LEVEL) return t('importTopLevel');
  return path;
}

/** One problem: the JSON path it is about and what is wrong there. */
export interface DatasetIssue {
  path: string;
  message: string;
}

/**
 * Errors and warnings gathered while reading one dataset. Each is shown as "path: message", or
 * "path (line N): message" when the caller can say where the path is in the file.
 */
export class DatasetIssues {
  readonly errorList: DatasetIssue[] = [];
  readonly warningList: DatasetIssue[] = [];
  private droppedWarnings = 0;

  /** Enough errors to show a user; past this, reading on only costs time. */
  static readonly MAX_REPORTED = 50;

  error(path: string, message: string): void {
    if (this.errorList.length < DatasetIssues.MAX_REPORTED) this.errorList.push({ path, message });
  }

  warn(path: string, message: string): void {
    if (this.warningList.length < DatasetIssues.MAX_REPORTED) this.warningList.push({ path, message });
    else this.droppedWarnings++;
  }

  /** How many errors so far (at most {@link DatasetIssues.MAX_REPORTED}). */
  get errorCount(): number {
    return this.errorList.length;
  }

  /** True once so many errors are listed that further ones would not be shown. */
  get full(): boolean {
    return this.errorList.length >= DatasetIssues.MAX_REPORTED;
  }

  /**
   * The lists as shown to a user, with a last line saying when more were left out. `lineOf` gives the
   * line a path is on in the file, when the dataset came as text.
   */
  summary(lineOf: (path: string) => number | null = () => null): { errors: string[]; warnings: string[] } {
    const show = ({ path, message }: DatasetIssue): string => {
      const line = lineOf(path);
      return line === null
        ? t('importIssueAt', placeLabel(path), message)
        : t('importIssueAtLine', placeLabel(path), String(line), message);
    };
    // Reading stops once the error list is full, so the count of further errors is unknown.
    const moreErrors = this.full ? [t('importMoreErrors', DatasetIssues.MAX_REPORTED)] : [];
    const moreWarnings = this.droppedWarnings ? [t('importMoreWarnings', this.droppedWarnings)] : [];
    return {
      errors: [...this.errorList.map(show), ...moreErrors],
      warnings: [...this.warningList.map(show), ...moreWarnings],
    };
  }
}

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record's own property `key`, never one inherited from its prototype. */
export function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** "a number (42)", "an array", … — how a wrong value is named in an error. */
export function describe(value: unknown): string {
  if (value === undefined) return t('importValueNothing');
  // JSON's own words, the same in every language.
  if (value === null) return 'null';
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return t('importValueList');
  if (typeof value === 'string') return t('importValueString', quote(value));
  // As written in the file, not grouped the way the reader's language writes numbers.
  if (typeof value === 'number') return t('importValueNumber', String(value));
  if (typeof value === 'object') return t('importValueObject');
  return t('importValueOther', typeof value);
}

/** A field's wrong value as an error names it, a missing field saying so. */
export function describeField(value: unknown): string {
  return value === undefined ? t('importValueMissing') : describe(value);
}

/** "too long (4,100 characters; the limit is 4,000)". */
export function tooLong(length: number, max: number): string {
  return t('importTooLong', length, max);
}

/** A string shortened and quoted for an error message, so a 1 MB field does not become a 1 MB error. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** Warns about every key the format does not define; they are left out of the result. */
export function warnUnknownKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  path: string,
  issues: DatasetIssues,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.warn(path, t('importUnknownField', quote(key)));
  }
}

/**
 * `value` without characters that change how text looks without being seen (`INVISIBLE_CHARACTERS`):
 * in an outlet or author they can make one name display as another ("\u202Ecom.evil" shows reversed),
 * which a provenance tool must not allow. A warning names the field when any were removed. Line breaks
 * stay (a description may have paragraphs); the UI and the CLI show every string on one line.
 */
function withoutDisguise(value: string, where: string, issues: DatasetIssues): string {
  const removed = countInvisible(value);
  if (removed > 0) issues.warn(where, t('importInvisibleRemoved', removed));
  return withoutInvisible(value);
}

/** A required, non-empty string of at most `max` characters, trimmed; null (with an error) otherwise. */
export function readString(
  record: Record<string, unknown>,
  key: string,
  path: string,
  max: number,
  issues: DatasetIssues,
): string | null {
  const value = ownField(record, key);
  const where = `${path}${path ? '.' : ''}${key}`;
  if (typeof value !== 'string' || value.trim() === '') {
    issues.error(where, t('importExpectedText', describeField(value)));
    return null;
  }
  if (value.length > max) {
    issues.error(where, tooLong(value.length, max));
    return null;
  }
  const text = withoutDisguise(value, where, issues).trim();
  if (text === '') {
    issues.error(where, t('importOnlyInvisible'));
    return null;
  }
  return text;
}

/**
 * An optional string: a missing field, null or an empty string all read as null. A value of another type
 * is an error (`undefined` is returned then, so callers can tell "absent" from "wrong").
 */
export function readOptionalString(
  record: Record<string, unknown>,
  key: string,
  path: string,
  max: number,
  issues: DatasetIssues,
): string | null | undefined {
  const value = ownField(record, key);
  const where = `${path}${path ? '.' : ''}${key}`;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    issues.error(where, t('importExpectedStringOrNull', describe(value)));
    return undefined;
  }
  if (value.length > max) {
    issues.error(where, tooLong(value.length, max));
    return undefined;
  }
  return withoutDisguise(value, where, issues).trim() || null;
}
