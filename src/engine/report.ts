import type { ArticleMeta, SentenceAnchor } from '../extract/article';

/** The four verdicts a (page sentence, known claim) pair can get. */
export type Relation = 'corroborates' | 'conflicts' | 'related' | 'unrelated';

/** What a conflict is about; shown to the reader as "Different actor", "Different number", ... */
export type DifferenceKind = 'actor' | 'number' | 'date' | 'place' | 'negation' | 'other';

/** One differing span pair: the page says `page`, the source says `source`. */
export interface Difference {
  kind: DifferenceKind;
  page: string;
  source: string;
  /** Character offsets of `page` in the page sentence and of `source` in the source sentence. */
  pageStart: number;
  pageEnd: number;
  sourceStart: number;
  sourceEnd: number;
  /** Context the spans alone do not show, e.g. "this source names Donald Trump as US president". */
  note?: string;
}

/** One known claim matched to a page sentence, with everything the UI shows about its source. */
export interface SourceMatch {
  claimId: string;
  text: string;
  sourceId: string;
  outlet: string;
  author: string | null;
  publishedTime: string | null;
  url: string | null;
  attribution: string | null;
  /** Confidence in the relation, 0–1. */
  score: number;
  /** Non-empty for conflicts. */
  differences: Difference[];
}

/** The verdicts for one page sentence. Every page sentence gets one, with empty lists where nothing matches. */
export interface ClaimReport {
  index: number;
  text: string;
  anchor: SentenceAnchor;
  corroborating: SourceMatch[];
  conflicting: SourceMatch[];
  related: SourceMatch[];
}

/** The whole analysis of one page. */
export interface Report {
  article: ArticleMeta;
  claims: ClaimReport[];
  /** Sources left out because they are this very page (same URL or essentially the same text). */
  excludedSourceIds: string[];
  /** Milliseconds the analysis took (not extraction). */
  elapsedMs: number;
}
