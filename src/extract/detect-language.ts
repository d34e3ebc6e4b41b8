/**
 * Which language an article is in, on the device: what the page declares (`<html lang>`, a
 * content-language meta tag, `og:locale`) weighed against what its text shows. Pages often declare the
 * wrong language (a CMS template's `lang="en"` around a French story), so the text decides whenever it
 * says clearly; the declaration decides only when the text is too short or says nothing clear.
 *
 * The text's evidence: for text in the Latin alphabet, the share of its words that are one language's
 * function words (`function-words.ts`); for other alphabets, the script itself (Hangul is Korean, kana
 * Japanese, Cyrillic Russian unless the page names another Cyrillic language…). Measured on Mozilla
 * Readability's real test pages: docs/quality.md, "Language of the page".
 */
import { FUNCTION_WORDS } from './function-words';
import { languageTag, primaryLanguage } from './language-tag';

/** How the language was decided. */
export type LanguageBasis = 'text' | 'declared' | 'default';

/** The judgement: the language (a BCP 47 tag) and what it rests on. */
export interface DetectedLanguage {
  /**
   * "fr", "en-GB": the declared tag when the text agrees with it, else the text's language; null when
   * neither says (too little text, no declaration), which Provenance reads as English.
   */
  lang: string | null;
  /** The page's own declaration, a BCP 47 tag; null when it declares none (or nonsense). */
  declared: string | null;
  basis: LanguageBasis;
}

/**
 * Fewer Latin words than this are too few to count function words in (a caption, a video page's two
 * lines): the declaration, else English, decides. In the first 40 words of the measured pages the top
 * share is already the page's own language on all but three (a table of contents, an infobox, a
 * changelog), and those three fall below `MIN_SHARE`, so the declaration decides them.
 */
export const MIN_WORDS = 40;
/** Fewer letters than this in a non-Latin script say nothing about the page's language. */
const MIN_SCRIPT_LETTERS = 40;
/**
 * A language is recognised when at least this share of the text's words are its function words, and
 * its share is the highest. On the 88 real pages in the Latin alphabet of Readability's test suite
 * (docs/quality.md), a page's own language scores 0.20–0.46 (median 0.37), the best other language
 * 0.03–0.27 (Spanish prose on the French and Catalan lists), and Lorem ipsum, which is no language,
 * at most 0.10: 0.15 recognises every page's language and none in Lorem ipsum.
 */
export const MIN_SHARE = 0.15;
/**
 * Where the declared language scores within this factor of the best one, the declaration is believed:
 * close languages (Czech and Slovak, Danish and Norwegian) share most of their function words, and the
 * page knows better than the count which of the two it is in.
 */
const DECLARED_MARGIN = 0.8;
/** Words read: the first few thousand decide as well as the whole of a very long page. */
const MAX_WORDS = 3000;

const PROFILES = Object.entries(FUNCTION_WORDS).map(([lang, words]) => ({ lang, words: new Set(words) }));

/** Scripts other than Latin, each with the language it most often means and the others written in it. */
const SCRIPTS: ReadonlyArray<{ pattern: RegExp; lang: string; others: readonly string[] }> = [
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, lang: 'ja', others: [] },
  { pattern: /\p{Script=Hangul}/gu, lang: 'ko', others: [] },
  { pattern: /\p{Script=Han}/gu, lang: 'zh', others: ['ja', 'yue'] },
  { pattern: /\p{Script=Cyrillic}/gu, lang: 'ru', others: ['uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg'] },
  { pattern: /\p{Script=Arabic}/gu, lang: 'ar', others: ['fa', 'ur', 'ps', 'ku', 'sd'] },
  { pattern: /\p{Script=Hebrew}/gu, lang: 'he', others: ['yi'] },
  { pattern: /\p{Script=Greek}/gu, lang: 'el', others: [] },
  { pattern: /\p{Script=Devanagari}/gu, lang: 'hi', others: ['mr', 'ne', 'sa'] },
  { pattern: /\p{Script=Thai}/gu, lang: 'th', others: [] },
  { pattern: /\p{Script=Bengali}/gu, lang: 'bn', others: ['as'] },
  { pattern: /\p{Script=Tamil}/gu, lang: 'ta', others: [] },
  { pattern: /\p{Script=Georgian}/gu, lang: 'ka', others: [] },
  { pattern: /\p{Script=Armenian}/gu, lang: 'hy', others: [] },
];

