/** The words that say what a conflict is about, so a marked span never relies on its colour alone. */
import type { Difference, DifferenceKind } from '../engine/report';
import { primaryLanguage } from '../extract/language-tag';
import { t, uiLocale, type MessageKey } from '../i18n/messages';

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
  const note = differenceNote(difference);
  return note ? t('differenceWithNote', label, note) : label;
}

/**
 * The engine's note in the reader's language: whom a country or title stands for, with the office's
 * label in that language ("président des États-Unis"), else in English; other notes as the engine wrote
 * them. Null when there is none.
 */
export function differenceNote(difference: Difference): string | null {
  const stands = difference.standsFor;
  if (!stands) return difference.note ?? null;
  // Labels are keyed as `_locales/` folders are ("fr", "pt_BR"); a UI tag is "pt-BR".
  const tag = uiLocale();
  const office = stands.office[tag.replace('-', '_')] ?? stands.office[primaryLanguage(tag)] ?? stands.office.en ?? '';
  return t('noteStandsFor', stands.text, stands.holder, office);
}
