/** The known-claims dataset format (documented in docs/dataset-format.md). */

/** The format name every dataset file carries, so a stray JSON file is rejected early. */
export const DATASET_FORMAT = 'provenance-dataset';
/** Current format version; bump with a migration when the shape changes. */
export const DATASET_VERSION = 1;

/**
 * A fact-checker's published verdict on a claim (from schema.org ClaimReview, or a fact-check list).
 * It is the reviewer's verdict, shown as theirs ("Snopes rated this claim: False"), never as Provenance's.
 */
export interface ClaimVerdict {
  /** The reviewer's rating in their own words ("False", "Mostly true", "2 on a scale of 1 to 5"); null when the data gives none. */
  rating: string | null;
  /** Who reviewed the claim: the fact-checking organisation, else the person who wrote the review. */
  reviewer: string;
  /** The review itself (http or https), when known. */
  url: string | null;
  /** When the review was published, ISO 8601, when known. */
  date: string | null;
}

/** One checkable statement a source makes. */
export interface KnownClaim {
  /** Unique within the dataset, e.g. `seed-001#4`. */
  id: string;
  text: string;
  /** Who the source says made the claim ("a diplomatic source speaking to AFP"); null if unattributed. */
  attribution: string | null;
  /**
   * Present only on claims a fact-checker reviewed. Optional, so datasets without reviews (the seeds)
   * keep their exact bytes and older readers can ignore it: adding it needed no new format version.
   */
  review?: ClaimVerdict;
  /**
   * What the claim's opening "It" stands for, from the sentence before it in its article ("Article 5" for
   * "It states that an armed attack against one member…"; see src/nlp/antecedent.ts). Resolved when the
   * dataset is built, since a claim is stored without its neighbours. Optional like `review`.
   */
  antecedent?: string;
}

/**
 * When a claim was published: its fact-check's date when it has one (a JSON Lines import groups a
 * fact-checker's checks into one source, each check keeping its own date), else its source's.
 */
export function claimPublished(claim: KnownClaim, source: Pick<Source, 'publishedTime'>): string | null {
  return claim.review?.date ?? source.publishedTime ?? null;
}

/** One published article (or other document) and the claims it makes. */
export interface Source {
  id: string;
  outlet: string;
  author: string | null;
  /**
   * The wire service or outlet whose report this source republishes or is built on ("AFP" for an AFP
   * dispatch run by The Defense Post), when the article says so (a wire byline or dateline, "— Reuters",
   * "AFP contributed to this report"). Its claims then count as that report, not as independent ones.
   * Optional like `review`: only sources with a known basis have the key, so older files and readers
   * are unaffected.
   */
  basedOn?: string;
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
