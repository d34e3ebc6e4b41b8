/** The shipped stance model (assets/stance-model.json, written by `npm run train`). */
import asset from '../../../assets/stance-model.json';
import { DENSE_FEATURES } from './features';
import { loadMlp, type MlpAsset, type MlpEnsemble } from './mlp';

let ensemble: MlpEnsemble | null = null;

/** Decodes the shipped weights on first use. */
export function defaultStanceModel(): MlpEnsemble {
  ensemble ??= loadMlp(asset as unknown as MlpAsset, DENSE_FEATURES);
  return ensemble;
}
