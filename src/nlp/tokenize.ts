/** Word tokens with character offsets, normalised for matching. */
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords';

/** One word or number of a sentence. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased, curly quotes folded, possessive `'s` dropped: the form phrase tables use. */
  norm: string;
  /** Porter stem of `norm` (numbers stay as written). */
  stem: string;
  start: number;
  end: number;
  isNumber: boolean;
  /** Written with a capital letter (and not only because it opens the sentence). */
  isCapitalised: boolean;
}

/**
 * Words (letters with inner apostrophes or periods, as in "U.S." and "Kyiv's") and numbers
 * ("10,000", "3.5", "37%"). Hyphens split, so "NATO-style" yields "NATO" and "style". One alternation with no nested quantifiers over the same characters, so
 * the scan is linear in the input (page text is untrusted).
 */
const TOKEN_PATTERN = /\d+(?:[.,]\d+)*%?|[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?/gu;

const NUMBER_PATTERN = /^\d/;

/**
 * The function words' stems, worked out once: they are nearly half of a sentence's words, and the
 * stemmer runs a dozen regular expressions on each word it is given.
 */
const FUNCTION_WORD_STEMS = new Map([...STOPWORDS].map((word) => [word, stemmer(word)]));

/**
 * Other words' stems, kept once worked out: news prose repeats its words, so packing 100,000 claims
 * (about two million words, some 60,000 distinct) stems each distinct word once. Emptied when full, so a
 * page of invented words cannot grow it without bound.
 */
const STEMS = new Map<string, string>();
const STEMS_KEPT = 65_536;

function stemOf(norm: string): string {
  let stem = FUNCTION_WORD_STEMS.get(norm) ?? STEMS.get(norm);
  if (stem === undefined) {
    if (STEMS.size === STEMS_KEPT) STEMS.clear();
    STEMS.set(norm, (stem = stemmer(norm)));
  }
  return stem;
}

/** Splits `text` into tokens. A trailing period is kept only for abbreviations such as "U.S.". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let first = true;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    let raw = match[0];
    if (raw.endsWith('.') && !/\.[\p{L}]+\.$/u.test(raw)) raw = raw.slice(0, -1);
    const start = match.index;
    const isNumber = NUMBER_PATTERN.test(raw);
    const norm = normaliseWord(raw);
    tokens.push({
      text: raw,
      norm,
      stem: isNumber ? norm : stemOf(norm),
      start,
      end: start + raw.length,
      isNumber,
      isCapitalised: !first && startsUpperCase(raw),
    });
    first = false;
  }
  return tokens;
}

/** Whether `word` starts with a capital letter (any script; ASCII without a regular expression). */
export function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** Lower-cases, folds curly apostrophes and drops the possessive: "Kyiv’s" → "kyiv", "U.S." → "u.s". */
export function normaliseWord(word: string): string {
  // Each step only when it can apply: most words need the lower-casing alone (tokenize runs for every
  // word of every page sentence and every stored claim).
  let norm = word.toLowerCase();
  if (norm.includes('’')) norm = norm.replace(/’/g, "'");
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  return norm.endsWith('.') ? norm.slice(0, -1) : norm;
}

/** The norms of tokens `i`… (`length` of them, fewer at the sentence's end) joined by spaces: a phrase as the tables spell it. */
export function phraseAt(tokens: readonly Token[], i: number, length: number): string {
  let phrase = tokens[i]?.norm ?? '';
  for (let k = i + 1; k < Math.min(i + length, tokens.length); k++) phrase += ` ${tokens[k]!.norm}`;
  return phrase;
}

/** The same phrase by stems. */
export function stemPhraseAt(tokens: readonly Token[], i: number, length: number): string {
  let phrase = tokens[i]?.stem ?? '';
  for (let k = i + 1; k < Math.min(i + length, tokens.length); k++) phrase += ` ${tokens[k]!.stem}`;
  return phrase;
}
