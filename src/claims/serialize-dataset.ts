/** A dataset as a file: the committed asset's form, and what the options page exports. */
import type { Dataset } from './dataset';
import { MAX_DATASET_CHARS } from './dataset-json';

/**
 * `value` as JSON with two-space indentation and a final newline, unless indenting would take it past
 * the import limit: an export must import again, and indentation alone can make a 78 MB file 125 MB.
 */
export function jsonFile(value: unknown, limit = MAX_DATASET_CHARS): string {
  const indented = `${JSON.stringify(value, null, 2)}\n`;
  return indented.length <= limit ? indented : `${JSON.stringify(value)}\n`;
}

/** Two-space indentation (compact past the import limit) and a final newline, field order as in the types. */
export function serializeDataset(dataset: Dataset): string {
  return jsonFile(dataset);
}
