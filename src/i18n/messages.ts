/**
 * Every string Provenance shows a reader comes from the locale catalogs in `public/_locales/<locale>/
 * messages.json` (the browser's i18n, WXT's convention): `t(key, …values)` in the extension reads the
 * browser's catalog for the reader's language, falling back to English key by key. Numbers given as
 * values are written with `Intl` in that language; `tCount` picks `key_one`, `key_other` (or any other
 * plural category the language has) by `Intl.PluralRules`.
 *
 * Each entrypoint installs its source first: the browser's i18n (src/platform/browser-messages.ts), or
 * outside the browser (the command line, the unit tests) a catalog read from disk (src/node/messages.ts).
 */
import type englishCatalog from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishCatalog;
/** Keys with plural forms: `outletCount` for `outletCount_one` and `outletCount_other`. */
export type CountKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** Where messages come from: the browser's i18n, or a catalog read from disk. */
export interface MessageSource {
  /** The message with its substitutions, or '' when the catalog has no such key. */
  message(key: string, substitutions: string[]): string;
  /** BCP 47 tag of the language the messages are in ("en", "fr"). */
  locale(): string;
}

const notInstalled: MessageSource = {
  message: () => {
    throw new Error(
      'No message catalog: the entrypoint must call useMessageSource first (useBrowserMessages in the extension, useEnglishMessages in Node).',
    );
  },
  locale: () => 'en',
};

let source: MessageSource = notInstalled;

/** Messages from `next` from now on (the CLI and tests: a catalog on disk). */
export function useMessageSource(next: MessageSource): void {
  source = next;
}

/** The language the UI speaks, for `Intl` and `lang` attributes. */
export function uiLocale(): string {
  return source.locale();
}

/**
 * `make(locale)` built once per locale: Intl objects cost far more to build than to use, and a report
 * formats many counts and dates.
 */
export function byLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}

const numberFormat = byLocale((locale) => new Intl.NumberFormat(locale));
const pluralRules = byLocale((locale) => new Intl.PluralRules(locale));

/** `n` as the UI's language writes it ("14,231"; in French "14 231"). */
export function formatNumber(n: number): string {
  return numberFormat(uiLocale()).format(n);
}

const substitution = (value: string | number) => (typeof value === 'number' ? formatNumber(value) : value);

/** The message `key` with `values` put in its placeholders, in the reader's language. */
export function t(key: MessageKey, ...values: Array<string | number>): string {
  const text = source.message(key, values.map(substitution));
  // A missing key is a bug the catalog test catches; the key beats an empty label meanwhile.
  return text === '' ? key : text;
}

/**
 * The plural form of `key` for `n` ("1 outlet", "3 outlets"; French counts 0 and 1 as one), with `n`
 * as the first value and `values` after it.
 */
export function tCount(key: CountKey, n: number, ...values: Array<string | number>): string {
  const category = pluralRules(uiLocale()).select(n);
  const form = `${key}_${category}`;
  const text = source.message(form, [n, ...values].map(substitution));
  return text !== '' ? text : t(`${key}_other` as MessageKey, n, ...values);
}

/** One catalog entry, as in messages.json. */
interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/**
 * The browser's substitution rules over a catalog: `$NAME$` is the placeholder's content, in which
 * `$1`…`$9` are the substitutions; `$$` is a dollar sign. `fallback` (English) answers keys `catalog` lacks.
 */
export function catalogSource(catalog: Catalog, locale: string, fallback?: Catalog): MessageSource {
  return {
    locale: () => locale,
    message(key, substitutions) {
      const entry = catalog[key] ?? fallback?.[key];
      if (!entry) return '';
      const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
      return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name?: string) => {
        if (whole === '$$') return '$';
        const placeholder = Object.entries(entry.placeholders ?? {}).find(
          ([p]) => p.toLowerCase() === name!.toLowerCase(),
        );
        return placeholder ? fill(placeholder[1].content) : whole;
      });
    },
  };
}
