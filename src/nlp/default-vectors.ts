/** The word vectors shipped with the extension (assets/word-vectors.json, built by `npm run vectors`). */
import asset from '../../assets/word-vectors.json';
import { loadWordVectors, type WordVectors } from './word-vectors';

let vectors: WordVectors | null = null;

/** Decodes the shipped table on first use (about 3 MB; decoded once per worker). */
export function defaultWordVectors(): WordVectors {
  vectors ??= loadWordVectors(asset);
  return vectors;
}
