/** The shipped sentence-pair model (assets/pair-model.json, written by `npm run train`). */
import asset from '../../assets/pair-model.json';
import { loadPairModel, type PairModel, type PairModelAsset } from './pair-model';

let model: PairModel | null = null;

/** Decodes the shipped trees on first use. */
export function defaultPairModel(): PairModel {
  model ??= loadPairModel(asset as unknown as PairModelAsset);
  return model;
}

/**
 * The probability from which a corroboration or a conflict is shown as a link, chosen by the trainer on
 * validation pairs for precision (docs/quality.md says what it trades).
 */
export function linkThresholds(): { corroborates: number; conflicts: number } {
  return (asset as unknown as { linkThresholds: { corroborates: number; conflicts: number } }).linkThresholds;
}
