/**
 * What a sentence-opening "It" stands for. News prose restates a thing in the sentence after the one
 * that names it ("Article 5 is the collective defense clause in NATO's founding treaty. It states that
 * an armed attack against one member…"), and a sentence read alone has lost its subject. The antecedent
 * is the previous sentence's subject, found only where it is plain to see: a short noun phrase that
 * opens the sentence and ends at an auxiliary ("is", "would", "has"). Anything less certain resolves
 * to nothing, which costs only the match the pronoun would have made.
 */
import { tokenize, type Token } from './tokenize';
import { AUXILIARIES } from './verb-forms';

/** Verbs after which "it" is a placeholder ("It is clear that…", "It remains to be seen whether…"). */
const PLACEHOLDER_VERBS = new Set([
  'is',
  'was',
  'be',
  'been',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
  'becomes',
  'became',
  'become',
  'takes',
  'took',
  'makes',
  'made',
]);
/** What follows a placeholder "it" within a few words: the clause it stands in for. */
const PLACEHOLDER_COMPLEMENTS = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'when', 'what', 'who', 'as']);
/** Words after which a placeholder's complement must come to count ("It has become increasingly clear that"). */
const PLACEHOLDER_WINDOW = 5;
/** A subject this long is more likely a fronted clause than a noun phrase. */
const MAX_SUBJECT_TOKENS = 6;
/** Subjects that are themselves references (resolved by the chain, never as words) or no thing at all. */
const NOT_A_THING = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'what',
  'which',
  'who',
  'one',
  'some',
  'many',
  'all',
  'none',
  'each',
]);
/** Openers of a fronted phrase or clause: the subject comes later, past what this rule reads. */
const FRONTED = new Set([
  'while',
  'although',
  'though',
  'as',
  'if',
  'when',
  'because',
  'since',
  'after',
  'before',
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'without',
  'according',
  'despite',
  'unlike',
  'like',
  'but',
  'and',
  'so',
  'yet',
  'instead',
  'rather',
  'however',
  'meanwhile',
  'still',
  'also',
  'once',
  'until',
  'to',
  'from',
  'under',
  'over',
]);

/** Whether the sentence opens with a referring "It" (not "It is clear that…", not "It's time to…"). */
export function opensWithReferringIt(tokens: readonly Token[]): boolean {
  if (tokens[0]?.norm !== 'it' || !/^it\b/i.test(tokens[0].text)) return false;
  // "It's" tokenises as "it" with the verb folded away; its complement still shows it is a placeholder.
  const verbs = tokens[0].text.length > 2 ? ['is'] : [];
  for (let i = 1; i < tokens.length && i <= PLACEHOLDER_WINDOW; i++) {
    const norm = tokens[i]!.norm;
    if (PLACEHOLDER_VERBS.has(norm)) verbs.push(norm);
    if (verbs.length > 0 && PLACEHOLDER_COMPLEMENTS.has(norm)) return false;
  }
  return true;
}

/** The opening noun phrase of `sentence` when an auxiliary plainly ends it, else null. */
function openingSubject(sentence: string): string | null {
  const tokens = tokenize(sentence);
  const first = tokens[0];
  if (!first || FRONTED.has(first.norm) || NOT_A_THING.has(first.norm)) return null;
  if (/^[“"‘']/.test(sentence.trimStart())) return null;
  for (let k = 1; k < tokens.length && k <= MAX_SUBJECT_TOKENS; k++) {
    // A comma or dash inside means a fronted phrase or an aside, not one noun phrase.
    if (/[,;:–—()]/.test(sentence.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    if (AUXILIARIES.has(tokens[k]!.norm)) return sentence.slice(first.start, tokens[k - 1]!.end);
  }
  return null;
}

/**
 * The antecedent of `sentence`'s opening "It": the subject of `previous`, or, when `previous` opens with
 * a resolved "It" itself, that one's antecedent (`previousAntecedent`): "Article 5 is… It states… It has
 * been invoked only once" all speak of Article 5. Null when the sentence opens otherwise or nothing is plain.
 */
export function openingItAntecedent(
  sentence: string,
  previous: string | null,
  previousAntecedent: string | null = null,
): string | null {
  // Most sentences do not open with "it": the look at the text spares tokenising them (the analyzer
  // runs this over every page sentence before analyzing each).
  if (previous === null || !/^[^\p{L}\p{N}]*it\b/iu.test(sentence) || !opensWithReferringIt(tokenize(sentence)))
    return null;
  if (opensWithReferringIt(tokenize(previous))) return previousAntecedent;
  return openingSubject(previous);
}

/** Each sentence's antecedent in reading order (see `openingItAntecedent`), null where there is none. */
export function openingItAntecedents(sentences: readonly string[]): Array<string | null> {
  const antecedents: Array<string | null> = [];
  sentences.forEach((sentence, i) => {
    antecedents.push(
      openingItAntecedent(sentence, i > 0 ? sentences[i - 1]! : null, i > 0 ? antecedents[i - 1]! : null),
    );
  });
  return antecedents;
}
