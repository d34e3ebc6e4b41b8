/**
 * Names in a sentence: runs of capitalised words ("Prime Minister Justin Trudeau", "Bank of England",
 * "Luiz Inácio Lula da Silva"), each with what tells whose name it is. No list of people is needed to
 * see that "Trudeau" and "Carney" are two people, or that "President Trump" and "Donald Trump" are one.
 */
import { LEXICON } from './lexicon';
import { STOPWORDS } from './stopwords';
import { startsUpperCase, type Token } from './tokenize';

/** A run of capitalised words naming someone or something. */
export interface NameSpan {
  /** First and last token. */
  first: number;
  last: number;
  /** Character offsets; a final possessive ("Trudeau's") is left out. */
  start: number;
  end: number;
  text: string;
  /**
   * What identifies it: office-holders and concepts by unit key ("@actor:trump", "@nato"), other words
   * by norm, titles ("President", "CEO") left out, in the order written. Never only countries: "the US"
   * acting stands for whoever leads it (differences.ts), so a country alone is not a name here.
   */
  identity: string[];
}

/** What the analysis knows about a token that belongs to a concept or office-holder unit. */
export interface TokenEntity {
  key: string;
  country: boolean;
}

/** What `nameSpans` reads of an analyzed sentence, token by token. */
export interface NameInput {
  text: string;
  tokens: readonly Token[];
  /** The concept or office-holder a token is part of. */
  entities: ReadonlyArray<TokenEntity | null>;
  /** Tokens that cannot be part of a name: dates, numbers, event words. */
  excluded: Uint8Array;
}

const TITLE_WORDS = new Set(LEXICON.titleWords);
const NOT_NAMES = new Set(LEXICON.notNames);
/** Lower-case words inside names: "Bank of England", "Lula da Silva", "Ursula von der Leyen". */
const CONNECTORS = new Set([
  'of',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'di',
  'la',
  'le',
  'bin',
  'al',
]);
/** What may stand between two words of one name: a space, an initial's period ("J. Trump"), a hyphen ("Jean-Luc"). */
const JOINING = new Set([' ', '\u00a0', '.', '-', '‐', '–']);

/** Whether only joining characters stand between tokens `k - 1` and `k`. */
function joinedGap(text: string, tokens: readonly Token[], k: number): boolean {
  for (let c = tokens[k - 1]!.end; c < tokens[k]!.start; c++) if (!JOINING.has(text[c]!)) return false;
  return true;
}

/**
 * A word that can be part of a name. A sentence's first word is capitalised anyway: it counts unless it
 * is a function word or a word that opens sentences without naming anyone ("Officials", "Yesterday").
 */
function nameLike(input: NameInput, i: number): boolean {
  const token = input.tokens[i]!;
  if (token.isNumber || input.excluded[i] || STOPWORDS.has(token.norm)) return false;
  if (token.isCapitalised) return true;
  return i === 0 && startsUpperCase(token.text) && !NOT_NAMES.has(token.norm);
}

function isPossessive(token: Token): boolean {
  return /['’]s$/i.test(token.text);
}

/** What identifies the span `first`…`last` (see NameSpan.identity); empty when nothing but titles and countries. */
function identityOf(input: NameInput, first: number, last: number): string[] {
  const identity: string[] = [];
  let named = false;
  for (let i = first; i <= last; i++) {
    const token = input.tokens[i]!;
    if (CONNECTORS.has(token.text) || TITLE_WORDS.has(token.norm)) continue;
    const entity = input.entities[i];
    const key = entity?.key ?? token.norm;
    if (!entity?.country) named = true;
    if (!identity.includes(key)) identity.push(key);
  }
  return named ? identity : [];
}

/** The names of a sentence, in order. */
export function nameSpans(input: NameInput): NameSpan[] {
  const { tokens, text } = input;
  const spans: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(input, i)) continue;
    let last = i;
    const joined = (k: number) => k < tokens.length && joinedGap(text, tokens, k) && nameLike(input, k);
    while (!isPossessive(tokens[last]!)) {
      const next = last + 1;
      if (joined(next)) last = next;
      else if (next < tokens.length && CONNECTORS.has(tokens[next]!.text) && joined(next + 1)) last = next + 1;
      else break;
    }
    const identity = identityOf(input, i, last);
    if (identity.length > 0) {
      const end = isPossessive(tokens[last]!) ? tokens[last]!.end - 2 : tokens[last]!.end;
      spans.push({ first: i, last, start: tokens[i]!.start, end, text: text.slice(tokens[i]!.start, end), identity });
    }
    i = last;
  }
  return spans;
}

/** "AP" for "Associated Press": `short`, in capitals, gives the initials of `long`'s capitalised words. */
export function isAcronymOf(short: NameSpan, long: NameSpan): boolean {
  const words = long.text.split(/\s+/).filter((word) => startsUpperCase(word));
  return (
    /^[A-Z]{2,}$/.test(short.text) &&
    words.length === short.text.length &&
    words.every((word, i) => word[0] === short.text[i])
  );
}

/**
 * Whether two names are of one person or thing: they share an identifying word, and when both have
 * several, their last ("Donald Trump" / "President Trump", "Tim Cook" / "Apple CEO Tim Cook"), so that
 * "Justin Trudeau" and "Justin Bieber", or "Bank of England" and "Bank of Canada", are two.
 */
export function sameNamed(a: NameSpan, b: NameSpan): boolean {
  if (!a.identity.some((key) => b.identity.includes(key))) return false;
  return a.identity.length === 1 || b.identity.length === 1 || a.identity.at(-1) === b.identity.at(-1);
}
