/**
 * How far a sentence is written as a headline: no closing full stop, and most of its words capitalised.
 * A register, not a stance: the sets the judge learns from call different things *corroborates* (two
 * headlines on one event, Emergent's *for*; a caption that entails another, SICK's), and this lets the
 * trees tell which convention a pair is written in (docs/quality.md, issue 13).
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import { STOPWORDS } from '../nlp/stopwords';

/** A sentence ends so: a full stop, a question or an exclamation, closing quotes or brackets aside. */
const CLOSED = /[.!?]["”’)]*\s*$/;

/** 0 for a sentence with a closing stop; from 0.5 (a fragment in sentence case) to 1 (Title Case). */
export function headlineStyle(analysis: SentenceAnalysis): number {
  if (CLOSED.test(analysis.text)) return 0;
  const words = analysis.tokens.filter((token) => !token.isNumber && !STOPWORDS.has(token.norm));
  const capitalised = words.length ? words.filter((token) => /^\p{Lu}/u.test(token.text)).length / words.length : 0;
  return 0.5 + capitalised / 2;
}
