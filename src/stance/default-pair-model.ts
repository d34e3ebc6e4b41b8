/**
 * The shipped sentence-pair judge: its trees (assets/pair-model.json) and its second stage's attention
 * model (assets/attention-model.json), both written by `npm run train`.
 */
import { shippedAssets } from '../assets/shipped-assets';
import type { AttentionModel } from './attention-model';
import type { PairModel } from './pair-model';

/** Decodes the shipped trees on first use, once `loadShippedAssets` has read them. */
export function defaultPairModel(): PairModel {
  return shippedAssets.pairModel();
}

/** Decodes the shipped attention model on first use: only pairs the trees are unsure of need it. */
export function defaultAttentionModel(): AttentionModel {
  return shippedAssets.attentionModel();
}
