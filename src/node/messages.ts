/**
 * English messages for Node (the command line and the unit tests): the extension's own catalog read
 * from public/_locales/en, with the browser's substitution rules (src/i18n/messages.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogSource, useMessageSource, type Catalog } from '../i18n/messages';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');

/** The catalog of `locale` ("en", "fr"). */
export function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalog;
}

export function useEnglishMessages(): void {
  useMessageSource(catalogSource(readCatalog('en'), 'en'));
}
