/** The words that say what a conflict is about, so a marked span never relies on its colour alone. */
import type { Difference, DifferenceKind } from '../engine/report';

const KIND_LABELS: Record<DifferenceKind, string> = {
  actor: 'Different actor',
  number: 'Different number',
  date: 'Different date or time',
  place: 'Different place',
  negation: 'Opposite or hedged wording',
  other: 'Different detail',
};

/** "Different actor" for `actor`, and so on. */
export function kindLabel(kind: DifferenceKind): string {
  return KIND_LABELS[kind];
}

/**
 * "Different actor: the Biden administration vs US President Donald Trump" (page first, then source),
 * with the engine's note when the spans alone do not show the conflict ("The US" standing for Trump).
 */
export function differenceLabel(difference: Difference): string {
  const label = `${kindLabel(difference.kind)}: ${difference.page} vs ${difference.source}`;
  return difference.note ? `${label} (${difference.note})` : label;
}
