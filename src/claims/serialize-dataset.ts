/** A dataset as a file: the committed asset's form, and what the options page exports. */
import type { Dataset } from './dataset';

/** Two-space indentation and a final newline, field order as in the types. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
