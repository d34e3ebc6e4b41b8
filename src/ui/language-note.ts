/**
 * What a reader is told about a page in a language Provenance does not check: the language by name
 * ("French", from the browser's own `Intl.DisplayNames`, so no list of names ships with the extension)
 * and which language it does check.
 */
import { primaryLanguage, READ_LANGUAGES } from '../extract/detect-language';

/** English names, so the sentence around them reads in one language. */
const names = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  } catch {
    return null;
  }
})();

/** The language of `tag` by its English name ("fr-CA" → "French"); the tag itself when it has none. */
export function languageName(tag: string): string {
  const primary = primaryLanguage(tag);
  try {
    return names?.of(primary) ?? tag;
  } catch {
    return tag;
  }
}

/** "English", or "English and French" once Provenance reads more than one. */
function readLanguages(): string {
  const listed = READ_LANGUAGES.map(languageName);
  return listed.length === 1 ? listed[0]! : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)!}`;
}

/** "This article is in French; Provenance checks English text." */
export function unsupportedLanguageMessage(lang: string | null): string {
  const language = lang === null ? 'another language' : languageName(lang);
  return `This article is in ${language}; Provenance checks ${readLanguages()} text.`;
}
