/** The shipped sentence-pair model (assets/pair-model.json, written by `npm run train`). */
import asset from '../../assets/pair-model.json';
import { loadPairModel, type PairModel, type PairModelAsset } from './pair-model';

let model: PairModel | null = null;

/** Decodes the shipped trees on first use. */
export function defaultPairModel(): PairModel {
  model ??= loadPairModel(asset as unknown as PairModelAsset);
  return model;
}

