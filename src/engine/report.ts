import type { ClaimVerdict } from '../claims/dataset';
import type { ArticleMeta, SentenceAnchor } from '../extract/article';
import type { SentenceKind } from '../extract/sentence-kind';
import type { AttributionChain } from '../provenance/attribution-chain';
import type { SourceCount } from '../provenance/independent-sources';

export type { Difference, DifferenceKind, Relation } from '../stance/verdict-types';
import type { Difference } from '../stance/verdict-types';

/** One known claim matched to a page sentence, as the judge leaves it, with its claim's attribution chain. */
export interface JudgedMatch {
  claimId: string;
  text: string;
  sourceId: string;
  outlet: string;
  author: string | null;
  publishedTime: string | null;
  url: string | null;
  attribution: string | null;
  /**
   * A fact-checker's published verdict on the matched claim, when the dataset has one: shown as theirs
   * ("Snopes rated this claim: False"), never as Provenance's. Absent on claims nobody reviewed.
   */
  review?: ClaimVerdict;
  /** Confidence in the relation, 0–1. */
  score: number;
  /** Non-empty for conflicts. */
  differences: Difference[];
  /**
   * A conflict over who: the model read the two as on one subject, the difference detector found different
   * doers of one kind of event. `score` stays the model's probability of a conflict, often below the link
   * threshold.
   */
  overWho?: true;
  /** Who said the claim, who reported it first, who published it: "a diplomatic source → AFP → The Defense Post". */
  chain: AttributionChain;
}

/** One known claim matched to a page sentence, with everything the UI shows about its source. */
export interface SourceMatch extends JudgedMatch {
  /**
   * The independent report this match belongs to (`newsroom:afp`, `newsroom:media wall news`,
   * `source:seed-003`): matches with equal keys under one sentence are republications of one report.
   */
  independentGroup: string;
  /** True on the earliest known source among the sentence's corroborating and conflicting matches. */
  earliestKnown: boolean;
}

/** The verdicts for one page sentence as the judge leaves them, before its sources are summed up. */
export interface JudgedClaim {
  index: number;
  text: string;
  anchor: SentenceAnchor;
  /**
   * `claim` when it was checked; otherwise what else it is (a heading, a byline…), and it has no sources.
   * Absent (a report stored before kinds existed) means a claim.
   */
  kind?: SentenceKind;
  corroborating: JudgedMatch[];
  conflicting: JudgedMatch[];
  related: JudgedMatch[];
}

/** The verdicts for one page sentence. Every page sentence gets one, with empty lists where nothing matches. */
export interface ClaimReport extends JudgedClaim {
  corroborating: SourceMatch[];
  conflicting: SourceMatch[];
  related: SourceMatch[];
  /** Outlets and independent reports among the corroborating and among the conflicting matches. */
  sourceCounts: { corroborating: SourceCount; conflicting: SourceCount };
}

/** The whole analysis of one page. */
export interface Report {
  article: ArticleMeta;
  /**
   * False when the article is in a language Provenance does not check (`article.lang`; see
   * `isReadLanguage`): its sentences were not checked, and `claims` is empty. A report stored before
   * this field existed lacks it, and was of a page that was checked.
   */
  supported: boolean;
  claims: ClaimReport[];
  /** Sources left out because they are this very page (same URL or essentially the same text). */
  excludedSourceIds: string[];
  /** Milliseconds the analysis took (not extraction). */
  elapsedMs: number;
}
