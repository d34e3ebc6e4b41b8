/**
 * A large dataset's part by meaning, packed after the dataset was stored and listed (import-job.ts): the
 * reader's wait ends once the dataset can be searched by its words, and this worker then packs the
 * claims by meaning and adds the part to the stored index (`DatasetStore.addMeaning`), only if the
 * dataset is still the copy it was packed from. Also what an options page opening later runs for a
 * dataset whose page was closed before its part was stored (`prepareStoredMeaning`).
 */
import { t } from '../i18n/messages';
import {
  claimTexts,
  packMeaningTexts,
  packMeaningWords,
  type ClaimTexts,
  type PackedMeaningParts,
} from '../match/meaning-index';
import { timePhaseAsync, type PhaseClock } from '../match/phase-clock';
import type { SentenceEncoder } from '../match/sentence-encoder';
import type { DatasetStore } from '../platform/dataset-store';

/**
 * Datasets with more claims than this are stored first without their part by meaning. At 100,000 claims
 * packing by meaning is more than half of the import (docs/scale.md); below 10,000 it is a fraction of a
 * second, and the background encodes up to 2,000 claims at opening anyway (claim-index.ts).
 */
export const DEFER_MEANING_ABOVE = 10_000;

/**
 * How packing by meaning after the save ended: `stored`; `skipped` when the dataset was replaced or
 * deleted meanwhile (nothing to tell: the copy it was for is gone); `failed`, with why, in the UI's
 * words. Every outcome leaves the dataset usable by its words.
 */
export type MeaningOutcome = { kind: 'stored' } | { kind: 'skipped' } | { kind: 'failed'; reason: string };

/** What packing by meaning needs from where it runs. */
export interface MeaningDeps {
  /** The sentence encoder; null where the word vectors could not be read. */
  encoder?: () => Promise<SentenceEncoder | null>;
  /** Packs the part elsewhere (meaning-helper.ts); when given, `encoder` is not used. */
  meaning?: (claims: ClaimTexts, clock?: PhaseClock) => Promise<PackedMeaningParts | null>;
  /** Told `later:pack` and `later:save`. */
  clock?: PhaseClock;
}

/** A failure's outcome, with the error's message. */
export const failed = (error: unknown): MeaningOutcome => ({
  kind: 'failed',
  reason: error instanceof Error ? error.message : String(error),
});

/**
 * The claims to pack: their texts (read only when needed), and, when the import kept them, their words
 * as the encoder takes them (`packClaimIndexInSteps`'s `words`), which spare tokenising them again.
 */
export interface ClaimsToPack {
  texts(): ClaimTexts;
  words?: ReadonlyArray<readonly string[]>;
}

/** The part by meaning of `claims`, packed with the helper or the encoder; null without an encoder. */
async function packPart(claims: ClaimsToPack, deps: MeaningDeps): Promise<PackedMeaningParts | null> {
  if (deps.meaning) return deps.meaning(claims.texts(), deps.clock);
  const encoder = deps.encoder ? await deps.encoder() : null;
  if (!encoder) return null;
  return claims.words
    ? packMeaningWords(claims.words, encoder, deps.clock)
    : packMeaningTexts(claims.texts(), encoder, deps.clock);
}

/** Packs the part by meaning of `claims` and adds it to dataset `id`'s index if its stamp is still `stamp`. */
export async function storeMeaningLater(
  store: Pick<DatasetStore, 'addMeaning'>,
  id: string,
  stamp: string,
  claims: ClaimsToPack,
  deps: MeaningDeps,
): Promise<MeaningOutcome> {
  try {
    const meaning = await timePhaseAsync(deps.clock, 'later:pack', () => packPart(claims, deps));
    if (!meaning) return { kind: 'failed', reason: t('meaningNoVectors') };
    const added = await timePhaseAsync(deps.clock, 'later:save', () => store.addMeaning(id, stamp, meaning));
    if (!added.ok) return { kind: 'failed', reason: added.message };
    return added.added ? { kind: 'stored' } : { kind: 'skipped' };
  } catch (error) {
    return failed(error);
  }
}

/**
 * For a dataset stored without its part by meaning by an import whose page closed before it was added:
 * reads the stored dataset, packs its part and adds it the same way.
 */
export async function prepareStoredMeaning(
  store: Pick<DatasetStore, 'list' | 'get' | 'addMeaning'>,
  id: string,
  deps: MeaningDeps,
): Promise<MeaningOutcome> {
  try {
    const summary = (await store.list()).find((listed) => listed.id === id);
    if (!summary?.meaningPending || summary.stamp === undefined) return { kind: 'skipped' };
    const dataset = await store.get(id);
    if (!dataset) return { kind: 'skipped' };
    const texts = () => claimTexts(dataset.sources.flatMap((source) => source.claims));
    return await storeMeaningLater(store, id, summary.stamp, { texts }, deps);
  } catch (error) {
    return failed(error);
  }
}
