/**
 * schema.org ClaimReview JSON-LD → a dataset. Fact-checkers publish one ClaimReview per checked claim:
 * `claimReviewed` (the claim), `itemReviewed.author` (who made it), the review's `author`/`publisher`
 * (the fact-checker), `datePublished`, `url` and `reviewRating` (their verdict). A file may hold one
 * object, a list, a `@graph`, or a schema.org DataFeed (`dataFeedElement[].item`), as fact-check feeds do.
 * Each fact-check article (reviews sharing a `url`) becomes one source whose outlet is the fact-checker.
 */
import { normalizeDateTime } from '../extract/date-time';
import { t, tCount } from '../i18n/messages';
import type { ClaimVerdict, Source } from './dataset';
import { describe, describeField, isRecord, ownField, quote } from './dataset-fields';
import { parseJsonText, type JsonTextResult } from './dataset-json';
import { lineOf, linesOfPaths, pathAndAncestors } from './dataset-lines';
import { isHttpUrl, isIsoDate } from './http-url';
import { finishImport, ImportLog } from './import-log';
import { datasetIdentity, uniqueIds } from './import-naming';
import type { ImportOptions, ImportResult } from './import-result';

/** Keys under which JSON-LD nests the items we look for: graphs, feeds and their items. */
const CONTAINER_KEYS = ['@graph', 'dataFeedElement', 'item'] as const;
/** Nesting deeper than a feed's (feed → element → item) is not a ClaimReview file; stop there. */
const MAX_DEPTH = 6;

/** A ClaimReview object and its JSON path, for messages. */
interface Found {
  path: string;
  review: Record<string, unknown>;
}

/** `@type` names ClaimReview: "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview", or a list holding one. */
export function isClaimReview(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const type = ownField(value, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])ClaimReview$/.test(t));
}

/** Every ClaimReview in `root`, in document order, with how many other objects were passed over. */
export function findClaimReviews(root: unknown): { found: Found[]; others: number } {
  const found: Found[] = [];
  let others = 0;
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
      return;
    }
    if (isClaimReview(value)) {
      found.push({ path, review: value });
      return;
    }
    if (!isRecord(value)) return;
    const nested = CONTAINER_KEYS.filter((key) => ownField(value, key) !== undefined);
    if (nested.length === 0) others++;
    for (const key of nested) visit(ownField(value, key), path ? `${path}.${key}` : key, depth + 1);
  };
  visit(root, '', 0);
  return { found, others };
}

/** The name of a schema.org Person/Organization given as an object, a plain string, or a list of them. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (!isRecord(value)) return null;
  const name = ownField(value, 'name') ?? ownField(value, 'alternateName');
  return typeof name === 'string' ? name.trim() || null : null;
}

function isOrganization(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isRecord(first)) return false;
  const type = ownField(first, '@type');
  return typeof type === 'string' && /Organization$/.test(type);
}

/** "False"; else "1 on a scale of 1 to 5" from the numbers; else null (the review gives no verdict). */
export function ratingOf(rating: unknown): string | null {
  if (!isRecord(rating)) return null;
  const words = ownField(rating, 'alternateName');
  if (typeof words === 'string' && words.trim() !== '') return words.trim();
  const value = ownField(rating, 'ratingValue');
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') return null;
  const worst = ownField(rating, 'worstRating');
  const best = ownField(rating, 'bestRating');
  const rated = String(value).trim();
  return worst !== undefined && best !== undefined ? t('importRatingScale', rated, String(worst), String(best)) : rated;
}

/** The claim's text: `claimReviewed` as a string (or the first of a list). */
function claimText(review: Record<string, unknown>): string | null {
  const value = ownField(review, 'claimReviewed');
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() || null : null;
}

/** A usable review, or null when it was skipped (with the reason in `log`). */
interface ReadReview {
  text: string;
  claimant: string | null;
  outlet: string;
  author: string | null;
  date: string | null;
  url: string | null;
  title: string | null;
  verdict: ClaimVerdict;
}

