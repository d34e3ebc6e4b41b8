/** A Provenance dataset file → a dataset, upgraded from an older format version first when it is one. */
import { parseJsonText, type JsonTextResult } from './dataset-json';
import type { ImportResult } from './import-result';
import { migrateDataset } from './migrate-dataset';
import { parseDataset } from './validate-dataset';

/**
 * Imports our own format. The file's own id and name are kept: they are the dataset's identity. `parsed`
 * is `text` parsed already, when the caller had to (recognising the format), with the text it parsed.
 */
export function importProvenanceDataset(text: string, parsed: JsonTextResult = parseJsonText(text)): ImportResult {
  if (!parsed.ok) return { ok: false, format: 'provenance', errors: [parsed.error] };
  const migrated = migrateDataset(parsed.value);
  if (!migrated.ok) return { ok: false, format: 'provenance', errors: [migrated.error] };
  // Unchanged, the text itself stands beside the value, so errors can name their line in the file.
  const checked =
    migrated.value === parsed.value ? parseDataset(parsed.value, parsed.text) : parseDataset(migrated.value);
  if (!checked.ok) return { ok: false, format: 'provenance', errors: checked.errors };
  return { ok: true, format: 'provenance', dataset: checked.dataset, warnings: checked.warnings, skipped: 0 };
}
