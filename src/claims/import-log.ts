/**
 * What an import repaired or left out, for the summary the reader sees. Capped like validation's list:
 * a file with 10,000 bad lines says so in one line after the first fifty, instead of 10,000 lines.
 */
import { t } from '../i18n/messages';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type Source } from './dataset';
import type { ImportFormat, ImportResult } from './import-result';
import { parseDataset } from './validate-dataset';

/** Enough lines to show a reader what is wrong and where; the rest are counted. */
const MAX_LISTED = 50;

/** Warnings and skipped records of one import. */
export class ImportLog {
  private readonly listed: Array<{ where: string; message: string }> = [];
  private unlisted = 0;
  /** Records (lines, reviews) left out whole. */
  skipped = 0;

  /** Notes a repair: `where` is "line 12: date" or a JSON path such as "@graph[3].url". */
  warn(where: string, message: string): void {
    if (this.listed.length < MAX_LISTED) this.listed.push({ where, message });
    else this.unlisted++;
  }

  /** Notes a record left out, and why. */
  skip(where: string, message: string): void {
    this.skipped++;
    this.warn(where, message);
  }

  /** The places named so far (for finding their lines in the file). */
  places(): string[] {
    return this.listed.map((entry) => entry.where);
  }

  /**
   * The lines to show, with a last one counting those not listed. `lineOf` gives the line a JSON path is
   * on, when the file is one JSON document: "line 40: @graph[3].claimReviewed: …".
   */
  lines(lineOf: (where: string) => number | null = () => null): string[] {
    const shown = this.listed.map(({ where, message }) => {
      const line = lineOf(where);
      return line === null ? t('importIssueAt', where, message) : t('importLineIssue', String(line), where, message);
    });
    return this.unlisted > 0 ? [...shown, t('importMore', this.unlisted)] : shown;
  }
}

/**
 * The importers' last step: the dataset goes through `parseDataset`, the validator every dataset passes,
 * so an import obeys the same limits and cleaning as a hand-written file. With no claims left there is
 * nothing to import, and the skipped records are the errors.
 */
export function finishImport(
  format: ImportFormat,
  identity: { id: string; name: string; description: string | null },
  sources: Source[],
  log: ImportLog,
  lineOf?: (where: string) => number | null,
): ImportResult {
  if (sources.every((source) => source.claims.length === 0)) {
    const reasons = log.lines(lineOf);
    return { ok: false, format, errors: reasons.length > 0 ? reasons : [t('importNoClaims')] };
  }
  const dataset: Dataset = { format: DATASET_FORMAT, version: DATASET_VERSION, ...identity, sources };
  const checked = parseDataset(dataset);
  if (!checked.ok) return { ok: false, format, errors: checked.errors };
  return {
    ok: true,
    format,
    dataset: checked.dataset,
    warnings: [...log.lines(lineOf), ...checked.warnings],
    skipped: log.skipped,
  };
}
