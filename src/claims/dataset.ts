/** The known-claims dataset format (documented in docs/dataset-format.md). */

/** The format name every dataset file carries, so a stray JSON file is rejected early. */
export const DATASET_FORMAT = 'provenance-dataset';
/** Current format version; bump with a migration when the shape changes. */
export const DATASET_VERSION = 1;

/** One checkable statement a source makes. */
export interface KnownClaim {
  /** Unique within the dataset, e.g. `seed-001#4`. */
  id: string;
  text: string;
  /** Who the source says made the claim ("a diplomatic source speaking to AFP"); null if unattributed. */
  attribution: string | null;
}

/** One published article (or other document) and the claims it makes. */
export interface Source {
  id: string;
  outlet: string;
  author: string | null;
  /** ISO 8601 date or date-time. */
  publishedTime: string | null;
  url: string | null;
  title: string | null;
  claims: KnownClaim[];
}

/** A whole dataset as stored and embedded. */
export interface Dataset {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  id: string;
  name: string;
  description: string | null;
  sources: Source[];
}
