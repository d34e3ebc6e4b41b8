/** Reading `<meta>` tags, which pages spell with `property`, `name` or `itemprop` interchangeably. */

/**
 * The trimmed `content` of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`
 * (tried in order, so put the most trusted first); null when none has a non-empty value.
 */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = doc.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return null;
}
