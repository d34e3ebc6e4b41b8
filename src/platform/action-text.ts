/**
 * The toolbar button's words. The manifest's title is set in entrypoints/popup/index.html (WXT takes
 * it from there); resetting a tab's tooltip must restore exactly that, which a unit test checks.
 */
import { unsupportedLanguageMessage } from '../ui/language-note';

/** The tooltip when Provenance has nothing to say about the tab. */
export const DEFAULT_ACTION_TITLE = 'Check this article with Provenance';

/** The tooltip once a tab is analysed: says in words what the badge number means. */
export function conflictTitle(conflictingClaims: number): string {
  if (conflictingClaims === 0) return 'Provenance: no claim on this page conflicts with a known source';
  const claims = conflictingClaims === 1 ? '1 claim on this page conflicts' : `${conflictingClaims} claims on this page conflict`;
  return `Provenance: ${claims} with other sources`;
}

/** The tooltip on a page in a language Provenance does not check: "Provenance: This article is in French; …". */
export function unsupportedLanguageTitle(lang: string | null): string {
  return `Provenance: ${unsupportedLanguageMessage(lang)}`;
}
