/** The shape of an extracted article, shared by the content script, the engine, the CLI and the UI. */
import type { SentenceKind } from './sentence-kind';

/** Metadata Readability and the page's own tags give; null where the page does not say. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 where the page gives a parseable date, else the page's own string. */
  publishedTime: string | null;
  /** Canonical URL (`<link rel=canonical>`, else `og:url`, else the document URL). */
  url: string | null;
  /**
   * The article's language (BCP 47): what the page declares, unless its text clearly says otherwise
   * (see `detectLanguage`); null when neither says, which is read as English.
   */
  lang: string | null;
  /**
   * True when the page was longer than Provenance reads (its element or character cap) and only its
   * first part was checked; absent otherwise. The popup says so.
   */
  partial?: boolean;
}

/**
 * Enough context to find a sentence again in the live page (W3C TextQuoteSelector style):
 * the exact text, up to 32 characters either side, and its offsets in `Article.text`.
 */
export interface SentenceAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** One sentence of the article body, in reading order. */
export interface PageSentence {
  index: number;
  text: string;
  anchor: SentenceAnchor;
  /**
   * A claim (checked), or what else it is: a heading, caption, byline, date line… (see
   * `sentenceKind`), read for context but not checked. Absent means a claim.
   */
  kind?: SentenceKind;
}

/** An article ready for analysis. */
export interface Article {
  meta: ArticleMeta;
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
  sentences: PageSentence[];
}

/** Why extraction gave no article: values the UI can show, never thrown exceptions. */
export type ExtractFailure =
  | { ok: false; reason: 'not-an-article'; message: string }
  | { ok: false; reason: 'error'; message: string };

/** What `extractArticle` returns: the article, or why there is none. */
export type ExtractResult = { ok: true; article: Article } | ExtractFailure;
