/**
 * Features of one (page sentence, known claim) pair for the learned sentence-pair judge (pair-model.ts).
 * They are the rules' signals — alignment and coverage, the differences found, polarity, shared specific
 * things, events — plus lexical and word-vector overlap and the cue words on each side. Every feature has
 * a name, so the model's inputs can be read and a verdict explained; the order is the model's input order
 * and part of the model asset's contract (`PAIR_FEATURES` is checked against the asset when it loads).
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import { isQuestion } from '../nlp/question';
import { STOPWORDS } from '../nlp/stopwords';
import type { RowGroup, WordVectors } from '../nlp/word-vectors';
import { cueCount, phraseCues, wordCues } from './cue-scope';
import * as lexicons from './cues';
import { sharesEvent, sharesFrame } from './frame';
import type { Verdict } from './judge';
import { sharedSpecificUnits } from './specific-content';

export const PAIR_FEATURES = [
  // The alignment of content units (align.ts).
  'similarity',
  'sentenceSimilarity',
  'clauseSimilarity',
  'claimCoverage',
  'passageCoverage',
  'coveredShare',
  // The rules' verdict and what the difference detector found.
  'rulesCorroborates',
  'rulesConflicts',
  'rulesRelated',
  'rulesScore',
  'actorDifference',
  'numberDifference',
  'dateDifference',
  'negationDifference',
  'otherDifference',
  // Polarity of the aligned content (differences.ts), log-scaled weights.
  'polarityAgreeing',
  'polaritySharedDenial',
  'polarityDiffering',
  'polarityHedged',
  'sharedSpecific',
  'sharesEvent',
  'sharesFrame',
  // Words.
  'wordJaccard',
  'claimWordsFound',
  'passageWordsFound',
  'bigramOverlap',
  'logClaimWords',
  'logPassageWords',
  'lengthRatio',
  // Word vectors: each content word's best cosine on the other side.
  'claimBestCosineMean',
  'claimBestCosineMin',
  'claimUnmatchedShare',
  'passageBestCosineMean',
  'passageUnmatchedShare',
  // Names, numbers, dates.
  'claimNames',
  'passageNames',
  'namesShared',
  'claimNamesMissing',
  'passageNamesMissing',
  'claimNumbers',
  'passageNumbers',
  'numbersShared',
  'numbersOnlyClaim',
  'numbersOnlyPassage',
  'claimDates',
  'passageDates',
  'datesShared',
  // Cue words on each side.
  'claimNegations',
  'passageNegations',
  'negationMismatch',
  'claimRefuting',
  'passageRefuting',
  'claimHedging',
  'passageHedging',
  'claimDoubting',
  'passageDoubting',
  'claimQuestion',
  'passageQuestion',
  'claimRefutingPhrase',
  'passageRefutingPhrase',
  'passageConfirming',
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

const REFUTING = wordCues(lexicons.REFUTING);
const HEDGING = wordCues(lexicons.HEDGING);
const DOUBTING = wordCues(lexicons.DOUBTING);
const CONFIRMING = wordCues(lexicons.CONFIRMING);
const REFUTING_PHRASES = phraseCues(lexicons.REFUTING_PHRASES);

/** A sentence's first word is a name only if rarer than this (frequency rank): "The", "Officials" are not. */
const NAME_RANK = 2000;
/** Below this cosine two words are unrelated (as the rules' minWordCosine). */
const MATCH_COSINE = 0.4;

interface Words {
  norms: string[];
  /** `norms` as a set. */
  normSet: Set<string>;
  numberKeys: Set<string>;
  /** Cue counts: refuting, hedging, doubting, refuting phrases, confirming. */
  cues: [number, number, number, number, number];
  stems: Set<string>;
  rows: number[];
  names: Set<string>;
  bigrams: Set<string>;
}

/**
 * A sentence's words, worked out once: the analyzer judges one page sentence against many claims, and a
 * claim's analysis is kept for every page it meets.
 */
