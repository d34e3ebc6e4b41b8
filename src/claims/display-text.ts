/**
 * Strings from datasets and pages as a reader is shown them. A dataset's author writes every outlet,
 * author, title and claim, so they must not be able to make one string look like another, or like
 * Provenance's own words: a line break in an outlet starts a forged line ("✓ Corroborated by 12
 * independent outlets") in the terminal, and invisible or direction-changing characters make
 * "\u202Emoc.sretuer" display as "reuters.com".
 */

/**
 * Characters a reader cannot see that change what they see: controls other than whitespace (a
 * terminal obeys ESC sequences; tabs and line breaks are whitespace, below), every Unicode format
 * character (zero-width spaces and joiners, the left-to-right and right-to-left marks, embeddings,
 * overrides and isolates, the byte-order mark, the soft hyphen, invisible operators, tag characters),
 * and the combining grapheme joiner and Hangul fillers, which are drawn as nothing. Right-to-left
 * scripts display correctly without them. Emoji sequences joined by U+200D show as their parts.
 */
export const INVISIBLE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: code points listed one by one, each removed alone
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** Runs of whitespace, line breaks of every kind (LF, CR, VT, FF, NEL, U+2028, U+2029) and tabs included. */
const WHITESPACE_RUN = /[\s\u0085]+/g;

/** `text` without {@link INVISIBLE_CHARACTERS}; line breaks and other whitespace are kept. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}

/** How many {@link INVISIBLE_CHARACTERS} `text` holds (a tag character counts once, not as two code units). */
export function countInvisible(text: string): number {
  return text.match(INVISIBLE_CHARACTERS)?.length ?? 0;
}

/**
 * `text` as one line of display: invisible and direction-changing characters removed, then every run
 * of whitespace, line breaks included, one space. Not trimmed, so separators such as " · " keep their
 * spaces when the UI builds a line from pieces.
 */
export function displayText(text: string): string {
  return withoutInvisible(text).replace(WHITESPACE_RUN, ' ');
}
