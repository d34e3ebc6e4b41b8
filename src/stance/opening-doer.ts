/**
 * Two sentences that open with different names doing the same thing ("Toyota recalled a million cars…" /
 * "Honda recalled one million cars…") report two doers, whatever the verb: the lexicon's events
 * (named-actors.ts) know who did what only for the verbs they list. A corroboration is a source saying
 * what the page says, and another doer is not that.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import { isAcronymOf, nameSpans, sameNamed, type NameSpan } from '../nlp/names';
import { STOPWORDS } from '../nlp/stopwords';
import { startsUpperCase } from '../nlp/tokenize';
import type { WordVectors } from '../nlp/word-vectors';
import { opensWithName } from './specific-content';

/** The name a sentence opens with and the stem of the word after it. */
type OpeningDoer = { name: NameSpan; verb: string } | null;

/**
 * The name a sentence opens with and the stem of the word after it, when that word is lower-case content.
 * A lone first word is a name only if it is no everyday word (`opensWithName`): every sentence's first
 * word has a capital ("Video replays suggested…").
 */
function openingDoer(analysis: SentenceAnalysis, vectors: WordVectors): OpeningDoer {
  const { tokens } = analysis;
  const spans = nameSpans({
    text: analysis.text,
    tokens,
    entities: new Array(tokens.length).fill(null),
    excluded: new Uint8Array(tokens.length),
  });
  const name = spans[0];
  // "The Federal Reserve kept…" opens with its name as much as "Toyota recalled…" does.
  if (!name || name.first !== (tokens[0]?.norm === 'the' ? 1 : 0)) return null;
  if (name.first === 0 && name.last === 0 && !opensWithName(analysis, vectors)) return null;
  const next = tokens[name.last + 1];
  if (!next || next.isNumber || startsUpperCase(next.text) || STOPWORDS.has(next.norm)) return null;
  return { name, verb: next.stem };
}

/** Whether the two open with two different names followed by one word ("Toyota recalled" / "Honda recalled"). */
export function openingDoersDiffer(page: SentenceAnalysis, source: SentenceAnalysis, vectors: WordVectors): boolean {
  const a = openingDoer(page, vectors);
  if (!a) return false;
  const b = openingDoer(source, vectors);
  return (
    b !== null &&
    a.verb === b.verb &&
    !sameNamed(a.name, b.name) &&
    !isAcronymOf(a.name, b.name) &&
    !isAcronymOf(b.name, a.name)
  );
}
