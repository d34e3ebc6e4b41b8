/** What the options page lists for a dataset, computed once when it is stored so listing never loads every claim. */
import type { Dataset } from './dataset';
import type { ImportFormat } from './import-result';
import { sourceName } from './source-name';

/** Outlets listed per dataset; the rest are counted ("and 12 more"). */
const LISTED_OUTLETS = 12;

/** One dataset as listed: identity, counts, format version, where it came from, and its main outlets. */
export interface DatasetSummary {
  id: string;
  name: string;
  description: string | null;
  /** The format version the stored data is in. */
  version: number;
  sourceCount: number;
  claimCount: number;
  /** Claims carrying a fact-checker's verdict. */
  reviewedCount: number;
  /** The outlets with the most claims, most first, then by name. */
  outlets: Array<{ outlet: string; claims: number }>;
  /** How many outlets `outlets` leaves out. */
  moreOutlets: number;
  /** ISO date-time of the import; null for the built-in dataset. */
  importedAt: string | null;
  /** The imported file's name and format; null for the built-in dataset. */
  fileName: string | null;
  importFormat: ImportFormat | null;
  /** Why a stored dataset cannot be used (an upgrade failed); it is kept, never deleted for it. */
  problem: string | null;
  /**
   * A token the store gives every write of the dataset (an import replacing it, an upgrade), so that
   * what was made from an older copy (the background's merged index) is never taken for current.
   * Absent on summaries stored before it existed.
   */
  stamp?: string;
  /**
   * True from an import that stored the dataset's index without its part by meaning (a large dataset:
   * its wait ends when it can be searched by words) until that part is stored (`addMeaning`). Absent on
   * summaries stored before it existed, and read as false.
   */
  meaningPending?: boolean;
}

/** Where a stored dataset came from. */
export interface DatasetOrigin {
  fileName: string | null;
  importFormat: ImportFormat | null;
  importedAt: string | null;
}

const byClaims = (a: { outlet: string; claims: number }, b: { outlet: string; claims: number }) =>
  b.claims - a.claims || a.outlet.localeCompare(b.outlet);

/**
 * The `count` outlets with the most claims, most first, then by name: kept as they come rather than all
 * sorted, since an archive can name an outlet per source and sorting them all is what a summary would
 * wait for (docs/scale.md, *Measurements behind the code's shape*).
 */
function mostClaims(perOutlet: ReadonlyMap<string, number>, count: number): Array<{ outlet: string; claims: number }> {
  const kept: Array<{ outlet: string; claims: number }> = [];
  for (const [outlet, claims] of perOutlet) {
    const entry = { outlet, claims };
    if (kept.length === count && byClaims(entry, kept[count - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && byClaims(entry, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, entry);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** The summary of `dataset`. */
export function summariseDataset(
  dataset: Dataset,
  origin: DatasetOrigin,
  problem: string | null = null,
): DatasetSummary {
  const perOutlet = new Map<string, number>();
  let claimCount = 0;
  let reviewedCount = 0;
  for (const source of dataset.sources) {
    claimCount += source.claims.length;
    reviewedCount += source.claims.filter((claim) => claim.review !== undefined).length;
    // Named as the popup names them, so a source without an outlet is listed by its site, author or title.
    const name = sourceName(source);
    perOutlet.set(name, (perOutlet.get(name) ?? 0) + source.claims.length);
  }
  const outlets = mostClaims(perOutlet, LISTED_OUTLETS);
  return {
    id: dataset.id,
    name: dataset.name,
    description: dataset.description,
    version: dataset.version,
    sourceCount: dataset.sources.length,
    claimCount,
    reviewedCount,
    outlets,
    moreOutlets: perOutlet.size - outlets.length,
    importedAt: origin.importedAt,
    fileName: origin.fileName,
    importFormat: origin.importFormat,
    problem,
  };
}
