/** The stance judge: (page sentence, known claim) → corroborates | conflicts | related | unrelated. */
import type { Difference, Relation } from './verdict-types';
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { align, type Alignment, type Weigh } from './align';
import {
  actorDifferences,
  findDifferences,
  polarityBalance,
  type OfficeContext,
  type PolarityBalance,
  type PublishedDates,
} from './differences';
import { sharesEvent, sharesFrame } from './frame';
import { sharesTopicBeyondActors } from './shared-topic';
import { sharedSpecificUnits } from './specific-content';
import { THRESHOLDS } from './thresholds';

/** What the judge needs besides the two sentences. */
export interface JudgeContext {
  vectors: WordVectors;
  weigh: Weigh;
  /** Who each document says holds each office, so "the US" can stand for the president it names. */
  offices?: { page: OfficeContext; source: OfficeContext };
  /** When each document was published, so "on Saturday" can be placed on a day before dates are compared. */
  published?: PublishedDates;
}

/** A verdict with its evidence. */
export interface Verdict {
  relation: Relation;
  /** Confidence in `relation`, 0–1. */
  score: number;
  /** Non-empty exactly when `relation` is `conflicts`. */
  differences: Difference[];
  alignment: Alignment;
  /** Polarity of the aligned content (see differences.ts): a feature for the trained model. */
  balance: PolarityBalance;
}

/**
 * The page sentence's whole content is found in the source, however much more the source says:
 * "Another source confirmed the NATO-like guarantees had been discussed" is backed by "Rutte confirmed
 * that …, serious discussions are underway to provide Kyiv with Article 5 security guarantees …". The
 * page side needs a few content units: two shared names are not a claim.
 */
function containedInSource(page: SentenceAnalysis, alignment: Alignment): boolean {
  if (alignment.pageCoverage < THRESHOLDS.containedCoverage) return false;
  return new Set(page.units.filter((u) => !u.attribution).map((u) => u.key)).size >= THRESHOLDS.containedMinUnits;
}

/**
 * Both sentences deny the same informative content, or set their subject against the same named thing
 * (two or more aligned units: "rather than the entire 32-member NATO alliance" and "separate from the
 * collective defense agreement between NATO member countries" both say "not NATO itself").
 */
function sharesDenial(balance: PolarityBalance): boolean {
  if (balance.sharedDenial >= THRESHOLDS.sharedDenialWeight) return true;
  return (
    balance.sharedContrast >= THRESHOLDS.sharedDenialWeight &&
    balance.sharedContrastUnits >= THRESHOLDS.sharedContrastMinUnits
  );
}

function clamp(value: number): number {
  return Math.max(0, Math.min(1, value));
}

/**
 * Judges two analyzed sentences. Similar sentences that differ in a slot conflict; similar sentences
 * that do not, corroborate; sentences on the same subject that are not similar enough are related.
 */
export function judgeSentences(page: SentenceAnalysis, source: SentenceAnalysis, context: JudgeContext): Verdict {
  const alignment = align(page, source, context.vectors, context.weigh);
  const balance = polarityBalance(page, source, alignment, context.weigh);
  // Two sentences that deny the same informative thing ("would not send ground troops", "would not involve
  // boots on the ground") share more than their words say: a shared denial is rarer than a shared mention.
  const sharedDenial = sharesDenial(balance) ? THRESHOLDS.sharedDenialBonus : 0;
  const similarity = Math.min(1, alignment.similarity + sharedDenial);
  // Two accounts of one event (a proposal, a meeting) that name different holders of one office
  // disagree on who, however differently they are worded: "the Biden administration has proposed…" vs
  // "the suggestion was raised during a call US President Donald Trump held…".
  if (similarity >= THRESHOLDS.sharedEventActor && sharesEvent(page, source)) {
    const offices = context.offices ?? { page: new Map(), source: new Map() };
    const differences = actorDifferences(page, source, offices.page, offices.source);
    if (differences.length > 0 && sharesTopicBeyondActors(page, source, alignment, differences)) {
      return { relation: 'conflicts', score: clamp(0.5 + similarity / 2), differences, alignment, balance };
    }
  }
  const contained = containedInSource(page, alignment);
  if (similarity < THRESHOLDS.related && !contained) {
    return {
      relation: 'unrelated',
      score: clamp(1 - similarity / THRESHOLDS.related),
      differences: [],
      alignment,
      balance,
    };
  }
  // Below two shared specific units the pair is related at most: its likeness is in everyday words. A
  // date or number both give, differently, is one more specific thing they share ("announced on August
  // 16 in Washington" vs "on November 21 in Washington").
  let shared: number | undefined;
  const specific = (extra = 0) =>
    (shared ??= sharedSpecificUnits(page, source, alignment, context.vectors)) + extra >= THRESHOLDS.minSharedSpecific;
  const found =
    similarity >= THRESHOLDS.conflict
      ? findDifferences(page, source, alignment, context.weigh, {
          ...(context.offices ?? { page: new Map(), source: new Map() }),
          published: context.published,
        })
      : [];
  const grounded = found.length > 0 && specific(found.some((d) => d.kind === 'date' || d.kind === 'number') ? 1 : 0);
  // "Who did it" alone needs the same topic, as above; with another difference beside it, it has one.
  const differences =
    grounded && (found.some((d) => d.kind !== 'actor') || sharesTopicBeyondActors(page, source, alignment, found))
      ? found
      : [];
  if (differences.length > 0) {
    return { relation: 'conflicts', score: clamp(0.5 + similarity / 2), differences, alignment, balance };
  }
  const attitudesDiffer = Math.max(balance.hedged, balance.differing) >= THRESHOLDS.negationMinWeight;
  const covered = alignment.coveredShare >= THRESHOLDS.corroborateCoverage || sharedDenial > 0;
  const sameReport = similarity >= THRESHOLDS.sameFrameSimilarity && sharesFrame(page, source);
  if (
    ((similarity >= THRESHOLDS.corroborate && covered) || sameReport || contained) &&
    !attitudesDiffer &&
    specific()
  ) {
    return { relation: 'corroborates', score: clamp(0.5 + similarity / 2), differences: [], alignment, balance };
  }
  return {
    relation: 'related',
    score: clamp(similarity / THRESHOLDS.corroborate),
    differences: [],
    alignment,
    balance,
  };
}