const wordsCache = new WeakMap<SentenceAnalysis, Words>();
function words(analysis: SentenceAnalysis, vectors: WordVectors): Words {
  let found = wordsCache.get(analysis);
  if (!found) wordsCache.set(analysis, (found = contentWords(analysis, vectors)));
  return found;
}

/** Content words (no function words, no numbers) with their stems, vector rows, names and bigrams. */
function contentWords(analysis: SentenceAnalysis, vectors: WordVectors): Words {
  const norms: string[] = [];
  const stems = new Set<string>();
  const rows: number[] = [];
  const names = new Set<string>();
  const bigrams = new Set<string>();
  let previous: string | null = null;
  for (const [index, token] of analysis.tokens.entries()) {
    if (isNameToken(token, index, vectors)) names.add(token.norm);
    if (token.isNumber || STOPWORDS.has(token.norm)) {
      previous = null;
      continue;
    }
    norms.push(token.norm);
    stems.add(token.stem);
    if (previous !== null) bigrams.add(`${previous} ${token.stem}`);
    previous = token.stem;
    const row = vectors.rowOf(token.norm);
    if (row >= 0) rows.push(row);
  }
  const cues: Words['cues'] = [
    cueCount(analysis, REFUTING),
    cueCount(analysis, HEDGING),
    cueCount(analysis, DOUBTING),
    cueCount(analysis, REFUTING_PHRASES),
    cueCount(analysis, CONFIRMING),
  ];
  return { norms, normSet: new Set(norms), numberKeys: numberKeys(analysis), cues, stems, rows, names, bigrams };
}

/** The best cosine of each row of one side among the other's rows: mean, min and the share below MATCH_COSINE. */
interface BestCosines {
  mean: number;
  min: number;
  unmatched: number;
}

/** Each side's rows packed for `cosinesWith`, per table of vectors: a page sentence meets hundreds of claims. */
const rowGroups = new WeakMap<Words, { vectors: WordVectors; group: RowGroup }>();

function rowGroup(words: Words, vectors: WordVectors): RowGroup {
  let found = rowGroups.get(words);
  if (found?.vectors !== vectors) rowGroups.set(words, (found = { vectors, group: vectors.group(words.rows) }));
  return found.group;
}

/**
 * Both directions' best cosines (`claim`'s rows among `passage`'s, and back) from one matrix: a cosine is
 * the same either way round, exactly (an integer dot product over the product of the two norms), so each
 * is computed once, by `cosinesWith` over the claim's packed rows. Each row's best is taken in the other
 * side's order, stopping at an exact 1, as a scan of `cosineRows` did.
 */
function bestCosines(claim: Words, passage: Words, vectors: WordVectors): [BestCosines, BestCosines] {
  const m = claim.rows.length;
  const n = passage.rows.length;
  if (m === 0 || n === 0) return [NO_COSINES, NO_COSINES];
  // cosines[j * m + i]: passage row j with claim row i.
  const cosines = new Float64Array(n * m);
  const group = rowGroup(claim, vectors);
  for (let j = 0; j < n; j++) vectors.cosinesWith(group, passage.rows[j]!, cosines.subarray(j * m, (j + 1) * m));
  return [bestOf(m, n, (i, j) => cosines[j * m + i]!), bestOf(n, m, (j, i) => cosines[j * m + i]!)];
}

const NO_COSINES: BestCosines = { mean: 0, min: 0, unmatched: 1 };

function bestOf(rows: number, columns: number, cosine: (row: number, column: number) => number): BestCosines {
  let sum = 0;
  let min = 1;
  let unmatched = 0;
  for (let r = 0; r < rows; r++) {
    let best = -1;
    for (let c = 0; c < columns; c++) {
      const value = cosine(r, c);
      if (value > best) best = value;
      if (best === 1) break;
    }
    sum += best;
    if (best < min) min = best;
    if (best < MATCH_COSINE) unmatched++;
  }
  return { mean: sum / rows, min, unmatched: unmatched / rows };
}

