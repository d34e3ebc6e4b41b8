/** FNC-1's four stance labels and how the engine's relations map onto them. */
import type { Relation } from '../engine/report';

/** FNC-1's labels in the official scorer's order (rows and columns of its confusion matrix). */
export const FNC_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;

/** One FNC-1 stance label. */
export type FncLabel = (typeof FNC_LABELS)[number];

const BY_RELATION: Record<Relation, FncLabel> = {
  corroborates: 'agree',
  conflicts: 'disagree',
  related: 'discuss',
  unrelated: 'unrelated',
};

/** agree = corroborates, disagree = conflicts, discuss = related, unrelated = unrelated. */
export function labelForRelation(relation: Relation): FncLabel {
  return BY_RELATION[relation];
}

/** True for one of FNC-1's four labels (case-sensitive, as in the official files). */
export function isFncLabel(value: string): value is FncLabel {
  return (FNC_LABELS as readonly string[]).includes(value);
}
