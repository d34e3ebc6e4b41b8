/**
 * The page-language detector on short news texts written for this test (the measurement on real pages
 * is in extract-readability-pages.test.ts), and the words a reader is told.
 */
import { describe, expect, test } from 'vitest';
import { detectLanguage, MIN_WORDS } from '../../src/extract/detect-language';
import { isReadLanguage, languageTag } from '../../src/extract/language-tag';
import { languageName, unsupportedLanguageMessage } from '../../src/ui/language-note';

const ENGLISH =
  'The city council voted on Tuesday to extend the night bus service to the northern suburbs, after a year of complaints from shift workers who said they had no way to get home. The new routes will start in May and cost about two million a year, which the council said would be paid from parking fees.';
const FRENCH =
  'Le conseil municipal a voté mardi la prolongation du service de bus de nuit vers les quartiers nord, après une année de plaintes de salariés qui disaient ne pas avoir de moyen de rentrer chez eux. Les nouvelles lignes ouvriront en mai et coûteront environ deux millions par an, selon la mairie.';
const SLOVAK =
  'Mestské zastupiteľstvo v utorok schválilo predĺženie nočných autobusových liniek do severných štvrtí. Podľa primátora sa o tom diskutovalo už rok, keď sa ľudia, ktorí pracujú na zmeny, sťažovali, že sa nemajú ako dostať domov. Nové linky budú premávať od mája a ich prevádzka bude stáť asi dva milióny eur ročne, ktoré mesto zaplatí z poplatkov za parkovanie.';
const CZECH =
  'Městské zastupitelstvo v úterý schválilo prodloužení nočních autobusových linek do severních čtvrtí. Podle primátora se o tom diskutovalo už rok, kdy si lidé, kteří pracují na směny, stěžovali, že se nemají jak dostat domů. Nové linky budou jezdit od května a jejich provoz bude stát asi dva miliony eur ročně, které město zaplatí z poplatků za parkování.';
const GERMAN =
  'Der Stadtrat hat am Dienstag beschlossen, die Nachtbusse bis in die nördlichen Vororte fahren zu lassen, nachdem sich Schichtarbeiter ein Jahr lang darüber beschwert hatten, dass sie nicht nach Hause kommen. Die neuen Linien sollen im Mai starten und etwa zwei Millionen im Jahr kosten, die aus den Parkgebühren bezahlt werden.';
const SPANISH =
  'El ayuntamiento aprobó el martes la ampliación del servicio de autobuses nocturnos hasta los barrios del norte, después de un año de quejas de los trabajadores por turnos, que decían que no tenían forma de volver a casa. Las nuevas líneas empezarán en mayo y costarán unos dos millones al año, que se pagarán con las tasas de aparcamiento.';
const JAPANESE =
  'トレンドマイクロは3月9日、スマホ・タブレット向けのセキュリティアプリの発売を開始すると発表した。1年版ライセンスは2900円で、2年版ライセンスは5000円となる。公衆無線LANを安全に使うためのアプリである。';
const CHINESE =
  '市议会周二投票决定将夜间公交服务延伸至北部郊区，此前轮班工人抱怨了一年，称他们无法回家。新线路将于五月开通，每年花费约两百万元，由停车费支付。';
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.';

describe('detectLanguage', () => {
  test.each([
    ['English', ENGLISH, [], 'en', 'text'],
    ['English, declared en-GB', ENGLISH, ['en-GB'], 'en-GB', 'text'],
    ['French', FRENCH, [], 'fr', 'text'],
    ['Slovak', SLOVAK, [], 'sk', 'text'],
    ['Czech', CZECH, [], 'cs', 'text'],
    ['German', GERMAN, [], 'de', 'text'],
    ['Spanish', SPANISH, ['es-MX'], 'es-MX', 'text'],
    ['Japanese (kana among Han)', JAPANESE, [], 'ja', 'text'],
    ['Chinese, declared zh-TW', CHINESE, ['zh-TW'], 'zh-TW', 'declared'],
  ])('%s', (_, text, declared, lang, basis) => {
    expect(detectLanguage(text, declared)).toMatchObject({ lang, basis });
  });

  test.each([
    // A CMS template's lang="en" around a French story: the text decides.
    ['French text declared en', FRENCH, ['en'], 'fr'],
    ['Slovak text declared en-US', SLOVAK, ['en-US'], 'sk'],
    // And the other way round: an English story on a French site's template.
    ['English text declared fr', ENGLISH, ['fr'], 'en'],
    ['Chinese text declared en', CHINESE, ['en'], 'zh'],
  ])('mislabelled: %s is read as %s', (_, text, declared, lang) => {
    expect(detectLanguage(text, declared)).toMatchObject({ lang, declared: declared[0], basis: 'text' });
  });

  test('close languages: a clear count overrides the declaration, a near tie is left to it', () => {
    // Slovak and Czech share most function words; Slovak text still scores clearly higher on its own list.
    expect(detectLanguage(SLOVAK, ['cs']).lang).toBe('sk');
    // A declared language that is close to the top (a mixed text) is believed.
    expect(detectLanguage(`${CZECH} ${SLOVAK}`, ['sk']).lang).toBe('sk');
    expect(detectLanguage(`${CZECH} ${SLOVAK}`, ['cs']).lang).toBe('cs');
  });

  test('text too short to count words in: the declaration, else no language (read as English)', () => {
    const short = 'Grève des bus à Valmont jeudi.';
    expect(short.split(' ').length).toBeLessThan(MIN_WORDS);
    expect(detectLanguage(short, ['fr'])).toEqual({ lang: 'fr', declared: 'fr', basis: 'declared' });
    expect(detectLanguage(short, [])).toEqual({ lang: null, declared: null, basis: 'default' });
    expect(detectLanguage('A short English caption.', ['en'])).toMatchObject({ lang: 'en', basis: 'declared' });
  });

  test('text in no language it knows (Lorem ipsum): the declaration, else none', () => {
    expect(detectLanguage(LOREM, [])).toEqual({ lang: null, declared: null, basis: 'default' });
    expect(detectLanguage(LOREM, ['en'])).toMatchObject({ lang: 'en', basis: 'declared' });
  });

  test('the first valid declaration counts; og:locale’s underscore is read as a hyphen', () => {
    expect(detectLanguage('Bonjour.', ['', 'not a tag!', 'fr_FR', 'de']).declared).toBe('fr-FR');
    expect(languageTag('  en-us ')).toBe('en-us');
    expect(languageTag('x-invalid-!!')).toBeNull();
    expect(languageTag(null)).toBeNull();
  });

  test('English, and no known language, are read; the rest are not', () => {
    expect(isReadLanguage('en')).toBe(true);
    expect(isReadLanguage('en-AU')).toBe(true);
    expect(isReadLanguage(null)).toBe(true);
    expect(isReadLanguage('fr')).toBe(false);
    expect(isReadLanguage('zh-TW')).toBe(false);
  });
});

describe('what the reader is told', () => {
  test.each([
    ['fr', 'French'],
    ['fr-CA', 'French'],
    ['sk', 'Slovak'],
    ['zh-TW', 'Chinese'],
    ['pt-BR', 'Portuguese'],
    // No name known: the code itself rather than a guess.
    ['qaa', 'qaa'],
  ])('%s is named %s', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });

  test('the sentence', () => {
    expect(unsupportedLanguageMessage('fr')).toBe('This article is in French; Provenance checks English text.');
    expect(unsupportedLanguageMessage('sk')).toBe('This article is in Slovak; Provenance checks English text.');
  });
});
