/** A dataset file imported by the import worker's own job, over a store that keeps the packed index it is given. */
import { runImportJob, type ImportJobDeps, type ImportJobResult } from '../../../src/imports/import-job';
import type { PackedClaimIndex } from '../../../src/match/pack-claim-index';

/** Imports `text` (named `claims.jsonl`, format detected) with `deps` over the test's defaults. */
export async function importText(
  text: string,
  deps: Partial<ImportJobDeps> = {},
): Promise<{ result: ImportJobResult; saved: PackedClaimIndex | undefined }> {
  let saved: PackedClaimIndex | undefined;
  const result = await runImportJob({ name: 'claims.jsonl', text: async () => text }, 'auto', {
    store: async () => ({
      list: async () => [],
      save: async (_dataset, _origin, index) => {
        saved = index;
        return { ok: true, stamp: 'stamp' };
      },
      addMeaning: async () => ({ ok: true, added: false }),
    }),
    builtInId: 'built-in',
    now: () => '2026-12-06T00:00:00.000Z',
    step: async () => {},
    ...deps,
  });
  return { result, saved };
}
