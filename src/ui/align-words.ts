/**
 * Word-by-word alignment of a page sentence with a source sentence, for the side-by-side view: which
 * words both say, which one side changed, and which only one side has. A longest common subsequence
 * over normalised words, so "The US" and "the U.S." still line up while the actors that differ do not.
 */

/** How a run of words relates across the two sentences. */
export type AlignOp = 'equal' | 'changed' | 'deleted' | 'inserted';

/** Character offsets into one sentence, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * One run of the alignment. `equal` and `changed` have both spans; `deleted` words are only on the
 * page (`source` null), `inserted` words only in the source (`page` null). Spans run from the first
 * word's first character to the last word's last, so punctuation between words of a run belongs to it.
 */
export interface AlignSegment {
  op: AlignOp;
  page: TextSpan | null;
  source: TextSpan | null;
}

/** A word with its offsets and the form it is compared by. */
export interface WordToken extends TextSpan {
  key: string;
}

/** Letters and digits, keeping inner apostrophes, dots and hyphens: "Trump's", "U.S.", "10,000", "high-level". */
const WORD = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*\.?/gu;

/**
 * Past this many words per side the quadratic table would cost more than the view is worth (a news
 * sentence is 20–60 words); the tail beyond it is shown as one changed run instead of aligned.
 */
export const MAX_ALIGNED_WORDS = 400;

/**
 * The comparison key of a word: case, accents, dots in abbreviations and a possessive "'s" do not
 * make two words different ("U.S." = "US", "Trump's" = "Trump", "Zelenskyy" ≠ "Zelensky" still).
 */
export function wordKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[’'.]/g, '');
}

/** The words of `text` with their offsets. */
export function tokenizeWords(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => {
    // A trailing dot belongs to the word only for abbreviations ("U.S."), not at the sentence's end.
    const raw = /^(?:\p{L}\.)+$/u.test(match[0]) ? match[0] : match[0].replace(/\.$/, '');
    return { start: match.index, end: match.index + raw.length, key: wordKey(raw) };
  });
}

type Step = 'equal' | 'deleted' | 'inserted';

/** LCS steps over two key lists, preferring to keep runs of equal words together. */
function lcsSteps(a: string[], b: string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      steps.push('equal');
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      steps.push('deleted');
      i++;
    } else {
      steps.push('inserted');
      j++;
    }
  }
  while (i++ < n) steps.push('deleted');
  while (j++ < m) steps.push('inserted');
  return steps;
}

function spanOf(tokens: WordToken[], from: number, to: number): TextSpan | null {
  return to > from ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;
}

/**
 * Aligns `page` with `source` word by word. Every word of each sentence is in exactly one segment,
 * segments come in reading order on both sides, and a run of page-only words next to a run of
 * source-only words becomes one `changed` segment (the two sides say different things there).
 */
export function alignWords(page: string, source: string): AlignSegment[] {
  const pageWords = tokenizeWords(page);
  const sourceWords = tokenizeWords(source);
  const alignedPage = pageWords.slice(0, MAX_ALIGNED_WORDS);
  const alignedSource = sourceWords.slice(0, MAX_ALIGNED_WORDS);
  const steps = lcsSteps(
    alignedPage.map((word) => word.key),
    alignedSource.map((word) => word.key),
  );
  // Words past the cap join the trailing run of differences.
  for (let k = alignedPage.length; k < pageWords.length; k++) steps.push('deleted');
  for (let k = alignedSource.length; k < sourceWords.length; k++) steps.push('inserted');

  const segments: AlignSegment[] = [];
  let i = 0;
  let j = 0;
  let s = 0;
  while (s < steps.length) {
    const fromI = i;
    const fromJ = j;
    if (steps[s] === 'equal') {
      while (s < steps.length && steps[s] === 'equal') {
        i++;
        j++;
        s++;
      }
      segments.push({ op: 'equal', page: spanOf(pageWords, fromI, i), source: spanOf(sourceWords, fromJ, j) });
      continue;
    }
    while (s < steps.length && steps[s] !== 'equal') {
      if (steps[s] === 'deleted') i++;
      else j++;
      s++;
    }
    const pageSpan = spanOf(pageWords, fromI, i);
    const sourceSpan = spanOf(sourceWords, fromJ, j);
    const op: AlignOp = pageSpan && sourceSpan ? 'changed' : pageSpan ? 'deleted' : 'inserted';
    segments.push({ op, page: pageSpan, source: sourceSpan });
  }
  return segments;
}
