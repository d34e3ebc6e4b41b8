/**
 * A page never matches itself: when the page is one of the dataset's sources, that source is left out
 * of its report, or every sentence would "corroborate" itself. Only the page's text is evidence: its URL
 * and `<link rel="canonical">` are the page's to write, so a URL equal to a source's only makes that
 * source a suspect (a page naming a fact-check's URL as its canonical must not drop the fact-check).
 */
import type { Source } from '../claims/dataset';
import type { Article } from '../extract/article';
import type { Bm25Hit } from '../match/bm25';

/** Share of a source's claims found verbatim in the page above which the page is that source. */
const SAME_TEXT_SHARE = 0.5;
/**
 * ...and how many at least: an article that quotes a fact-checked claim word for word is not the
 * fact-check (a ClaimReview source has one claim, so one verbatim quote is half of nothing).
 */
const MIN_SAME_CLAIMS = 3;

/** Lower case, letters and digits only: survives quote styles, whitespace and markup differences. */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A page's text normalised for comparison (space-padded), with where each of its words starts: a claim
 * held word for word starts where its first word does, so only those places are compared, not the whole
 * page for every claim.
 */
class PageWords {
  private readonly text: string;
  private readonly starts = new Map<string, number[]>();

  constructor(pageText: string) {
    const text = (this.text = ` ${normaliseForComparison(pageText)} `);
    for (let at = 1; at < text.length - 1; ) {
      const end = text.indexOf(' ', at);
      const word = text.slice(at, end);
      const starts = this.starts.get(word);
      if (starts) starts.push(at);
      else this.starts.set(word, [at]);
      at = end + 1;
    }
  }

  /** Whether the page holds `claim` word for word (as `text.includes(` ${claim} `)`, normalised). */
  holds(claim: string): boolean {
    const words = normaliseForComparison(claim);
    if (words === '') return this.text.includes('  ');
    const space = words.indexOf(' ');
    const first = space < 0 ? words : words.slice(0, space);
    const padded = ` ${words} `;
    for (const at of this.starts.get(first) ?? []) if (this.text.startsWith(padded, at - 1)) return true;
    return false;
  }
}

/**
 * Whether `page` holds enough of `claims` word for word to be their source. It stops as soon as the
 * answer is known: most sources checked are merely similar and hold none.
 */
function holdsEnoughClaims(page: PageWords, claims: readonly Source['claims'][number][]): boolean {
  const needed = Math.max(MIN_SAME_CLAIMS, Math.ceil(claims.length * SAME_TEXT_SHARE));
  let found = 0;
  for (const [i, claim] of claims.entries()) {
    if (found + (claims.length - i) < needed) return false;
    if (page.holds(claim.text) && ++found >= needed) return true;
  }
  return false;
}

/** URL without scheme, `www.`, fragment, query and trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Ids of the sources that are this very page: essentially the same text, whatever the URLs say. */
export function findSelfSources(article: Article, sources: readonly Source[]): string[] {
  let page: PageWords | null = null; // made when first needed: most pages have no source to check
  return sources
    .filter((source) => {
      if (source.claims.length < MIN_SAME_CLAIMS) return false;
      page ??= new PageWords(article.text);
      return holdsEnoughClaims(page, source.claims);
    })
    .map((source) => source.id);
}

/**
 * The sources a page at a URL may be, as pairs of a normalised URL and the source's number: only a source
 * with enough claims can be found to be the page (`findSelfSources`), so a feed with a source per review
 * yields none, and an archive one per article of three claims or more, never more than a third of its
 * claims: a map of every URL would cost a first page dearly (docs/scale.md, *Measurements behind the code's shape*).
 */
export function* selfCheckUrls(sources: Iterable<Source>): Generator<[url: string, source: number]> {
  let i = 0;
  for (const source of sources) {
    if (source.url && source.claims.length >= MIN_SAME_CLAIMS) yield [normaliseUrl(source.url), i];
    i++;
  }
}

/** The sources self-detection reads, by number, and the number of each claim's source. */
export interface SelfDetectionSources {
  sourceCount: number;
  source(i: number): Source;
  sourceIndexOf(doc: number): number;
}

/** The numbers of the sources at a normalised URL (`selfCheckUrls`), ascending. */
export type SourcesAtUrl = (url: string) => ArrayLike<number>;

/** `selfCheckUrls` of every source as a lookup, made on the spot. */
function urlLookup(sources: SelfDetectionSources): SourcesAtUrl {
  const byUrl = new Map<string, number[]>();
  function* every() {
    for (let i = 0; i < sources.sourceCount; i++) yield sources.source(i);
  }
  for (const [url, i] of selfCheckUrls(every())) {
    // Pushed, not copied: a feed's reviews can share one URL once its query is dropped (`?id=…`), and
    // copying the list for each would be quadratic in them.
    const same = byUrl.get(url);
    if (same) same.push(i);
    else byUrl.set(url, [i]);
  }
  return (url) => byUrl.get(url) ?? [];
}

/**
 * A page sentence's best hits whose sources are checked for being the page itself, if the hit holds at
 * least this share of the sentence's informative terms: a source's claim found in the page is a page
 * sentence (or most of one), so it holds nearly all of it; a merely similar claim rarely holds half.
 */
const SELF_SUSPECT_HITS = 3;
const SELF_SUSPECT_COVERAGE = 0.5;

/**
 * `findSelfSources` for a large index: only the sources at the page's URL and those of its sentences'
 * best hits (a page that is a source finds its own claims first) are checked, not every claim of every
 * source, which costs seconds against a large index (docs/scale.md, *Measurements behind the code's shape*).
 * `hits[i]` are sentence i's search hits, null if not searched. `atUrl` is the URL lookup when it was
 * made beforehand (stored with the claims); without it, it is made at the first page with a URL.
 */
export function createSelfDetection(
  sources: SelfDetectionSources,
  atUrl: SourcesAtUrl | null = null,
): (article: Article, hits: ReadonlyArray<readonly Bm25Hit[] | null>) => string[] {
  let lookup = atUrl;
  return (article, hits) => {
    // Suspects by their number, so that they are checked and listed in the sources' order.
    const suspects = new Set<number>();
    if (article.meta.url) {
      lookup ??= urlLookup(sources);
      for (const i of Array.from(lookup(normaliseUrl(article.meta.url)))) suspects.add(i);
    }
    for (const sentenceHits of hits) {
      for (const hit of sentenceHits?.slice(0, SELF_SUSPECT_HITS) ?? [])
        if (hit.coverage >= SELF_SUSPECT_COVERAGE) suspects.add(sources.sourceIndexOf(hit.doc));
    }
    if (suspects.size === 0) return [];
    return findSelfSources(
      article,
      [...suspects].sort((a, b) => a - b).map((i) => sources.source(i)),
    );
  };
}