function shareIn<T>(items: Iterable<T>, other: ReadonlySet<T>): { shared: number; total: number } {
  let shared = 0;
  let total = 0;
  for (const item of items) {
    total++;
    if (other.has(item)) shared++;
  }
  return { shared, total };
}

const numberKeys = (analysis: SentenceAnalysis) => new Set(analysis.numbers.map((m) => `${m.low}-${m.high}`));
const log1p = (x: number) => Math.log(1 + Math.max(0, x));

/** Lower-cased words (numbers aside) that only the claim has, only the passage has, and both have. */
export interface SidedWords {
  claimOnly: Set<string>;
  passageOnly: Set<string>;
  both: Set<string>;
}

const allWordsCache = new WeakMap<SentenceAnalysis, Set<string>>();
function allWords(analysis: SentenceAnalysis): Set<string> {
  let found = allWordsCache.get(analysis);
  if (!found)
    allWordsCache.set(analysis, (found = new Set(analysis.tokens.filter((t) => !t.isNumber).map((t) => t.norm))));
  return found;
}

/**
 * The words of each side by where they occur: the lexical half of the model's inputs. Which words
 * matter ("reportedly", "hoax", "never", "nobody") is learned by the trainer, which keeps a short list in
 * the model asset; nothing here names them.
 */
export function sidedWords(claim: SentenceAnalysis, passage: SentenceAnalysis): SidedWords {
  const a = allWords(claim);
  const b = allWords(passage);
  const both = new Set([...a].filter((word) => b.has(word)));
  return {
    claimOnly: new Set([...a].filter((word) => !both.has(word))),
    passageOnly: new Set([...b].filter((word) => !both.has(word))),
    both,
  };
}

/** Whether a capitalised token is a name: inside the sentence, or first but not an everyday word ("Trudeau announced…"). */
export function isNameToken(token: SentenceAnalysis['tokens'][number], index: number, vectors: WordVectors): boolean {
  if (token.isNumber || STOPWORDS.has(token.norm)) return false;
  if (index > 0) return token.isCapitalised;
  if (!/^\p{Lu}/u.test(token.text)) return false;
  const rank = vectors.rank(token.norm);
  return rank === null || rank >= NAME_RANK;
}

