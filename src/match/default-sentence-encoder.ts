/** The shipped sentence encoder (assets/sentence-encoder.json, written by `npm run train:encoder`). */
import asset from '../../assets/sentence-encoder.json';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { encoderFrom, readEncoderAsset, type SentenceEncoder } from './sentence-encoder';

let encoder: SentenceEncoder | null | undefined;

/**
 * The shipped encoder over the shipped word vectors, made on first use (once `loadShippedAssets` has read
 * the vectors). Null when the asset does not fit the vectors: retrieval then goes by shared words only,
 * which is what it did before the encoder, rather than by a map trained for other vectors.
 */
export function defaultSentenceEncoder(): SentenceEncoder | null {
  encoder ??= shippedEncoderFor(defaultWordVectors());
  return encoder;
}

/**
 * The shipped encoder over `vectors` (a copy of the shipped ones read elsewhere, as the import worker
 * does), or null when the asset does not fit them.
 */
export function shippedEncoderFor(vectors: WordVectors): SentenceEncoder | null {
  const read = readEncoderAsset(asset, vectors.dimensions);
  return read.ok ? encoderFrom(read.parameters, vectors, read.version) : null;
}
