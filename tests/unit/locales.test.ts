/**
 * The UI's catalogs (public/_locales): every locale has every key, with the same placeholders, each of
 * them used; every plural key has its `other` form; the manifest's messages exist; and a report reads
 * in French with French numbers, through the same substitution rules the browser applies.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { catalogSource, formatNumber, t, tCount, useMessageSource, type Catalog } from '../../src/i18n/messages';
import { LOCALES_DIR, readCatalog, useEnglishMessages } from '../../src/node/messages';
import { parseSite } from '../../src/sites/site-input';
import { explainMessagingError } from '../../src/messaging/ask-background';
import { formatDate } from '../../src/ui/format-date';
import { countsLine } from '../../src/ui/report-counts';
import { unsupportedLanguageMessage } from '../../src/ui/language-note';
import { sourceSummary } from '../../src/ui/source-summary';
import { differenceLabel } from '../../src/ui/difference-label';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { actorDifferences, officeContext } from '../../src/stance/differences';

const locales = readdirSync(LOCALES_DIR).sort();
const catalogs = new Map(locales.map((locale) => [locale, readCatalog(locale)]));
const english = catalogs.get('en')!;
const placeholdersIn = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

describe('the locale catalogs', () => {
  test('English and French ship', () => {
    expect(locales).toEqual(['en', 'fr']);
  });

  test.each(locales.filter((l) => l !== 'en'))(
    '%s has exactly the English keys, each with the same placeholders',
    (locale) => {
      const catalog = catalogs.get(locale)!;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(english)) {
        expect(catalog[key]!.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
        expect(catalog[key]!.message.trim(), key).not.toBe('');
      }
    },
  );

  test.each(locales)('%s: every placeholder a message names is defined, and every defined one is used', (locale) => {
    for (const [key, entry] of Object.entries(catalogs.get(locale)! as Catalog)) {
      expect(placeholdersIn(entry.message), `${locale} ${key}`).toEqual(
        Object.keys(entry.placeholders ?? {})
          .map((p) => p.toLowerCase())
          .sort(),
      );
    }
  });

  test.each(locales)(
    '%s names its language, writing direction and date style, for the pages’ lang and dir',
    (locale) => {
      const catalog = catalogs.get(locale)!;
      expect(catalog.uiLanguage?.message).toBe(locale);
      expect(['ltr', 'rtl']).toContain(catalog.uiDirection?.message);
      expect(Intl.DateTimeFormat.supportedLocalesOf([catalog.uiDateLocale!.message])).toHaveLength(1);
    },
  );

  test('every plural message has its "other" form, which the code falls back to', () => {
    for (const key of Object.keys(english).filter((k) => /_(zero|one|two|few|many)$/.test(k))) {
      expect(english, key).toHaveProperty(key.replace(/_[a-z]+$/, '_other'));
    }
  });
});

describe('messages in French', () => {
  test('a report’s counts, a summary, the language note, a refused site and a silent worker read in French, numbers written the French way', () => {
    useMessageSource(catalogSource(readCatalog('fr'), 'fr'));
    try {
      expect(formatNumber(14231)).toBe('14\u202f231');
      expect(countsLine({ checked: 1, corroborated: 0, conflicting: 2 })).toBe(
        '1 affirmation vérifiée · 0 corroborée · 2 contredites',
      );
      expect(
        sourceSummary({ conflicting: { outlets: 1, independent: 1 }, corroborating: { outlets: 3, independent: 2 } }),
      ).toBe('1 média contredit · 3 médias corroborent, 2 sources indépendantes');
      expect(unsupportedLanguageMessage('de')).toBe(
        'Cet article est en allemand ; Provenance vérifie les textes en anglais.',
      );
      expect(tCount('claimsChecked', 1_000_000)).toBe('1\u202f000\u202f000 affirmations vérifiées');
      expect(formatDate('2025-08-16T23:30:00-04:00')).toBe('16 août 2025');
      expect(explainMessagingError(new Error('The message port closed before a response was received.'))).toBe(
        'La page d’arrière-plan de Provenance s’est arrêtée avant de répondre. Réessayez.',
      );
      expect(explainMessagingError(new Error('boom'))).toBe(
        'La page d’arrière-plan de Provenance n’a pas répondu : boom',
      );
      expect(parseSite('*.com')).toEqual({
        ok: false,
        message: '*.com couvrirait tous les sites se terminant par .com. Nommez un site, comme dans *.example.com.',
      });
    } finally {
      useEnglishMessages();
    }
  });

  test('whom a country stands for is said in French, with the office’s French label from the lexicon', () => {
    // The engine's difference, as the judge makes it for "the American side" in a text naming Trump.
    const [page, source] = [
      analyzeSentence('The Biden administration has proposed a security guarantee.'),
      analyzeSentence('The American side has proposed a guarantee.'),
    ];
    const context = officeContext([analyzeSentence('US President Donald Trump spoke on Saturday.')]);
    const [difference] = actorDifferences(page, source, officeContext([page]), context);
    expect(difference?.standsFor).toBeDefined();
    expect(differenceLabel(difference!)).toBe(
      'Different actor: The Biden administration vs The American side (“The American side” here means Donald Trump’s side: the same text names Donald Trump as US president)',
    );
    useMessageSource(catalogSource(readCatalog('fr'), 'fr'));
    try {
      expect(differenceLabel(difference!)).toBe(
        'Acteur différent : The Biden administration / The American side (« The American side » désigne ici le camp de Donald Trump : le même texte présente Donald Trump comme président des États-Unis)',
      );
    } finally {
      useEnglishMessages();
    }
  });

  test('substitution follows the browser’s rules: $1 inside a placeholder, $$ a dollar sign, a missing key its name', () => {
    const source = catalogSource(
      { price: { message: 'Costs $$$AMOUNT$ now', placeholders: { amount: { content: '$1' } } } },
      'en',
    );
    expect(source.message('price', ['5'])).toBe('Costs $5 now');
    expect(source.message('absent', [])).toBe('');
    expect(t('countsLine', 'a', 'b', 'c')).toBe('a · b · c');
  });
});
