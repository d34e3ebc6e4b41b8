/**
 * BCP 47 tags as pages write them, and which languages Provenance reads: without the language tables of
 * `detect-language.ts`, so the page's half of extraction and the popup's and side panel's code stay small.
 */

/**
 * `tag` as a BCP 47 tag, or null when it is not one. It is kept as the page wrote it ("en-us"), but for
 * `og:locale`'s underscore ("fr_FR" → "fr-FR"): its case carries no meaning.
 */
export function languageTag(tag: string | null | undefined): string | null {
  const trimmed = tag?.trim().replace(/_/g, '-');
  if (!trimmed) return null;
  try {
    return Intl.getCanonicalLocales(trimmed).length === 1 ? trimmed : null;
  } catch {
    return null;
  }
}

/** The language subtag of a BCP 47 tag: "en-GB" → "en". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The languages Provenance checks text in: its lexicon, word vectors and judge are English. */
export const READ_LANGUAGES: readonly string[] = ['en'];

/** True when Provenance checks text in `tag`'s language. */
export function isReadLanguage(tag: string | null): boolean {
  return tag === null || READ_LANGUAGES.includes(primaryLanguage(tag));
}
