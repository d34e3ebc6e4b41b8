/** The word vectors shipped with the extension (assets/word-vectors.bin, built by `npm run vectors`). */
import { shippedAssets } from '../assets/shipped-assets';
import type { WordVectors } from './word-vectors';

/** Decodes the shipped table on first use (once per worker), once `loadShippedAssets` has read it. */
export function defaultWordVectors(): WordVectors {
  return shippedAssets.wordVectors();
}
