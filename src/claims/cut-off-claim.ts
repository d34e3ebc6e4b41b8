/**
 * Whether a known claim's text was cut off mid-sentence. Fact-check datasets hold such fragments
 * ("Video clip shows a", "The U.S. dollar will officially collapse after"): a scraper stopped at a
 * title in italics, a field had a length limit. A fragment has almost none of its content left, so the
 * little it has (a name, "video") can look like agreement with a page sentence that says much more; it
 * is kept as the dataset's data, but never shown as corroborating or conflicting (engine/analyzer.ts).
 *
 * The signs are in how the text ends, read in English, the language the analyzer reads: a word that
 * needs another after it (an article, a possessive, a conjunction), a preposition with no sentence end
 * after it, a quotation or bracket left open, a trailing "…" or a trailing comma, colon or dash. What
 * ends a complete sentence is left alone: a stranded preposition closed by its full stop or question
 * mark ("What is it for?", "the house he had broken into."), a particle that is not a function word
 * ("He gave up.", "It was a long way off"), a pronoun or auxiliary ("…to reject it", "…than they are"),
 * a capital letter that is a name ("Vitamin A", "Chick-fil-A"), an ellipsis after a full stop or inside
 * a closed quotation, a quotation left open by a text that ends its sentence (a quotation running on
 * into the next sentence, as the built-in dataset's sentences do).
 */
import { FUNCTION_WORDS } from '../extract/function-words';
import { startsUpperCase, tokenize } from '../nlp/tokenize';

/** Which sign of a cut a text shows (the first one found, in the order of the module comment). */
export type CutOffSign =
  | 'open-word'
  | 'open-preposition'
  | 'open-quote'
  | 'open-bracket'
  | 'trailing-ellipsis'
  | 'trailing-separator';

/** Words written with a space between them, as a set. */
function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/**
 * English function words that can end a complete sentence: pronouns ("…reject it", "…rape her", "not
 * his"), auxiliaries and "said" ("…than they are", "…what he said"), wh-words, demonstratives and a few
 * adverbs ("…and more", "…built there"). CheckThat!'s verified claims end on them hundreds of times
 * with a full stop, complete each time; three end on them with none, cut ("…missing from his"), which
 * this misses rather than doubt every "…tried to rape her" written without a full stop.
 */
const MAY_END = wordSet(
  'it he his she her they them we you this that these those is was are were be been have has had will would ' +
    'can could said which who what when how not more there also',
);

/**
 * Prepositions and subordinators that end a sentence only when stranded, and a stranded one is closed
 * by its full stop or question mark ("…no one could find a use for.", "…where they came from.”"); with
 * nothing after it, the object was cut ("…killed by a hunter in"). A dataset that writes its sentences
 * without full stops has its rare stranded ones and particles counted as cut ("…a brown dog looks
 * on"): that is what this trades (docs/quality.md, issue 13, has the counts).
 */
const STRANDABLE = wordSet('of to in for on with as by at from after about into if');

/**
 * Closed-class words the language lists leave out (they hold a language's commonest words, enough to
 * tell languages apart): determiners that need a noun after them, and prepositions and conjunctions
 * read as `STRANDABLE`'s are. Words that also end sentences as adverbs or pronouns ("over", "since",
 * "any", "each") are not among them.
 */
const MORE_DETERMINERS = wordSet('every my your whose');
const MORE_STRANDABLE = wordSet(
  'until during within without between against upon among per via despite including ' +
    'nor whether unless although because',
);

/**
 * The English function words that need a word after them whatever follows: articles, possessive
 * determiners, conjunctions and "than" ("Video clip shows a", "…moving its", "…pilots and"). The
 * language list's words are sorted by exclusion, so a word added to it is read as needing one unless it
 * is listed above (a unit test names them all).
 */
export const NEEDS_A_WORD_AFTER: ReadonlySet<string> = new Set([
  ...(FUNCTION_WORDS.en ?? []).filter((word) => !MAY_END.has(word) && !STRANDABLE.has(word)),
  ...MORE_DETERMINERS,
]);

/** Words that end a sentence only when stranded (`STRANDABLE` and more). */
const ENDS_ONLY_STRANDED: ReadonlySet<string> = new Set([...STRANDABLE, ...MORE_STRANDABLE]);

/** How far back from the end the last word is looked for: longer than any English word with its punctuation. */
const TAIL_CHARS = 64;

