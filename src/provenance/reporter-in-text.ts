/**
 * A first reporter named in a claim's sentence where the attribution phrase does not carry it: a wire
 * dateline ("KYIV (AFP) — …") and a trailing "…, a senior official said, speaking to Bloomberg", which
 * the speaker search stops before. Only phrasings that tie the reporter to the sentence's own speaker
 * are read: "…, while a diplomat told AFP …" names AFP for someone else's words, so "told" is not one.
 */
import { isQuoted, layOutQuotes } from './attribution-quotes';
import { knownOrganisation, nameKey } from './news-organisations';
import { recogniseReporter, type Reporter } from './reporter-phrase';

/** "KYIV (AFP) —", "Washington (Reuters) -", "(AP) —" at the very start of a text. */
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{L}.'’ -]{0,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{0,30})?\s*)?\(([^()]{2,30})\)\s*(?:[-–—:]|--)\s*/u;

/** A reporting phrase whose object, if it is a newsroom, reported the sentence's own claim. */
const TRAILING =
  /\b(speaking\s+(?:to|with)|according\s+to|in\s+an?\s+(?:[\w’'-]+\s+){0,3}?interview\s+with)\s+((?:the\s+)?[\p{Lu}“"][^,.;:()“”"]{0,80})/giu;

/** A word every `TRAILING` match holds: without one, the pattern need not run. */
const TRAILING_WORDS = /speaking|according|interview/iu;

/** Words after a name that are circumstances, not part of it: "AFP on condition…", "CNN last week". */
const CIRCUMSTANCE =
  /\s+(?:on|in|at|last|this|earlier|late|during|after|before|that|who|when|while|as|and|but|about|over)\b.*$/i;

/** The wire a dateline credits ("KYIV (AFP) —" → AFP), or null: only known organisations count. */
export function datelineReporter(text: string): Reporter | null {
  if (!text.includes('(')) return null; // most sentences: the pattern cannot match
  const credit = DATELINE.exec(text)?.[1];
  if (credit === undefined) return null;
  // "(Reuters)" credits a newsroom; "(Reuters/Ipsos)" or "(pictured)" do not, and need no guessing.
  const known = knownOrganisation(credit.trim());
  return known ? { name: known.name, key: nameKey(known.name), wire: known.wire } : null;
}

/**
 * The one newsroom the sentence says it was said to or reported by, outside quotations, or null when it
 * names none or several (then no single reporter can be told).
 */
export function reporterInText(text: string): Reporter | null {
  const dateline = datelineReporter(text);
  if (dateline) return dateline;
  // Chains are made for every claim a page is matched with: most sentences have none of the phrases.
  if (!TRAILING_WORDS.test(text)) return null;
  const layout = layOutQuotes(text);
  const found = new Map<string, Reporter>();
  for (const match of text.matchAll(TRAILING)) {
    if (isQuoted(layout, match.index)) continue;
    const context = /interview/i.test(match[1]!) ? 'interview' : 'told';
    const reporter = recogniseReporter(match[2]!.replace(CIRCUMSTANCE, ''), context);
    if (reporter) found.set(reporter.key, reporter);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
