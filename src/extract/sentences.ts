/** Sentence segmentation with `Intl.Segmenter`, repaired where ICU's rules split news prose wrongly. */

/** A sentence and its character offsets in the text it was cut from. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Abbreviations after which ICU breaks a sentence although news prose continues it
 * ("U.S. President Donald Trump", "Gen. Milley"). Lower-cased, without the final period.
 */
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'sen',
  'rep', 'gov', 'pres', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'i.e', 'e.g',
]);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s(“"'])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]{1,5})\.$/.exec(sentence.trimEnd());
  return match !== null && NON_TERMINAL_ABBREVIATIONS.has(match[1]!.toLowerCase());
}

/**
 * Splits `text` into sentences, trimmed, with offsets into `text`. Paragraph breaks (blank lines or
 * single newlines) always end a sentence, so headings and list items never run into the next line.
 */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const segmenter = segmenterFor(lang);
  const spans: SentenceSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    let pending: SentenceSpan | null = null;
    for (const piece of segmenter.segment(line[0])) {
      const trimmed = piece.segment.trim();
      if (!trimmed) continue;
      const start = lineStart + piece.index + piece.segment.indexOf(trimmed);
      const span = { text: trimmed, start, end: start + trimmed.length };
      if (pending && endsWithAbbreviation(pending.text)) {
        pending = { text: text.slice(pending.start, span.end), start: pending.start, end: span.end };
      } else {
        if (pending) spans.push(pending);
        pending = span;
      }
    }
    if (pending) spans.push(pending);
  }
  return spans;
}
