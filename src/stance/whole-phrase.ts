/**
 * Spans a reader can read: a difference is shown as a whole phrase of its sentence, never a piece cut
 * from a word, a hyphenated compound or a name ("The Trump" out of "The Trump-Putin Alaska Summit" read
 * as an actor beside "the Biden administration"). Applied to the spans a verdict shows, after the judge
 * has decided: the rules and the model read the spans the detector found, the reader sees them whole.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { Difference } from './verdict-types';

const WORD = /[\p{L}\p{N}]/u;
/** Characters that join two words into one compound when nothing separates them: "Trump-Putin", "Kyiv's". */
const JOINER = /[-‐‑'’]/u;

const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/**
 * `[start, end)` of `analysis.text` widened to whole words and compounds, then over the capitalised
 * words that continue a name it ends in ("Trump-Putin" → "Trump-Putin Alaska Summit").
 */
export function wholePhrase(analysis: SentenceAnalysis, [start, end]: readonly [number, number]): [number, number] {
  const text = analysis.text;
  let from = start;
  let to = end;
  const widen = () => {
    while (from > 0 && (isWord(text[from - 1]) || (JOINER.test(text[from - 1]!) && isWord(text[from - 2])))) from--;
    while (to < text.length && (isWord(text[to]) || (JOINER.test(text[to]!) && isWord(text[to + 1])))) to++;
  };
  widen();
  const tokens = analysis.tokens;
  const last = [...tokens].reverse().find((token) => token.start < to && token.end > from);
  if (last && /^\p{Lu}/u.test(last.text) && !last.isNumber) {
    for (const token of tokens) {
      if (token.start < to) continue;
      // Only a name's continuation: the next word, capitalised mid-sentence, nothing but a space between.
      // A date is not part of a name: "President Trump Monday signed".
      const dated = analysis.dates.some((date) => date.start <= token.start && token.end <= date.end);
      if (
        token.start - to > 1 ||
        text.slice(to, token.start).trim() !== '' ||
        !token.isCapitalised ||
        token.isNumber ||
        dated
      )
        break;
      to = token.end;
      widen();
    }
  }
  return [from, to];
}

/** `differences` with both spans whole phrases of `page` and `source`. */
export function withWholePhrases(
  differences: readonly Difference[],
  page: SentenceAnalysis,
  source: SentenceAnalysis,
): Difference[] {
  return differences.map((d) => {
    const [pageStart, pageEnd] = wholePhrase(page, [d.pageStart, d.pageEnd]);
    const [sourceStart, sourceEnd] = wholePhrase(source, [d.sourceStart, d.sourceEnd]);
    if (
      pageStart === d.pageStart &&
      pageEnd === d.pageEnd &&
      sourceStart === d.sourceStart &&
      sourceEnd === d.sourceEnd
    )
      return d;
    return {
      ...d,
      page: page.text.slice(pageStart, pageEnd),
      source: source.text.slice(sourceStart, sourceEnd),
      pageStart,
      pageEnd,
      sourceStart,
      sourceEnd,
    };
  });
}
