/**
 * Where a sentence's quotations are, so attribution can tell the reporter's words from a speaker's and
 * notice a quotation that a sentence splitter cut across several sentences.
 */

/** A quotation's extent in a sentence: `start` is its opening mark, `end` its closing mark (exclusive). */
export interface QuoteRange {
  start: number;
  end: number;
  /** The quoted words end with punctuation (`…,”`), as a quoted *statement* does; a quoted title does not. */
  endsClause: boolean;
}

/** The quotations of one sentence and how the sentence sits relative to quotations around it. */
export interface QuoteLayout {
  ranges: QuoteRange[];
  /** The sentence opens inside a quotation begun in an earlier sentence (its first mark closes one). */
  startsInside: boolean;
  /** A quotation is still open at the end of the sentence, so the next sentence continues it. */
  endsInside: boolean;
  /** The whole sentence is one quotation (`“We’re holding.”`). */
  wholeQuote: boolean;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const CLAUSE_END = /[,.!?…]/;

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/**
 * Lays out the double quotations of `sentence` in one linear pass. Single quotes are ignored: `’` is far
 * more often an apostrophe (“Trump’s”) than a quotation mark. Straight `"` marks and a `”` used as an
 * opening mark (sloppy copy: `any ”significant”`) are read by the spaces around them.
 */
export function layOutQuotes(sentence: string): QuoteLayout {
  const ranges: QuoteRange[] = [];
  let openAt: number | null = null;
  let startsInside = false;
  const close = (start: number, end: number): void => {
    ranges.push({ start, end: end + 1, endsClause: CLAUSE_END.test(sentence[end - 1] ?? '') });
    openAt = null;
  };
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]!;
    if (char !== '"' && !OPENING.has(char) && !CLOSING.has(char)) continue;
    const before = sentence[i - 1];
    const after = sentence[i + 1];
    if (openAt !== null) {
      if (!OPENING.has(char)) close(openAt, i);
      continue;
    }
    const looksOpening = OPENING.has(char) || ((isSpace(before) || before === '(') && !isSpace(after));
    if (looksOpening) {
      openAt = i;
    } else if (ranges.length === 0 && !startsInside) {
      // A closing mark before any opening one: the quotation began in the previous sentence.
      startsInside = true;
      close(0, i);
    }
  }
  const endsInside = openAt !== null;
  if (openAt !== null) ranges.push({ start: openAt, end: sentence.length, endsClause: false });
  const trimmed = sentence.trim();
  const first = ranges[0];
  const lead = sentence.length - sentence.trimStart().length;
  const wholeQuote =
    ranges.length === 1 &&
    first !== undefined &&
    !startsInside &&
    !endsInside &&
    first.start === lead &&
    /^[.!?…]*$/.test(sentence.slice(first.end).trim()) &&
    trimmed.length > 2;
  return { ranges, startsInside, endsInside, wholeQuote };
}

/** True when `index` lies inside one of `layout`'s quotations (marks included). */
export function isQuoted(layout: QuoteLayout, index: number): boolean {
  return layout.ranges.some((range) => index >= range.start && index < range.end);
}
