/**
 * Features of a (claim, passage) pair for the trained stance model: similarity at several granularities,
 * the difference detector's findings, polarity, and cue words near the claim. Every feature has a name,
 * so the model's weights can be read and its verdicts explained.
 */
import type { SentenceAnalysis } from '../../nlp/analyze-sentence';
import { cueCount, cuesNearAligned, phraseCues, similarShare, wordCues, type CueMatcher } from '../../stance/cue-scope';
import * as lexicons from '../../stance/cues';
import type { Verdict } from '../../stance/judge';
import type { Weigh } from '../../stance/align';

/** Names of the dense features, in order. */
export const DENSE_FEATURES = [
  'maxSimilarity',
  'top3Similarity',
  'meanSimilarity',
  'maxSentenceSimilarity',
  'maxClaimCoverage',
  'bestSourceCoverage',
  'leadSimilarity',
  'bestPosition',
  'shareSimilar',
  'bagCoverage',
  'rareExactShare',
  'logSentences',
  'logClaimUnits',
  'shareConflicts',
  'shareCorroborates',
  'shareRelated',
  'anyConflict',
  'anyCorroborate',
  'actorDifferences',
  'numberDifferences',
  'dateDifferences',
  'negationDifferences',
  'topPolarityDiffering',
  'topPolarityAgreeing',
  'topPolarityHedged',
  'refutingBody',
  'refutingTop',
  'hedgingBody',
  'hedgingTop',
  'confirmingBody',
  'confirmingTop',
  'claimNegated',
  'claimHedged',
  'claimQuestion',
  'claimRefuting',
  'negationBody',
  'negationTop',
  'entityOverlap',
  'numberOverlap',
  'bestBothNegated',
  'contrastingBody',
  'contrastingTop',
  'refutingLead',
  'hedgingLead',
  'anyRefutingTop',
  'anyHedgingBest',
  'anyConfirmingBest',
  'quotedTop',
  'attributedTop',
  'questionsBody',
  'refutingAnywhere',
  'refutingNearAligned',
  'hedgingNearAligned',
  'negationNearAligned',
  'refutingInSimilar',
  'hedgingInSimilar',
  'doubtingBody',
  'doubtingLead',
  'doubtingNearAligned',
  'doubtingInSimilar',
  'claimDoubting',
  'refutingPhraseNearAligned',
  'refutingPhraseInSimilar',
  'polarityMismatchTop',
] as const;

/**
 * Total input width of the model. Hashed bags of words of the best-matching sentences were tried as
 * extra sparse inputs: they fit the training topics and lost 1–2 points on held-out topics, so the
 * model sees only the named features (the sparse slot stays for future inputs).
 */
export const FEATURE_WIDTH = DENSE_FEATURES.length;

/** A feature vector: dense values, then sparse (index, value) pairs at indices ≥ DENSE_FEATURES.length. */
export interface PairFeatures {
  dense: Float64Array;
  sparse: Array<[number, number]>;
}

const TOP = 3;

const REFUTING = wordCues(lexicons.REFUTING);
const CONTRASTING = wordCues(lexicons.CONTRASTING);
const HEDGING = wordCues(lexicons.HEDGING);
const CONFIRMING = wordCues(lexicons.CONFIRMING);
const DOUBTING = wordCues(lexicons.DOUBTING);
const REFUTING_PHRASES = phraseCues(lexicons.REFUTING_PHRASES);

