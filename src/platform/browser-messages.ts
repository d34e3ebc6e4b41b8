/** The browser's own catalog for the reader's language (public/_locales), as the UI's message source. */
import { browser } from 'wxt/browser';
import { useMessageSource } from '../i18n/messages';

/** WXT types getMessage's keys from the catalog; the keys are checked in src/i18n/messages.ts instead. */
const getMessage = (key: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string | undefined)(key, substitutions) ?? '';

export function useBrowserMessages(): void {
  useMessageSource({
    message: (key, substitutions) => getMessage(key, substitutions),
    locale: () => browser.i18n.getUILanguage(),
  });
}

/**
 * The page speaks the language of the catalog it shows: `lang` and `dir` from the catalog itself
 * (`uiLanguage`, `uiDirection`), not from the browser's locale. A reader whose browser is in Arabic,
 * for which Provenance has no catalog yet, reads the English one, laid out left to right; an Arabic
 * catalog would say "rtl" and the pages turn.
 */
export function applyDocumentLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = getMessage('uiLanguage') || 'en';
  root.dir = getMessage('uiDirection') === 'rtl' ? 'rtl' : 'ltr';
}
