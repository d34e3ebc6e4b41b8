/**
 * The toolbar button's words. The manifest's title is set in entrypoints/popup/index.html (WXT takes
 * it from there); resetting a tab's tooltip must restore exactly that, which a unit test checks.
 */
import { unsupportedLanguageMessage } from '../ui/language-note';
import { t, tCount } from '../i18n/messages';

/** The tooltip when Provenance has nothing to say about the tab. */
export const defaultActionTitle = (): string => t('actionTitle');

/** The tooltip once a tab is analyzed: says in words what the badge number means. */
export function conflictTitle(conflictingClaims: number): string {
  if (conflictingClaims === 0) return t('actionTitleNoConflict');
  return tCount('actionTitleConflicts', conflictingClaims);
}

/** The tooltip on a page in a language Provenance does not check: "Provenance: This article is in French; …". */
export function unsupportedLanguageTitle(lang: string | null): string {
  return t('actionTitleLanguage', unsupportedLanguageMessage(lang));
}
