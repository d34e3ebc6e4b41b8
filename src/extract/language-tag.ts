/** BCP 47 tags as pages write them: read without the language tables, so the page's half of extraction stays small. */

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
