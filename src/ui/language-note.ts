/**
 * What a reader is told about a page in a language Provenance does not check: the language by name
 * ("French", from the browser's own `Intl.DisplayNames`, so no list of names ships with the extension)
 * and which language it does check, both named in the reader's language.
 */
import { primaryLanguage, READ_LANGUAGES } from '../extract/detect-language';
import { t, uiLocale } from '../i18n/messages';

/** The language of `tag` by its name in the UI's language ("fr-CA" → "French"); the tag itself when it has none. */
export function languageName(tag: string): string {
  const primary = primaryLanguage(tag);
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language', fallback: 'none' }).of(primary) ?? tag;
  } catch {
    return tag;
  }
}

/** "English", or "English and French" once Provenance reads more than one. */
function readLanguages(): string {
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(READ_LANGUAGES.map(languageName));
}

/** "This article is in French; Provenance checks English text." */
export function unsupportedLanguageMessage(lang: string | null): string {
  return t('languageNote', lang === null ? t('anotherLanguage') : languageName(lang), readLanguages());
}
