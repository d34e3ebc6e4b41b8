/**
 * Concepts: the different ways news prose names one thing. Word vectors do not know that "the Western
 * military alliance" is NATO, that "Washington" often means the US government, or that "boots on the
 * ground" are troops; the lexicon (assets/lexicon.json) does. A phrase (a sequence of token norms)
 * becomes one unit whose key is the concept id, so both sides of a paraphrase match exactly.
 */
import { stemmer } from 'stemmer';
import { LEXICON } from './lexicon';
import type { ConceptKind, LexiconEvent } from './lexicon-schema';

/** A concept and the phrases that name it. */
export interface Concept {
  id: string;
  /** The word whose vector stands for the concept when it is compared with ordinary words. */
  vectorWord: string;
  /**
   * What kind of thing it is (lexicon-schema.ts). `event` concepts name what happened (a proposal, a
   * meeting): two accounts of one event can disagree on who.
   */
  kind: ConceptKind | 'event';
  phrases: string[];
  /** For an event matched as a concept, the event: its kind and roles. */
  event: LexiconEvent | null;
}

/**
 * Every concept the engine knows: the lexicon's concepts, and its events matched as concepts (their
 * phrases become one unit, as a concept's do).
 */
export const CONCEPTS: readonly Concept[] = [
  ...LEXICON.concepts.map(
    ({ id, vectorWord, kind, phrases }): Concept => ({ id, vectorWord, kind, phrases, event: null }),
  ),
  ...LEXICON.events
    .filter((event) => event.matchedAs === 'concept')
    .map(
      (event): Concept => ({
        id: event.id,
        vectorWord: event.vectorWord!,
        kind: 'event',
        phrases: event.phrases,
        event,
      }),
    ),
];

/** Phrase (token norms joined by spaces) → concept, for the longest-match scan. */
export interface PhraseTable {
  byPhrase: Map<string, Concept>;
  /** The same phrases by Porter stems, so "offering" and "proposing" find their concept too. */
  byStems: Map<string, Concept>;
  longest: number;
}

/** Stems only for words long enough not to collide ("us" is also the stem of "using"). */
const MIN_STEMMED_WORD = 4;

/** Builds the lookup table once; phrases are matched on token norms, so "Kyiv’s" finds "kyiv". */
export function buildPhraseTable(concepts: readonly Concept[] = CONCEPTS): PhraseTable {
  const byPhrase = new Map<string, Concept>();
  const byStems = new Map<string, Concept>();
  let longest = 1;
  for (const concept of concepts) {
    for (const phrase of concept.phrases) {
      const words = phrase.split(' ').map((word) => word.replace(/'s$/, ''));
      byPhrase.set(words.join(' '), concept);
      if (words.every((word) => word.length >= MIN_STEMMED_WORD || words.length > 1) && concept.kind !== 'country') {
        const stems = words.map((word) => stemmer(word)).join(' ');
        if (!byStems.has(stems)) byStems.set(stems, concept);
      }
      longest = Math.max(longest, words.length);
    }
  }
  return { byPhrase, byStems, longest };
}
