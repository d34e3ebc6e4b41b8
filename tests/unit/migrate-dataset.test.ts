/**
 * Format migrations. Version 1 is the only version so far, so its fixture must pass through unchanged;
 * a made-up step to a version 2 checks the machinery every future format change will rely on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATASET_VERSION } from '../../src/claims/dataset';
import { DATASET_MIGRATIONS, migrateDataset, type DatasetMigration } from '../../src/claims/migrate-dataset';
import { parseDataset } from '../../src/claims/validate-dataset';

const V1 = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'datasets', 'provenance-v1.json'), 'utf8'),
) as Record<string, unknown>;

/** A made-up version 2 that renames `description` to `summary`. */
const TO_V2: DatasetMigration = {
  from: 1,
  migrate: ({ description, ...rest }) => ({ ...rest, summary: description }),
};

describe('migrations', () => {
  test('every version below the current one has a step (a fixture of each lives in tests/fixtures/datasets)', () => {
    for (let version = 1; version < DATASET_VERSION; version++) {
      expect(
        DATASET_MIGRATIONS.some((step) => step.from === version),
        `a migration from version ${version}`,
      ).toBe(true);
    }
  });

  test('the version 1 fixture is current: unchanged by migration and valid', () => {
    const result = migrateDataset(V1);
    expect(result).toEqual({ ok: true, value: V1, from: 1 });
    expect(parseDataset(V1).ok).toBe(true);
  });

  test('an older dataset goes through each step and comes out at the target version, its input untouched', () => {
    const before = structuredClone(V1);
    const result = migrateDataset(V1, [TO_V2], 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ version: 2, summary: V1.description, sources: V1.sources });
    expect(result.value).not.toHaveProperty('description');
    expect(V1).toEqual(before);
  });

  test('a missing step or a step that throws is an error, not a half-upgraded dataset', () => {
    expect(migrateDataset(V1, [], 2)).toEqual({ ok: false, error: 'version: no upgrade from format version 1 to 2' });
    const throwing: DatasetMigration = {
      from: 1,
      migrate: () => {
        throw new Error('boom');
      },
    };
    expect(migrateDataset(V1, [throwing], 2)).toEqual({
      ok: false,
      error: 'version: upgrading from format version 1 failed: boom',
    });
  });

  test('values without a usable version are left for validation to explain', () => {
    expect(migrateDataset('text')).toMatchObject({ ok: true, value: 'text' });
    expect(migrateDataset({ version: 'one' })).toMatchObject({ ok: true, value: { version: 'one' } });
    expect(migrateDataset({ version: 99 })).toMatchObject({ ok: true, value: { version: 99 } });
  });
});
