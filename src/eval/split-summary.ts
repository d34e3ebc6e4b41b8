/** What a topic split holds on each side, and what (if anything) the two sides share. */
import { findTopics, type SplitRow, type TopicSplit } from './topic-split';

/** Counts for one side of a split. */
export interface SideSummary {
  topics: number;
  pairs: number;
  headlines: number;
  bodies: number;
}

/** Both sides plus the overlaps: headlines and related bodies must never be shared. */
export interface SplitSummary {
  train: SideSummary;
  validation: SideSummary;
  sharedHeadlines: number;
  /** Bodies related to a headline on each side: would let a model memorise a topic. */
  sharedRelatedBodies: number;
  /** Bodies on both sides through unrelated pairs only (allowed: an unrelated body carries no topic). */
  sharedBodies: number;
}

function side(rows: readonly SplitRow[], indices: readonly number[], topicOfRow: readonly number[]): SideSummary {
  return {
    topics: new Set(indices.map((i) => topicOfRow[i])).size,
    pairs: indices.length,
    headlines: new Set(indices.map((i) => rows[i]!.headline)).size,
    bodies: new Set(indices.map((i) => rows[i]!.bodyId)).size,
  };
}

function overlap<T>(a: Iterable<T>, b: Set<T>): number {
  let n = 0;
  for (const item of new Set(a)) if (b.has(item)) n++;
  return n;
}

/** Summarises a split of `rows`. */
export function summarizeSplit(rows: readonly SplitRow[], split: TopicSplit): SplitSummary {
  const { topicOfRow } = findTopics(rows);
  const related = (i: number) => rows[i]!.stance !== undefined && rows[i]!.stance !== 'unrelated';
  const pick = (indices: number[], f: (i: number) => string) => indices.map(f);
  return {
    train: side(rows, split.train, topicOfRow),
    validation: side(rows, split.validation, topicOfRow),
    sharedHeadlines: overlap(
      pick(split.train, (i) => rows[i]!.headline),
      new Set(pick(split.validation, (i) => rows[i]!.headline)),
    ),
    sharedRelatedBodies: overlap(
      split.train.filter(related).map((i) => rows[i]!.bodyId),
      new Set(split.validation.filter(related).map((i) => rows[i]!.bodyId)),
    ),
    sharedBodies: overlap(
      pick(split.train, (i) => rows[i]!.bodyId),
      new Set(pick(split.validation, (i) => rows[i]!.bodyId)),
    ),
  };
}
