/** The words that say what a conflict is about, so a marked span never relies on its colour alone. */
import type { Difference, DifferenceKind } from '../engine/report';
import { t, type MessageKey } from '../i18n/messages';

const KIND_KEYS = {
  actor: 'diffActor',
  number: 'diffNumber',
  date: 'diffDate',
  place: 'diffPlace',
  negation: 'diffNegation',
  other: 'diffOther',
} as const satisfies Record<DifferenceKind, MessageKey>;

/** "Different actor" for `actor`, and so on. */
export function kindLabel(kind: DifferenceKind): string {
  return t(KIND_KEYS[kind]);
}

/**
 * "Different actor: the Biden administration vs US President Donald Trump" (page first, then source),
 * with the engine's note when the spans alone do not show the conflict ("The US" standing for Trump).
 */
export function differenceLabel(difference: Difference): string {
  const label = t('differenceLine', kindLabel(difference.kind), difference.page, difference.source);
  return difference.note ? t('differenceWithNote', label, difference.note) : label;
}
