/** The official FNC-1 submission format: `Headline,Body ID,Stance`, rows in input order. */
import { formatCsvRow } from './csv';
import type { FncPair } from './fnc-data';
import type { FncLabel } from './fnc-labels';

/** A CSV document with a header and one row per pair, properly quoted. */
export function formatFncPredictions(pairs: readonly FncPair[], predictions: readonly FncLabel[]): string {
  if (pairs.length !== predictions.length)
    throw new RangeError(`formatFncPredictions: ${pairs.length} pairs but ${predictions.length} predictions`);
  return (
    formatCsvRow(['Headline', 'Body ID', 'Stance']) +
    pairs.map((pair, i) => formatCsvRow([pair.headline, pair.bodyId, predictions[i]!])).join('')
  );
}
