/**
 * Whether a sentence asserts its content or reports it: "Isis claims US hostage Kayla Mueller killed in
 * coalition airstrike", "…, monitoring group says", "Report: …", "may have". Emergent's annotators call a
 * headline that reports a claim without taking a side *observing*, one that states it *for*; the word
 * counts of pair-features.ts see "says" anywhere, this sees where it stands: a label before a colon, a
 * short tail after the content, the verb after the subject. The words are data
 * (`assets/reporting-cues.json`); this is the mechanism.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { Token } from '../nlp/tokenize';
import { reportingCues, type ReportingCues } from './reporting-cues';

/** How a sentence frames its content. */
export interface ReportingFrame {
  /** Put down to a source: a "Report:" label, a "…, officials say" tail, "according to", "reportedly". */
  attributed: boolean;
  /** A verb of saying after a short subject, with the content after it: "Saudi cleric says snowmen are…". */
  speechVerb: boolean;
  /** A hedge or plan on the content: "may have", "appears to", "set to". */
  hedged: boolean;
  /** Words in quotation marks: the headline's words are someone else's. */
  quoted: boolean;
}

/** What separates a headline's label or tail from its content. */
const SEGMENT_BREAK = /[:;,–—|]|\s-+\s|--/;
/** A label ("Report:", "Unconfirmed reports:") is a few words; longer, it is content. */
const MAX_LABEL_TOKENS = 3;
/** A tail attribution ("…, a monitoring group says") is short; longer, it carries content too. */
const MAX_TAIL_TOKENS = 6;
/** "Kim Jong-un's former girlfriend claims…": the verb of saying follows a subject of a few words. */
const MAX_SUBJECT_TOKENS = 8;
/** …and has content after it. */
const MIN_REPORTED_TOKENS = 3;
/** Before these a speech word is a noun or an infinitive ("the claims", "refuses to say"), not the main verb. */
const NOT_BEFORE_VERB = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'to',
]);
/** Opening and closing quotation marks around at least two words; an apostrophe inside a word opens nothing. */
const QUOTED = /(?:^|[\s(:])["“‘'][^"“”‘’]*\s[^"“”‘’]*["”’'](?=$|[\s,.:;!?)])/u;

interface Phrases {
  source: Set<string>;
  adverbs: string[][];
  speech: Set<string>;
  hedges: string[][];
}

let phrases: Phrases | null = null;
function cuePhrases(cues: ReportingCues = reportingCues()): Phrases {
  const split = (list: string[]) => list.map((phrase) => phrase.split(' '));
  return (phrases ??= {
    source: new Set(cues.sourceWords),
    adverbs: split(cues.sourceAdverbs),
    speech: new Set(cues.speechVerbs),
    hedges: split(cues.hedges),
  });
}

const startsPhrase = (tokens: readonly Token[], i: number, list: string[][]) =>
  list.some((phrase) => phrase.every((word, k) => tokens[i + k]?.norm === word));

/** The token ranges between breaks, as [start, end) indices. */
function segments(text: string, tokens: readonly Token[]): Array<{ start: number; end: number; colonAfter: boolean }> {
  const found: Array<{ start: number; end: number; colonAfter: boolean }> = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const gap = i === tokens.length ? '' : text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (i === tokens.length || SEGMENT_BREAK.test(gap)) {
      found.push({ start, end: i, colonAfter: gap.includes(':') });
      start = i;
    }
  }
  return found;
}

function frameOf(analysis: SentenceAnalysis): ReportingFrame {
  const { tokens, text } = analysis;
  const cues = cuePhrases();
  const parts = segments(text, tokens);
  const hasSource = (part: { start: number; end: number }) =>
    tokens.slice(part.start, part.end).some((token) => cues.source.has(token.norm));
  const first = parts[0];
  const last = parts[parts.length - 1];
  const label = parts.length > 1 && !!first && first.colonAfter && first.end - first.start <= MAX_LABEL_TOKENS;
  const tail = parts.length > 1 && !!last && last.end - last.start <= MAX_TAIL_TOKENS;
  let adverb = false;
  let hedged = false;
  let speechVerb = false;
  for (let i = 0; i < tokens.length; i++) {
    adverb ||= startsPhrase(tokens, i, cues.adverbs);
    hedged ||= startsPhrase(tokens, i, cues.hedges);
    speechVerb ||=
      i >= 1 &&
      i <= MAX_SUBJECT_TOKENS &&
      tokens.length - i - 1 >= MIN_REPORTED_TOKENS &&
      cues.speech.has(tokens[i]!.norm) &&
      !NOT_BEFORE_VERB.has(tokens[i - 1]!.norm);
  }
  return {
    attributed: adverb || (label && hasSource(first!)) || (tail && hasSource(last!)),
    speechVerb,
    hedged,
    quoted: QUOTED.test(text),
  };
}

const cache = new WeakMap<SentenceAnalysis, ReportingFrame>();

/** How `analysis` frames its content, worked out once per sentence. */
export function reportingFrame(analysis: SentenceAnalysis): ReportingFrame {
  let frame = cache.get(analysis);
  if (!frame) cache.set(analysis, (frame = frameOf(analysis)));
  return frame;
}
