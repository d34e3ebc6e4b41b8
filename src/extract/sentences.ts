/** Sentence segmentation with `Intl.Segmenter`, repaired where ICU's rules split news prose wrongly. */
import { isFalseBreak } from './false-breaks';

/** A sentence and its character offsets in the text it was cut from. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A page's `lang` can be anything ("en_US", "x-klingon"); a malformed tag must not cost the article.
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * Makes the first segmenter now, so that the first split does not pay for it: in a browser the first
 * `Intl.Segmenter` of a process loads ICU's break rules (13–26 ms), later ones of any language are cheap.
 * The worker calls it while a page is being read.
 */
export function prepareSegmenter(lang = 'en'): void {
  segmenterFor(lang);
}

/**
 * A sentence end with no space after it ("…future aggression.Understanding the nuances…"), common in
 * scraped text where a block boundary lost its whitespace. ICU never breaks there, because "word.Word"
 * is also how "ASP.NET" or a domain looks; two lower-case letters before and a capitalised word after
 * keep those out, and `looksLikeAddress` below rules out URLs and e-mail addresses.
 */
const RUN_ON_BOUNDARY = /(?<=\p{Ll}{2}[.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;

/**
 * Longest token looked at when deciding whether a run-on boundary sits inside an address: real URLs and
 * addresses are shorter, and looking further back would make a hostile page of "ab.Cd" repeated for
 * 200,000 characters cost quadratic time.
 */
const MAX_ADDRESS_CHARS = 256;

function looksLikeAddress(textBefore: string): boolean {
  let start = textBefore.length;
  while (start > 0 && textBefore.length - start < MAX_ADDRESS_CHARS && !/\s/.test(textBefore[start - 1]!)) start--;
  const token = textBefore.slice(start);
  // Two dots in one token ("example.co.uk", "U.S.Army") is what `\.\S*\.` meant; indexOf keeps it linear.
  return /[/@]|www\./.test(token) || token.indexOf('.') !== token.lastIndexOf('.');
}

/** Cuts `span` where a sentence ended without a following space. */
function splitRunOns(span: SentenceSpan): SentenceSpan[] {
  const cuts = [...span.text.matchAll(RUN_ON_BOUNDARY)]
    .map((match) => match.index)
    .filter((index) => !looksLikeAddress(span.text.slice(0, index)));
  if (cuts.length === 0) return [span];
  const pieces: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, span.text.length]) {
    const text = span.text.slice(from, cut);
    pieces.push({ text, start: span.start + from, end: span.start + cut });
    from = cut;
  }
  return pieces;
}

/**
 * Longest stretch handed to `Intl.Segmenter` at once. Its time grows faster than linearly with the
 * length of the string it walks (a 200,000-character line takes seconds in V8, 10,000 characters
 * milliseconds), and a hostile page can be one endless line. Longer lines are cut at a sentence end
 * (or else a space) before the limit; breaks inside a chunk are exactly ICU's, and a cut that falls
 * inside a sentence is mended like any other false break.
 */
const MAX_SEGMENTER_CHARS = 8_000;

/** Where to cut `line` at or before `limit`: after the last ". " (or "。"), else the last space, else at the limit. */
function chunkEnd(line: string, from: number, limit: number): number {
  const window = line.slice(from, limit);
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '。', '！', '？'].map((mark) => window.lastIndexOf(mark)));
  if (sentenceEnd > window.length / 2) return from + sentenceEnd + (window[sentenceEnd + 1] === ' ' ? 2 : 1);
  const space = window.lastIndexOf(' ');
  return space > window.length / 2 ? from + space + 1 : limit;
}

/** ICU's sentence segments of `line`, walked in chunks of at most {@link MAX_SEGMENTER_CHARS}. */
function* segmentsOf(segmenter: Intl.Segmenter, line: string): Generator<{ segment: string; index: number }> {
  for (let from = 0; from < line.length; ) {
    const to =
      line.length - from <= MAX_SEGMENTER_CHARS ? line.length : chunkEnd(line, from, from + MAX_SEGMENTER_CHARS);
    for (const piece of segmenter.segment(line.slice(from, to)))
      yield { segment: piece.segment, index: from + piece.index };
    from = to;
  }
}

/**
 * Splits `text` into sentences, trimmed, with offsets into `text` (`text.slice(start, end) === span.text`).
 * Line breaks always end a sentence, so headings and list items never run into the next line. Text
 * without final punctuation is still a sentence; abbreviations ("U.S. President", "Mr. Putin",
 * "No. 10") and quoted questions ("'Why?' he asked.") do not end one, see `isFalseBreak`.
 */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const segmenter = segmenterFor(lang);
  const spans: SentenceSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    let pending: SentenceSpan | null = null;
    for (const piece of segmentsOf(segmenter, line[0])) {
      const trimmed = piece.segment.trim();
      if (!trimmed) continue;
      const start = lineStart + piece.index + piece.segment.indexOf(trimmed);
      const span = { text: trimmed, start, end: start + trimmed.length };
      if (pending && isFalseBreak(pending.text, span.text)) {
        pending = { text: text.slice(pending.start, span.end), start: pending.start, end: span.end };
      } else {
        if (pending) spans.push(...splitRunOns(pending));
        pending = span;
      }
    }
    if (pending) spans.push(...splitRunOns(pending));
  }
  return spans;
}
