/** What every importer returns: a dataset ready to store, or the reasons there is none. Errors are values. */
import { t, type MessageKey } from '../i18n/messages';
import type { Dataset } from './dataset';

/** The file formats Provenance imports (docs/dataset-format.md, "Importing other formats"). */
export type ImportFormat = 'provenance' | 'claimreview' | 'jsonl';

/** Every format, in the order the CLI and the options page list them. */
export const IMPORT_FORMATS: readonly ImportFormat[] = ['provenance', 'claimreview', 'jsonl'];

const FORMAT_NAMES: Record<ImportFormat, MessageKey> = {
  provenance: 'importFormatProvenance',
  claimreview: 'importFormatClaimReview',
  jsonl: 'importFormatJsonLines',
};

/** What a reader calls `format`, in the UI's language. */
export function importFormatLabel(format: ImportFormat): string {
  return t(FORMAT_NAMES[format]);
}

/** How an import names what it makes. `fileName` is the file's own name ("snopes.json"). */
export interface ImportOptions {
  fileName: string;
  /** The dataset id; by default made from the file name. Ignored for Provenance datasets, which carry their own. */
  id?: string;
  /** The dataset name shown to the reader; by default the file name without its extension. */
  name?: string;
  /** JSON Lines only: the outlet for lines that name none (default: the dataset name). */
  outlet?: string;
}

/**
 * A finished import. `warnings` name what was repaired or left out, each starting with where it is
 * ("line 12: date: …", "@graph[3].url: …"); `skipped` counts the records (lines, reviews) dropped whole.
 */
export type ImportResult =
  | { ok: true; format: ImportFormat; dataset: Dataset; warnings: string[]; skipped: number }
  | { ok: false; format: ImportFormat | null; errors: string[] };
