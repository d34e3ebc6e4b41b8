/**
 * Unit tests read the UI's strings from the English catalog, with the browser's substitution rules,
 * both directly and through fakeBrowser's i18n (which WXT leaves unimplemented), since entrypoints
 * started in tests install the browser's catalog themselves.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogSource } from '../../src/i18n/messages';
import { readCatalog, useEnglishMessages } from '../../src/node/messages';

const english = catalogSource(readCatalog('en'), 'en');
const i18n = fakeBrowser.i18n as unknown as {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
};
i18n.getMessage = (key, substitutions) => {
  if (key === '@@ui_locale') return 'en';
  if (key === '@@bidi_dir') return 'ltr';
  return english.message(
    key,
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions],
  );
};
i18n.getUILanguage = () => 'en';

useEnglishMessages();
