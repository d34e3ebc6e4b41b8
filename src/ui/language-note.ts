/**
 * What a reader is told about a page in a language Provenance does not check: the language by name
 * ("French", from the browser's own `Intl.DisplayNames`, so no list of names ships with the extension)
 * and which language it does check, both named in the reader's language.
 */
import { primaryLanguage, READ_LANGUAGES } from '../extract/language-tag';
import { byLocale, t, uiLocale } from '../i18n/messages';

const languageNames = byLocale((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
const conjunction = byLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** The language of `tag` by its name in the UI's language ("fr-CA" → "French"); the tag itself when it has none. */
export function languageName(tag: string): string {
  const primary = primaryLanguage(tag);
  try {
    return languageNames(uiLocale()).of(primary) ?? tag;
  } catch {
    return tag;
  }
}

/** "English", or "English and French" once Provenance reads more than one. */
function readLanguages(): string {
  return conjunction(uiLocale()).format(READ_LANGUAGES.map(languageName));
}

/** "This article is in French; Provenance checks English text." */
export function unsupportedLanguageMessage(lang: string | null): string {
  return t('languageNote', lang === null ? t('anotherLanguage') : languageName(lang), readLanguages());
}
