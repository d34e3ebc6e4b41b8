/**
 * Upgrading a dataset written in an older format version to the current one, one version at a time,
 * before it is validated. Imports and the stored datasets (src/platform/dataset-store.ts) both go
 * through here, so a format change needs one new step in {@link DATASET_MIGRATIONS} and a fixture of the
 * old version in tests/fixtures/datasets/, and nothing a user stored is lost on the upgrade.
 */
import { t } from '../i18n/messages';
import { DATASET_VERSION } from './dataset';
import { isRecord, ownField } from './dataset-fields';

/** One step: a dataset of version `from` (a parsed JSON object) → the same data in version `from + 1`. */
export interface DatasetMigration {
  from: number;
  /** Must not change its input: a failed upgrade keeps the stored original. */
  migrate(dataset: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/**
 * The steps from each old version. Empty: version 1 is the only version so far (the optional `review`
 * field was added without one, because older readers may ignore it).
 */
export const DATASET_MIGRATIONS: readonly DatasetMigration[] = [];

/** The upgraded dataset (still to be validated) and the version it was in, or why it cannot be upgraded. */
export type MigrationResult = { ok: true; value: unknown; from: number } | { ok: false; error: string };

/**
 * Upgrades `value` to version `target`. A value that is not a versioned object, or is already at or past
 * the target, is returned as it is: validation then says what is wrong with it (a missing version, a
 * newer one) in its own words.
 */
export function migrateDataset(
  value: unknown,
  migrations: readonly DatasetMigration[] = DATASET_MIGRATIONS,
  target: number = DATASET_VERSION,
): MigrationResult {
  if (!isRecord(value)) return { ok: true, value, from: NaN };
  const version = ownField(value, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version >= target) {
    return { ok: true, value, from: typeof version === 'number' ? version : NaN };
  }
  let current: Record<string, unknown> = value;
  for (let from = version; from < target; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) return { ok: false, error: t('importNoUpgrade', String(from), String(from + 1)) };
    try {
      current = { ...step.migrate(current), version: from + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: t('importUpgradeFailed', String(from), detail) };
    }
  }
  return { ok: true, value: current, from: version };
}