/** Computes the features; `verdicts[i]` is the sentence judge's verdict on `sentences[i]`. */
export function pairFeatures(
  claim: SentenceAnalysis,
  sentences: readonly SentenceAnalysis[],
  verdicts: readonly Verdict[],
  weigh: Weigh,
): PairFeatures {
  const n = Math.max(1, sentences.length);
  const sims = verdicts.map((v) => v.alignment.similarity);
  const order = sims.map((_, i) => i).sort((a, b) => sims[b]! - sims[a]! || a - b);
  const top = order.slice(0, TOP);
  const best = top[0];
  const topSentences = top.map((i) => sentences[i]!);
  const topVerdicts = top.map((i) => verdicts[i]!);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const max = (values: number[]) => (values.length ? Math.max(...values) : 0);

  const bodyKeys = new Set(sentences.flatMap((s) => s.units.map((u) => u.key)));
  const claimWeights = claim.units.map((u) => weigh(u.key));
  const claimTotal = sum(claimWeights) || 1;
  const bagCoverage = sum(claim.units.map((u, i) => (bodyKeys.has(u.key) ? claimWeights[i]! : 0))) / claimTotal;
  const rare = claim.units.filter((u) => weigh(u.key) >= 4);
  const rareExactShare = rare.length ? rare.filter((u) => bodyKeys.has(u.key)).length / rare.length : 0;

  const capitalised = (a: SentenceAnalysis) => a.tokens.filter((t) => t.isCapitalised).map((t) => t.norm);
  const claimEntities = new Set(capitalised(claim));
  const bodyEntities = new Set(sentences.flatMap(capitalised));
  const entityOverlap = claimEntities.size
    ? [...claimEntities].filter((e) => bodyEntities.has(e)).length / claimEntities.size
    : 0;
  const claimNumbers = claim.numbers.map((m) => `${m.low}-${m.high}`);
  const bodyNumbers = new Set(sentences.flatMap((s) => s.numbers.map((m) => `${m.low}-${m.high}`)));
  const numberOverlap = claimNumbers.length
    ? claimNumbers.filter((k) => bodyNumbers.has(k)).length / claimNumbers.length
    : 0;

  const relationShare = (relation: Verdict['relation']) => verdicts.filter((v) => v.relation === relation).length / n;
  const differenceCount = (kind: string) =>
    Math.min(3, sum(verdicts.map((v) => v.differences.filter((d) => d.kind === kind).length)));
  const perSentence = (cues: CueMatcher, list: readonly SentenceAnalysis[]) =>
    sum(list.map((s) => cueCount(s, cues))) / Math.max(1, list.length);
  const negationDensity = (list: readonly SentenceAnalysis[]) =>
    sum(list.map((s) => s.negations.length)) / Math.max(1, list.length);
  const polarity = (key: 'differing' | 'agreeing' | 'hedged') =>
    sum(topVerdicts.map((v) => v.balance?.[key] ?? 0)) / 10;
  const bestSentence = best === undefined ? null : sentences[best]!;
  const bestNegated = bestSentence ? Number(bestSentence.negations.length > 0 && claim.negations.length > 0) : 0;

  // The claim's own stance ("…isn't a ceasefire", "NASA casts doubt") against that of the body content
  // aligned with it: a body agrees with a doubting claim by doubting too.
  const claimDenies = claim.negations.length > 0 || cueCount(claim, REFUTING) + cueCount(claim, DOUBTING) > 0;
  const deniesAligned = (sentence: SentenceAnalysis, verdict: Verdict) =>
    cuesNearAligned(sentence, verdict, 'negation') +
      cuesNearAligned(sentence, verdict, REFUTING) +
      cuesNearAligned(sentence, verdict, DOUBTING) >
    0;
  const values: Record<(typeof DENSE_FEATURES)[number], number> = {
    maxSimilarity: max(sims),
    top3Similarity: sum(top.map((i) => sims[i]!)) / Math.max(1, top.length),
    meanSimilarity: sum(sims) / n,
    maxSentenceSimilarity: max(verdicts.map((v) => v.alignment.sentenceSimilarity)),
    maxClaimCoverage: max(verdicts.map((v) => v.alignment.coveredShare)),
    bestSourceCoverage: best === undefined ? 0 : verdicts[best]!.alignment.sourceCoverage,
    leadSimilarity: sims[0] ?? 0,
    bestPosition: best === undefined ? 1 : best / n,
    shareSimilar: sims.filter((s) => s >= 0.25).length / n,
    bagCoverage,
    rareExactShare,
    logSentences: Math.log(1 + sentences.length) / 5,
    logClaimUnits: Math.log(1 + claim.units.length) / 3,
    shareConflicts: relationShare('conflicts'),
    shareCorroborates: relationShare('corroborates'),
    shareRelated: relationShare('related'),
    anyConflict: Number(verdicts.some((v) => v.relation === 'conflicts')),
    anyCorroborate: Number(verdicts.some((v) => v.relation === 'corroborates')),
    actorDifferences: differenceCount('actor'),
    numberDifferences: differenceCount('number'),
    dateDifferences: differenceCount('date'),
    negationDifferences: differenceCount('negation'),
    topPolarityDiffering: polarity('differing'),
    topPolarityAgreeing: polarity('agreeing'),
    topPolarityHedged: polarity('hedged'),
    refutingBody: perSentence(REFUTING, sentences),
    refutingTop: perSentence(REFUTING, topSentences),
    hedgingBody: perSentence(HEDGING, sentences),
    hedgingTop: perSentence(HEDGING, topSentences),
    confirmingBody: perSentence(CONFIRMING, sentences),
    confirmingTop: perSentence(CONFIRMING, topSentences),
    claimNegated: Number(claim.negations.length > 0),
    claimHedged: Number(cueCount(claim, HEDGING) > 0),
    claimQuestion: Number(/\?\s*$/.test(claim.text)),
    claimRefuting: Number(cueCount(claim, REFUTING) > 0),
    negationBody: negationDensity(sentences),
    negationTop: negationDensity(topSentences),
    entityOverlap,
    numberOverlap,
    bestBothNegated: bestNegated,
    contrastingBody: perSentence(CONTRASTING, sentences),
    contrastingTop: perSentence(CONTRASTING, topSentences),
    refutingLead: perSentence(REFUTING, sentences.slice(0, 3)),
    hedgingLead: perSentence(HEDGING, sentences.slice(0, 3)),
    anyRefutingTop: Number(topSentences.some((s) => cueCount(s, REFUTING) > 0)),
    anyHedgingBest: Number(bestSentence !== null && cueCount(bestSentence, HEDGING) > 0),
    anyConfirmingBest: Number(bestSentence !== null && cueCount(bestSentence, CONFIRMING) > 0),
    quotedTop: topSentences.filter((s) => /["“”]/.test(s.text)).length / Math.max(1, topSentences.length),
    attributedTop:
      topSentences.filter((s) => s.units.some((u) => u.attribution)).length / Math.max(1, topSentences.length),
    questionsBody: sentences.filter((s) => /\?["”’)]*$/.test(s.text)).length / n,
    refutingAnywhere: Math.min(1, sum(sentences.map((s) => cueCount(s, REFUTING))) / 3),
    refutingNearAligned: sum(top.map((i) => cuesNearAligned(sentences[i]!, verdicts[i]!, REFUTING))) / TOP,
    hedgingNearAligned: sum(top.map((i) => cuesNearAligned(sentences[i]!, verdicts[i]!, HEDGING))) / TOP,
    negationNearAligned: sum(top.map((i) => cuesNearAligned(sentences[i]!, verdicts[i]!, 'negation'))) / TOP,
    refutingInSimilar: similarShare(sentences, sims, REFUTING),
    hedgingInSimilar: similarShare(sentences, sims, HEDGING),
    doubtingBody: perSentence(DOUBTING, sentences),
    doubtingLead: perSentence(DOUBTING, sentences.slice(0, 3)),
    doubtingNearAligned: sum(top.map((i) => cuesNearAligned(sentences[i]!, verdicts[i]!, DOUBTING))) / TOP,
    doubtingInSimilar: similarShare(sentences, sims, DOUBTING),
    claimDoubting: Number(cueCount(claim, DOUBTING) > 0),
    refutingPhraseNearAligned:
      sum(top.map((i) => cuesNearAligned(sentences[i]!, verdicts[i]!, REFUTING_PHRASES))) / TOP,
    refutingPhraseInSimilar: similarShare(sentences, sims, REFUTING_PHRASES),
    polarityMismatchTop: sum(top.map((i) => Number(claimDenies !== deniesAligned(sentences[i]!, verdicts[i]!)))) / TOP,
  };
  return { dense: Float64Array.from(DENSE_FEATURES.map((name) => values[name])), sparse: [] };
}