function readReview({ path, review }: Found, log: ImportLog): ReadReview | null {
  const where = path || t('importWholeFile');
  const text = claimText(review);
  if (text === null) {
    const found = ownField(review, 'claimReviewed');
    log.skip(`${where}.claimReviewed`, t('importExpectedText', describeField(found)));
    return null;
  }
  const author = ownField(review, 'author');
  const publisher = ownField(review, 'publisher');
  // The fact-checker is the organisation: the publisher, else an Organization author, else whoever authored it.
  const outlet = nameOf(publisher) ?? (isOrganization(author) ? nameOf(author) : null) ?? nameOf(author);
  if (outlet === null) {
    log.skip(`${where}.author`, t('importNoFactChecker'));
    return null;
  }
  const person = isOrganization(author) ? null : nameOf(author);
  const rawDate = ownField(review, 'datePublished');
  const date = typeof rawDate === 'string' ? normalizeDateTime(rawDate) : null;
  if (rawDate !== undefined && (date === null || !isIsoDate(date))) {
    log.warn(
      `${where}.datePublished`,
      t('importDateUnreadable', typeof rawDate === 'string' ? quote(rawDate) : describe(rawDate)),
    );
  }
  const rawUrl = ownField(review, 'url');
  const url = typeof rawUrl === 'string' && isHttpUrl(rawUrl.trim()) ? rawUrl.trim() : null;
  if (rawUrl !== undefined && url === null) {
    log.warn(`${where}.url`, t('importLinkNotHttp', typeof rawUrl === 'string' ? quote(rawUrl) : describe(rawUrl)));
  }
  const rating = ratingOf(ownField(review, 'reviewRating'));
  if (rating === null) log.warn(`${where}.reviewRating`, t('importNoRating'));
  const itemReviewed = ownField(review, 'itemReviewed');
  const claimant = isRecord(itemReviewed) ? nameOf(ownField(itemReviewed, 'author')) : null;
  const headline = nameOf(ownField(review, 'headline')) ?? nameOf(review);
  const isoDate = date !== null && isIsoDate(date) ? date : null;
  return {
    text,
    claimant,
    outlet,
    author: person !== outlet ? person : null,
    date: isoDate,
    url,
    title: headline,
    verdict: { rating, reviewer: outlet, url, date: isoDate },
  };
}

/** Reviews sharing a URL are one fact-check article, so one source; a review without a URL is its own. */
function toSources(reviews: readonly ReadReview[]): Source[] {
  const sources: Source[] = [];
  const byUrl = new Map<string, Source>();
  const sourceId = uniqueIds();
  for (const review of reviews) {
    let source = review.url === null ? undefined : byUrl.get(review.url);
    if (!source) {
      source = {
        id: sourceId(`review-${sources.length + 1}`),
        outlet: review.outlet,
        author: review.author,
        publishedTime: review.date,
        url: review.url,
        title: review.title,
        claims: [],
      };
      sources.push(source);
      if (review.url !== null) byUrl.set(review.url, source);
    }
    source.claims.push({
      id: `${source.id}#${source.claims.length + 1}`,
      text: review.text,
      attribution: review.claimant,
      review: review.verdict,
    });
  }
  return sources;
}

/**
 * Imports ClaimReview JSON-LD text. Reviews without a claim or a fact-checker are skipped with the
 * reason. `parsed` is `text` parsed already, when the caller had to.
 */
export function importClaimReview(
  text: string,
  options: ImportOptions,
  parsed: JsonTextResult = parseJsonText(text),
): ImportResult {
  if (!parsed.ok) return { ok: false, format: 'claimreview', errors: [parsed.error] };
  const { found } = findClaimReviews(parsed.value);
  if (found.length === 0) {
    return {
      ok: false,
      format: 'claimreview',
      errors: [t('importIssueAt', t('importWholeFile'), t('importNoClaimReview'))],
    };
  }
  const log = new ImportLog();
  const reviews = found.map((item) => readReview(item, log)).filter((review): review is ReadReview => review !== null);
  // Paths say where in the JSON; the line says where in the editor. Found only when there is something to say.
  const places = log.places();
  const lines =
    places.length === 0
      ? new Map<string, number>()
      : linesOfPaths(parsed.text, new Set(places.flatMap(pathAndAncestors)));
  const identity = datasetIdentity(options);
  const description = tCount('importClaimReviewDescription', reviews.length, options.fileName);
  return finishImport('claimreview', { ...identity, description }, toSources(reviews), log, (where) =>
    lineOf(where, lines),
  );
}
