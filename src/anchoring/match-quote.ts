/**
 * Finds a text quote (with its prefix and suffix) in a page's text, the way annotation tools re-anchor:
 * exact first, then ignoring whitespace, then approximately. Pure: no DOM, so it runs in Node tests and
 * in the content script alike. Modelled on the Hypothesis client's `match-quote`, but with a bounded
 * fuzzy step (candidate windows voted by shared words, then edit distance inside each window) so a
 * 200,000-character page costs one pass over its words, not quote × page.
 */

/** What to look for: the W3C TextQuoteSelector fields. */
export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
}

/** How a quote was found. */
export type MatchMethod = 'exact' | 'whitespace' | 'fuzzy';

/** Where the quote is in the text (end exclusive), how sure we are (0–1), and how it was found. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  method: MatchMethod;
}

/** Tuning for {@link matchQuote}. */
export interface MatchOptions {
  /**
   * Most edits (as a share of the quote's length) a fuzzy match may need. A quarter lets a sentence
   * survive a changed word or two and a dropped footnote marker, but not become a different sentence
   * that happens to share its subject.
   */
  maxErrorRatio?: number;
}

const DEFAULT_MAX_ERROR_RATIO = 0.25;
/** Exact occurrences scored for context; beyond this a quote is boilerplate ("Advertisement"). */
const MAX_OCCURRENCES = 1000;
/** Candidate windows the fuzzy step checks with edit distance. */
const FUZZY_CANDIDATES = 6;
/** Votes are pooled per bucket of start positions, so a shifted word still counts for its window. */
const BUCKET = 24;

const collapse = (value: string): string => value.replace(/\s+/g, ' ');

/**
 * Lower case that keeps every offset: `toLowerCase` turns a few characters ("İ") into two code units,
 * which would shift every position after them.
 */
function foldCase(value: string): string {
  const lower = value.toLowerCase();
  if (lower.length === value.length) return lower;
  let folded = '';
  for (const ch of value) {
    const low = ch.toLowerCase();
    folded += low.length === ch.length ? low : ch;
  }
  return folded;
}

/** Length of the common tail of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How well the text around [start, end) agrees with the selector's prefix and suffix, 0–1. Whitespace
 * is collapsed first: the extracted article separates paragraphs by blank lines, the page by markup.
 */
function contextScore(text: string, start: number, end: number, selector: QuoteSelector): number {
  const prefix = collapse(selector.prefix ?? '').trimStart();
  const suffix = collapse(selector.suffix ?? '').trimEnd();
  const before = collapse(text.slice(Math.max(0, start - prefix.length * 2 - 8), start));
  const after = collapse(text.slice(end, end + suffix.length * 2 + 8));
  const prefixScore = prefix ? commonSuffix(before.trimEnd(), prefix.trimEnd()) / prefix.trimEnd().length || 0 : 1;
  const suffixScore = suffix ? commonPrefix(after.trimStart(), suffix.trimStart()) / suffix.trimStart().length || 0 : 1;
  return (prefixScore + suffixScore) / 2;
}

function bestByContext(
  text: string,
  candidates: Array<{ start: number; end: number }>,
  selector: QuoteSelector,
): { start: number; end: number; context: number } | null {
  let best: { start: number; end: number; context: number } | null = null;
  for (const candidate of candidates) {
    const context = contextScore(text, candidate.start, candidate.end, selector);
    if (!best || context > best.context) best = { ...candidate, context };
  }
  return best;
}

function exactMatches(text: string, quote: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length });
  }
  return found;
}

/** Text without whitespace, and for each of its characters the offset it came from. */
let lastStripped: { text: string; stripped: string; origin: Int32Array } | null = null;

function stripWhitespace(text: string): { stripped: string; origin: Int32Array } {
  // Every claim of a page is matched against the same text: strip it once.
  if (lastStripped?.text === text) return lastStripped;
  const origin = new Int32Array(text.length);
  let stripped = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    stripped += ch;
    origin[n++] = i;
  }
  lastStripped = { text, stripped, origin: origin.subarray(0, n) };
  return lastStripped;
}

function whitespaceMatches(text: string, quote: string): Array<{ start: number; end: number }> {
  const needle = quote.replace(/\s+/g, '');
  if (!needle) return [];
  const { stripped, origin } = stripWhitespace(text);
  return exactMatches(stripped, needle).map(({ start, end }) => ({ start: origin[start]!, end: origin[end - 1]! + 1 }));
}

/**
 * Smallest edit distance of `pattern` against any substring of `window` ending at each position
 * (Sellers' algorithm); returns the end with the fewest edits, the earliest on ties.
 */
