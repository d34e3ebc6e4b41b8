/** Reading FNC-1-format files (FNC-1 itself and ARC): bodies and headline/body stance pairs. */
import { isFncLabel, type FncLabel } from './fnc-labels';
import { readCsvTable } from './table';

/** One headline/body pair; `stance` is absent in unlabelled (test-input) files. */
export interface FncPair {
  headline: string;
  bodyId: string;
  stance?: FncLabel;
}

/** Bodies by id, or why the file cannot be read. */
export type BodiesRead = { ok: true; bodies: Map<string, string> } | { ok: false; reason: string };

/** Pairs in file order, whether they carry gold labels, or why the file cannot be read. */
export type StancesRead = { ok: true; pairs: FncPair[]; labelled: boolean } | { ok: false; reason: string };

/** Reads `Body ID,articleBody`. */
export function readFncBodies(text: string): BodiesRead {
  const table = readCsvTable(text, ['Body ID', 'articleBody']);
  if (!table.ok) return table;
  const bodies = new Map<string, string>();
  for (const row of table.rows) bodies.set(row['Body ID']!.trim(), row.articleBody!);
  return { ok: true, bodies };
}

/**
 * Reads `Headline,Body ID[,Stance]`. Without a Stance column (the official test input) the pairs are
 * unlabelled; with one, every label must be one of the four, since an unknown label cannot be scored.
 */
export function readFncStances(text: string): StancesRead {
  const table = readCsvTable(text, ['Headline', 'Body ID']);
  if (!table.ok) return table;
  const labelled = table.columns.includes('Stance');
  const pairs: FncPair[] = [];
  for (const [n, row] of table.rows.entries()) {
    const pair: FncPair = { headline: row.Headline!, bodyId: row['Body ID']!.trim() };
    if (labelled) {
      const stance = row.Stance!.trim();
      if (!isFncLabel(stance)) return { ok: false, reason: `pair ${n + 1}: unknown stance ${JSON.stringify(stance)}` };
      pair.stance = stance;
    }
    pairs.push(pair);
  }
  return { ok: true, pairs, labelled };
}