/** The feature vector, in `PAIR_FEATURES` order. `verdict` is the rules' verdict on the same pair. */
export function pairFeatures(
  claim: SentenceAnalysis,
  passage: SentenceAnalysis,
  verdict: Verdict,
  vectors: WordVectors,
): Float32Array {
  const { alignment, balance, differences } = verdict;
  const a = words(claim, vectors);
  const b = words(passage, vectors);
  const stemsShared = shareIn(a.stems, b.stems).shared;
  const union = a.stems.size + b.stems.size - stemsShared;
  const [claimToPassage, passageToClaim] = bestCosines(a, b, vectors);
  const names = shareIn(a.names, b.normSet);
  const namesBack = shareIn(b.names, a.normSet);
  const claimNumbers = a.numberKeys;
  const passageNumbers = b.numberKeys;
  const numbersShared = shareIn(claimNumbers, passageNumbers).shared;
  const datesShared = shareIn(new Set(claim.dates.map((d) => d.key)), new Set(passage.dates.map((d) => d.key))).shared;
  const kinds = new Set(differences.map((d) => d.kind));
  const claimNegations = claim.negations.length;
  const passageNegations = passage.negations.length;
  const values: Record<PairFeatureName, number> = {
    similarity: alignment.similarity,
    sentenceSimilarity: alignment.sentenceSimilarity,
    clauseSimilarity: alignment.clauseSimilarity,
    claimCoverage: alignment.pageCoverage,
    passageCoverage: alignment.sourceCoverage,
    coveredShare: alignment.coveredShare,
    rulesCorroborates: Number(verdict.relation === 'corroborates'),
    rulesConflicts: Number(verdict.relation === 'conflicts'),
    rulesRelated: Number(verdict.relation === 'related'),
    rulesScore: verdict.score,
    actorDifference: Number(kinds.has('actor')),
    numberDifference: Number(kinds.has('number')),
    dateDifference: Number(kinds.has('date')),
    negationDifference: Number(kinds.has('negation')),
    otherDifference: Number(kinds.has('place') || kinds.has('other')),
    polarityAgreeing: log1p(balance.agreeing),
    polaritySharedDenial: log1p(balance.sharedDenial),
    polarityDiffering: log1p(balance.differing),
    polarityHedged: log1p(balance.hedged),
    sharedSpecific: Math.min(6, sharedSpecificUnits(claim, passage, alignment, vectors)) / 6,
    sharesEvent: Number(sharesEvent(claim, passage)),
    sharesFrame: Number(sharesFrame(claim, passage)),
    wordJaccard: union ? stemsShared / union : 0,
    claimWordsFound: a.stems.size ? stemsShared / a.stems.size : 0,
    passageWordsFound: b.stems.size ? stemsShared / b.stems.size : 0,
    bigramOverlap: Math.min(a.bigrams.size, b.bigrams.size)
      ? shareIn(a.bigrams, b.bigrams).shared / Math.min(a.bigrams.size, b.bigrams.size)
      : 0,
    logClaimWords: log1p(a.norms.length) / 4,
    logPassageWords: log1p(b.norms.length) / 4,
    lengthRatio: (a.norms.length + 1) / (a.norms.length + b.norms.length + 2),
    claimBestCosineMean: claimToPassage.mean,
    claimBestCosineMin: claimToPassage.min,
    claimUnmatchedShare: claimToPassage.unmatched,
    passageBestCosineMean: passageToClaim.mean,
    passageUnmatchedShare: passageToClaim.unmatched,
    claimNames: Math.min(5, names.total) / 5,
    passageNames: Math.min(5, namesBack.total) / 5,
    namesShared: Math.min(5, names.shared) / 5,
    claimNamesMissing: Math.min(3, names.total - names.shared) / 3,
    passageNamesMissing: Math.min(3, namesBack.total - namesBack.shared) / 3,
    claimNumbers: Math.min(3, claimNumbers.size) / 3,
    passageNumbers: Math.min(3, passageNumbers.size) / 3,
    numbersShared: Math.min(3, numbersShared) / 3,
    numbersOnlyClaim: Math.min(3, claimNumbers.size - numbersShared) / 3,
    numbersOnlyPassage: Math.min(3, passageNumbers.size - numbersShared) / 3,
    claimDates: Math.min(2, claim.dates.length) / 2,
    passageDates: Math.min(2, passage.dates.length) / 2,
    datesShared: Math.min(2, datesShared) / 2,
    claimNegations: Math.min(2, claimNegations) / 2,
    passageNegations: Math.min(2, passageNegations) / 2,
    negationMismatch: Number(claimNegations > 0 !== passageNegations > 0),
    claimRefuting: Math.min(2, a.cues[0]) / 2,
    passageRefuting: Math.min(2, b.cues[0]) / 2,
    claimHedging: Math.min(3, a.cues[1]) / 3,
    passageHedging: Math.min(3, b.cues[1]) / 3,
    claimDoubting: Math.min(2, a.cues[2]) / 2,
    passageDoubting: Math.min(2, b.cues[2]) / 2,
    claimQuestion: Number(isQuestion(claim.text)),
    passageQuestion: Number(isQuestion(passage.text)),
    claimRefutingPhrase: Math.min(2, a.cues[3]) / 2,
    passageRefutingPhrase: Math.min(2, b.cues[3]) / 2,
    passageConfirming: Math.min(2, b.cues[4]) / 2,
  };
  const out = new Float32Array(PAIR_FEATURES.length);
  PAIR_FEATURES.forEach((name, i) => (out[i] = values[name]));
  return out;
}