function bestEnd(pattern: string, window: string): { end: number; distance: number } {
  const m = pattern.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best = { end: 0, distance: m };
  for (let j = 1; j <= window.length; j++) {
    current[0] = 0;
    const ch = window[j - 1];
    for (let i = 1; i <= m; i++) {
      const substitute = previous[i - 1]! + (pattern[i - 1] === ch ? 0 : 1);
      current[i] = Math.min(substitute, previous[i]! + 1, current[i - 1]! + 1);
    }
    if (current[m]! < best.distance) best = { end: j, distance: current[m]! };
    [previous, current] = [current, previous];
  }
  return best;
}

const reverse = (value: string): string => [...value].reverse().join('');

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Start positions where the quote probably begins, by votes of the quote's words found in the text:
 * each occurrence of a quote word votes for "the quote starts here minus the word's offset in it".
 */
function candidateStarts(text: string, quote: string): number[] {
  const offsetsByWord = new Map<string, number[]>();
  let quoteWords = 0;
  for (const match of quote.matchAll(WORD)) {
    quoteWords++;
    const list = offsetsByWord.get(match[0]) ?? [];
    list.push(match.index);
    offsetsByWord.set(match[0], list);
  }
  if (quoteWords === 0) return [];
  const votes = new Map<number, number>();
  for (const match of foldCase(text).matchAll(WORD)) {
    const offsets = offsetsByWord.get(match[0]);
    if (!offsets) continue;
    for (const offset of offsets) {
      const bucket = Math.floor((match.index - offset) / BUCKET);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  // A window needs a third of the quote's words nearby to be worth an edit-distance check.
  const floor = Math.max(2, Math.ceil(quoteWords / 3));
  return [...votes.keys()]
    .map((bucket) => ({
      bucket,
      votes: (votes.get(bucket - 1) ?? 0) + votes.get(bucket)! + (votes.get(bucket + 1) ?? 0),
    }))
    .filter((candidate) => candidate.votes >= floor)
    .sort((a, b) => b.votes - a.votes || a.bucket - b.bucket)
    .slice(0, FUZZY_CANDIDATES)
    .map((candidate) => Math.max(0, candidate.bucket * BUCKET));
}

function fuzzyMatch(text: string, selector: QuoteSelector, maxErrorRatio: number): QuoteMatch | null {
  const quote = foldCase(collapse(selector.quote).trim());
  const maxErrors = Math.floor(quote.length * maxErrorRatio);
  let best: QuoteMatch | null = null;
  for (const start of candidateStarts(text, quote)) {
    const from = Math.max(0, start - maxErrors - BUCKET);
    const to = Math.min(text.length, start + quote.length + maxErrors + 2 * BUCKET);
    const window = foldCase(text.slice(from, to));
    const { end, distance } = bestEnd(quote, window);
    if (distance > maxErrors) continue;
    const startInWindow = end - bestEnd(reverse(quote), reverse(window.slice(0, end))).end;
    let matchStart = from + startInWindow;
    let matchEnd = from + end;
    while (matchStart < matchEnd && /\s/.test(text[matchStart]!)) matchStart++;
    while (matchEnd > matchStart && /\s/.test(text[matchEnd - 1]!)) matchEnd--;
    const similarity = 1 - distance / Math.max(1, quote.length);
    const score = similarity * (0.75 + 0.15 * contextScore(text, matchStart, matchEnd, selector));
    if (!best || score > best.score) best = { start: matchStart, end: matchEnd, score, method: 'fuzzy' };
  }
  return best;
}

/**
 * Where `selector.quote` is in `text`, or null. Exact occurrences win (the one whose surroundings best
 * match prefix and suffix, so a repeated sentence anchors to the right copy); then the same ignoring
 * whitespace (markup that glued or split words); then the closest approximate match within
 * `maxErrorRatio` edits. Scores: 0.9–1 exact, 0.85–0.95 whitespace-insensitive, below 0.9 fuzzy.
 */
export function matchQuote(text: string, selector: QuoteSelector, options: MatchOptions = {}): QuoteMatch | null {
  const quote = selector.quote;
  if (quote.trim() === '' || text === '') return null;
  const exact = bestByContext(text, exactMatches(text, quote), selector);
  if (exact) return { start: exact.start, end: exact.end, score: 0.9 + 0.1 * exact.context, method: 'exact' };
  const loose = bestByContext(text, whitespaceMatches(text, quote), selector);
  if (loose) return { start: loose.start, end: loose.end, score: 0.85 + 0.1 * loose.context, method: 'whitespace' };
  return fuzzyMatch(text, selector, options.maxErrorRatio ?? DEFAULT_MAX_ERROR_RATIO);
}
