/**
 * The catalog the UI speaks, for code that runs where `browser.i18n` does not: the options page's import
 * worker builds its step and error messages in the reader's language from it. Read from the extension's
 * own package (`connect-src 'self'`); English needs no read, as every bundle carries it.
 */
import { browser } from 'wxt/browser';
import { t, type Catalog } from '../i18n/messages';

/** What a worker needs to speak the UI's language: the `Intl` locale, and the catalog (null for English). */
export interface UiMessages {
  locale: string;
  catalog: Catalog | null;
}

/** A catalog folder's name as `_locales` spells it ("fr", "pt_BR"); anything else is not read. */
const LOCALE_FOLDER = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;

let read: Promise<UiMessages> | null = null;

/** The UI's messages, read once per page. A catalog that cannot be read leaves the worker in English. */
export function readUiMessages(): Promise<UiMessages> {
  read ??= (async () => {
    const locale = browser.i18n.getUILanguage();
    const language = t('uiLanguage');
    if (language === 'en' || !LOCALE_FOLDER.test(language)) return { locale, catalog: null };
    try {
      // One expression, so the bundle scan (tests/unit/bundle-scan.test.ts) can tell it reads the package.
      const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as '/'));
      return { locale, catalog: response.ok ? ((await response.json()) as Catalog) : null };
    } catch {
      return { locale, catalog: null };
    }
  })();
  return read;
}