const TRAILING_ELLIPSIS = /[[(]?(?:\.\.\.|…)[\])]*$/;
const TRAILING_SEPARATOR = /[,;:\-–—]$/;
/** A sentence's end after the last word, closing quotes and brackets allowed around it. */
const SENTENCE_END = /[.!?]/;
/** A text that ends a sentence: a full stop, question or exclamation mark, then only closing marks. */
const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/;

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** Double quotation marks: the curly and angle ones say which side they are on, the straight one does not. */
const DOUBLE_QUOTES = /[“”"«»]/g;
const OPENS_AFTER = /[\s([{—–-]/;

/**
 * A quotation left open: the last double quotation mark opens one (“, «, or a straight one after a
 * space with a word after it: not an inch mark, nor a stray mark at the very end), or a single opening
 * quote has no closing one, apostrophe or prime after it (the closing quote is also the apostrophe, so
 * only what follows the last opening one tells). Only the last mark is read: datasets mix curly and
 * straight marks, even within one quotation.
 */
function hasOpenQuote(text: string): boolean {
  let last = -1;
  for (const match of text.matchAll(DOUBLE_QUOTES)) last = match.index;
  if (last >= 0 && last < text.length - 1) {
    const mark = text[last]!;
    if (mark === '“' || mark === '«') return true;
    if (mark === '"' && (last === 0 || OPENS_AFTER.test(text[last - 1]!)) && !/\s/.test(text[last + 1]!)) return true;
  }
  const single = text.lastIndexOf('‘');
  return single >= 0 && !/[’'′]/.test(text.slice(single + 1));
}

function hasOpenBracket(text: string): boolean {
  return count(text, '(') > count(text, ')') || count(text, '[') > count(text, ']');
}

/** An ellipsis (or an omission in brackets, "[…]") at the end, after words that do not end their sentence. */
function hasTrailingEllipsis(text: string): boolean {
  const found = TRAILING_ELLIPSIS.exec(text);
  // "…is sinking. ..." says that more sentences followed, not that this one was cut.
  return found !== null && !ENDS_SENTENCE.test(text.slice(0, found.index).trimEnd());
}

/** Whether the word at `start` starts a sentence: the text's, or one after a full stop, question or exclamation. */
function startsSentence(text: string, start: number): boolean {
  const before = text
    .slice(0, start)
    .replace(/["“‘(]+$/, '')
    .trimEnd();
  return before === '' || ENDS_SENTENCE.test(before);
}

const LETTER = /\p{L}/u;

/**
 * The text's last run of letters, lower-cased. Nearly every claim ends on a word that is none of the
 * listed ones, and this tells so at a fraction of the tokenizer's cost (it stems every word): CheckThat!'s
 * 14,231 claims are read in 10–20 ms instead of 100–200 at import. Only a listed word is tokenized.
 */
function lastLetters(text: string): string {
  let end = text.length;
  while (end > 0 && !LETTER.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** The sign in the text's last word, if any. */
function lastWordSign(text: string): CutOffSign | null {
  const letters = lastLetters(text);
  if (!NEEDS_A_WORD_AFTER.has(letters) && !ENDS_ONLY_STRANDED.has(letters)) return null;
  const from = Math.max(0, text.lastIndexOf(' ', text.length - TAIL_CHARS));
  const tokens = tokenize(text.slice(from));
  const last = tokens[tokens.length - 1];
  if (!last || last.isNumber) return null;
  // A capital is a name or a letter ("Vitamin A", "FOR") unless a word so written starts its sentence ("The").
  const shouted = last.text.length > 1 && last.text === last.text.toUpperCase();
  if (startsUpperCase(last.text) && (shouted || !startsSentence(text, from + last.start))) return null;
  if (NEEDS_A_WORD_AFTER.has(last.norm)) return 'open-word';
  if (ENDS_ONLY_STRANDED.has(last.norm) && !SENTENCE_END.test(text.slice(from + last.end))) return 'open-preposition';
  return null;
}

/** The first sign that `text` was cut off mid-sentence, or null when it reads as complete. */
export function cutOffSign(text: string): CutOffSign | null {
  const trimmed = text.trimEnd();
  if (trimmed === '') return null;
  return (
    lastWordSign(trimmed) ??
    // A quotation or bracket left open in a text that ends its sentence lost its closing mark, not its end.
    (!ENDS_SENTENCE.test(trimmed) && hasOpenQuote(trimmed) ? 'open-quote' : null) ??
    (!ENDS_SENTENCE.test(trimmed) && hasOpenBracket(trimmed) ? 'open-bracket' : null) ??
    (hasTrailingEllipsis(trimmed) ? 'trailing-ellipsis' : null) ??
    (TRAILING_SEPARATOR.test(trimmed) ? 'trailing-separator' : null)
  );
}

/** Whether `text` looks cut off mid-sentence (`cutOffSign`). */
export function looksCutOff(text: string): boolean {
  return cutOffSign(text) !== null;
}