/** Each profile's share of `words`, highest first. */
export function functionWordShares(words: readonly string[]): Array<{ lang: string; share: number }> {
  return PROFILES.map(({ lang, words: list }) => {
    let hits = 0;
    for (const word of words) if (list.has(word)) hits++;
    return { lang, share: words.length === 0 ? 0 : hits / words.length };
  }).sort((a, b) => b.share - a.share);
}

/** The language the script of `text` shows when most of its letters are not Latin; null otherwise. */
function scriptLanguage(text: string, declared: string | null): string | null {
  const { letters, latin } = letterCounts(text);
  if (letters - latin < MIN_SCRIPT_LETTERS || latin >= letters - latin) return null;
  const counts = SCRIPTS.map((script) => ({ script, count: text.match(script.pattern)?.length ?? 0 }));
  // Japanese mixes kana with Han: a tenth of kana among them is Japanese, not Chinese.
  const kana = counts[0]!.count;
  const han = counts[2]!.count;
  if (kana > 0 && kana >= (kana + han) / 10) return declared && primaryLanguage(declared) === 'ja' ? declared : 'ja';
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  if (best.count === 0) return declared ?? 'und';
  const { lang, others } = best.script;
  return declared && [lang, ...others].includes(primaryLanguage(declared)) ? declared : lang;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The letters of `text`, and how many of them are Latin: one pass, ASCII letters counted without a
 * regular expression (a page's text is mostly ASCII, and matching every letter built an array of them).
 */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (LETTER.test(char)) {
      letters++;
      if (LATIN.test(char)) latin++;
    }
  }
  return { letters, latin };
}

/** Lower-case words of the Latin alphabet, in order ("l'État" gives "l", "état"), the first `MAX_WORDS` of them. */
function latinWords(text: string): string[] {
  const words: string[] = [];
  const word = /\p{Script=Latin}+/gu;
  const lower = text.toLowerCase();
  for (let match = word.exec(lower); match && words.length < MAX_WORDS; match = word.exec(lower)) words.push(match[0]);
  return words;
}

/**
 * The language of `text`, given the page's declared tags in order of trust (the first valid one
 * counts). Text in no language it recognises, with no declaration, gets no language (`lang: null`),
 * which `isReadLanguage` takes for English: that is what Provenance did before it looked.
 */
export function detectLanguage(
  text: string,
  declaredTags: ReadonlyArray<string | null | undefined> = [],
): DetectedLanguage {
  const declared = declaredTags.map(languageTag).find((tag): tag is string => tag !== null) ?? null;
  const fallback = (): DetectedLanguage => ({ lang: declared, declared, basis: declared ? 'declared' : 'default' });
  const script = scriptLanguage(text, declared);
  if (script !== null) return { lang: script, declared, basis: script === declared ? 'declared' : 'text' };
  const words = latinWords(text);
  if (words.length < MIN_WORDS) return fallback();
  const shares = functionWordShares(words);
  const best = shares[0]!;
  if (best.share < MIN_SHARE) return fallback();
  if (declared && primaryLanguage(declared) === best.lang) return { lang: declared, declared, basis: 'text' };
  const declaredShare = declared ? (shares.find((entry) => entry.lang === primaryLanguage(declared))?.share ?? 0) : 0;
  if (declared && declaredShare >= best.share * DECLARED_MARGIN) return { lang: declared, declared, basis: 'declared' };
  return { lang: best.lang, declared, basis: 'text' };
}
