/**
 * Where ICU's sentence rules break inside a sentence of news prose, and how to tell.
 *
 * 1. After any "word. Capital", so "U.S. President Donald Trump" and "Mr. Putin" come out cut in two.
 *    A plain list of abbreviations over-corrects the other way ("Did they? No. Rutte explicitly
 *    stated…", where "No." is a whole answer), so abbreviations are grouped by what may follow them.
 * 2. After every "?" or "!", so a quoted question and its attribution ("'Is it over?' he asked.")
 *    come out as two sentences, and the attribution loses the quote it belongs to.
 */

/**
 * Titles and the like: in news prose they are followed by the name they belong to, never by a new
 * sentence. Lower-case, without the final period.
 */
const ALWAYS_CONTINUE = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mme',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'sgt',
  'cpl',
  'capt',
  'cmdr',
  'adm',
  'sen',
  'rep',
  'gov',
  'pres',
  'amb',
  'rev',
  'hon',
  'fr',
  'vs',
  'i.e',
  'e.g',
  'cf',
  'approx',
  'ca',
]);

/**
 * Abbreviations that introduce a number ("No. 10 Downing Street", "Vol. 3"). Followed by anything but a
 * digit they are ordinary words: "No." is a whole answer, "art." ends a sentence about art.
 */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'art', 'fig', 'pp', 'p', 'ch', 'sec']);

/**
 * Abbreviations that end sentences as often as they sit inside them ("…in the U.S. The next day…",
 * "…at 3 p.m. Tuesday", "St. Petersburg" but "…on Main St. The shop…"). Dotted initialisms and
 * single capital initials are handled by pattern.
 */
const MAY_END = new Set([
  'st',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'bros',
  'jr',
  'sr',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Words that start sentences but almost never follow "U.S." or "Inc." inside one. After an ambiguous
 * abbreviation, one of these (or an opening quote) means the abbreviation's period also ended the
 * sentence. A closed list is deliberate: proper nouns after "U.S." ("U.S. Army") must keep joining.
 */
const SENTENCE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'you',
  'his',
  'her',
  'its',
  'our',
  'their',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'if',
  'when',
  'while',
  'as',
  'after',
  'before',
  'since',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'to',
  'of',
  'what',
  'who',
  'why',
  'how',
  'where',
  'which',
  'some',
  'many',
  'most',
  'all',
  'one',
  'no',
  'not',
  'however',
  'meanwhile',
  'still',
  'then',
  'now',
  'also',
  'although',
  'though',
  'despite',
  'according',
]);

/**
 * How far back from a break the abbreviation before it is looked for. Abbreviations are short; an
 * unanchored search through the whole sentence so far would make a page of "U.S. Mr. No." repeated
 * 200,000 characters long take quadratic time (seconds in the reader's tab).
 */
const ABBREVIATION_WINDOW = 100;

/** The token before a sentence-final period: "U.S", "Mr", "F"; null when the text does not end so. */
function finalAbbreviation(sentence: string): string | null {
  const match = /(?:^|[\s(“"'‘])((?:[A-Za-z]\.)*[A-Za-z]+)\.$/.exec(sentence.slice(-ABBREVIATION_WINDOW).trimEnd());
  return match ? match[1]! : null;
}

/** The first word of `text` (letters or digits); null when it opens with a quote or other mark. */
function firstWord(text: string): string | null {
  const match = /^[\p{L}\p{N}]+/u.exec(text.trimStart());
  return match ? match[0] : null;
}

/** True when the period ending `before` is an abbreviation that `after` continues. */
function continuesAfterAbbreviation(before: string, after: string): boolean {
  const token = finalAbbreviation(before);
  if (token === null) return false;
  const key = token.toLowerCase();
  const next = firstWord(after);
  if (ALWAYS_CONTINUE.has(key)) return true;
  if (BEFORE_NUMBER.has(key)) return next !== null && /^\p{N}/u.test(next);
  const isInitialism = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token) || /^[A-Z]$/.test(token);
  if (isInitialism || MAY_END.has(key)) {
    return next !== null && !SENTENCE_OPENERS.has(next.toLowerCase());
  }
  return false;
}

/**
 * True when ICU's break between `before` (the sentence it ended) and `after` (the one it started) falls
 * inside a sentence: after an abbreviation that `after` continues, or before a lower-case word, which
 * ICU allows only after "?" or "!" and which in prose means the sentence goes on ("…over?" he asked).
 */
export function isFalseBreak(before: string, after: string): boolean {
  return /^\p{Ll}/u.test(after) || continuesAfterAbbreviation(before, after);
}
