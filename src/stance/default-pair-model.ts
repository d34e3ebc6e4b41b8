/** The shipped sentence-pair model (assets/pair-model.json, written by `npm run train`). */
import { shippedAssets } from '../assets/shipped-assets';
import type { PairModel } from './pair-model';

/** Decodes the shipped trees on first use, once `loadShippedAssets` has read them. */
export function defaultPairModel(): PairModel {
  return shippedAssets.pairModel();
}
