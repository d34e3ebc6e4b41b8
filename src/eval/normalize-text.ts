/** Text normalisation for matching golden substrings against extracted sentences. */

/**
 * Curly quotes become straight ones, whitespace runs one space, letters lower case: extraction and
 * the dataset builder may differ in exactly these (seed 003's "rather" is capitalised by the builder).
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `text` contains `fragment` after both are normalised. */
export function containsNormalized(text: string, fragment: string): boolean {
  return normalizeForMatch(text).includes(normalizeForMatch(fragment));
}
