/**
 * Dataset and page strings as a reader is shown them (`displayText`): one line, nothing invisible,
 * nothing that reverses or reorders the text. The hostile rows are what a dataset's author can write in
 * an outlet's name to pass for another outlet or for Provenance's own words.
 */
import { describe, expect, test } from 'vitest';
import { countInvisible, displayText, withoutInvisible } from '../../src/claims/display-text';

const FORGED = '✓ Corroborated by 12 independent outlets';

describe('displayText', () => {
  test.each<[string, string, string]>([
    ['a line feed', `Reuters\n${FORGED}`, `Reuters ${FORGED}`],
    ['CR LF', `Reuters\r\n${FORGED}`, `Reuters ${FORGED}`],
    ['a lone carriage return (a terminal goes back to column 0)', `Reuters\r${FORGED}`, `Reuters ${FORGED}`],
    ['U+2028 line separator', `Reuters\u2028${FORGED}`, `Reuters ${FORGED}`],
    ['U+2029 paragraph separator', `Reuters\u2029${FORGED}`, `Reuters ${FORGED}`],
    ['U+0085 next line', `Reuters\u0085${FORGED}`, `Reuters ${FORGED}`],
    ['vertical tab and form feed', `Reuters\u000B\u000C${FORGED}`, `Reuters ${FORGED}`],
    ['tabs and runs of spaces', 'The\t\tNew   York  Times', 'The New York Times'],
    ['zero-width space inside a name', 'Reu\u200Bters', 'Reuters'],
    ['zero-width non-joiner and joiner', 'Reu\u200Cte\u200Drs', 'Reuters'],
    ['left-to-right and right-to-left marks', '\u200EReuters\u200F', 'Reuters'],
    ['a right-to-left override (shows "reuters.com")', '\u202Emoc.sretuer\u202C', 'moc.sretuer'],
    ['embeddings', '\u202AA\u202BB\u202C', 'AB'],
    ['isolates', '\u2066A\u2067B\u2068C\u2069', 'ABC'],
    ['a byte-order mark', '\uFEFFReuters', 'Reuters'],
    ['the word joiner and invisible operators', 'Reu\u2060t\u2061e\u2062r\u2063s\u2064', 'Reuters'],
    ['a soft hyphen', 'Reu\u00ADters', 'Reuters'],
    ['tag characters (invisible ASCII)', 'Reuters\u{E0041}\u{E0042}', 'Reuters'],
    ['Hangul fillers, drawn as nothing', 'Reu\u3164ters\u115F', 'Reuters'],
    ['a terminal escape sequence', 'Reuters\u001B[2J\u001B[1;1H', 'Reuters[2J[1;1H'],
    ['a NUL and a C1 control', 'Reu\u0000ters\u009B', 'Reuters'],
    ['a break hidden behind invisible characters', `Reuters\u200B\n\u200B${FORGED}`, `Reuters ${FORGED}`],
  ])('%s', (_name, input, shown) => {
    expect(displayText(input)).toBe(shown);
  });

  test.each<[string, string]>([
    ['right-to-left text', 'الجزيرة · דנה לוי'],
    ['accents, CJK and emoji', 'Le Monde · 朝日新聞 · 📰'],
    ['markup, which the UI shows as text anyway', '<img src=x onerror=alert(1)>'],
    ['the separators the UI builds lines with', ' · '],
  ])('%s is unchanged', (_name, input) => {
    expect(displayText(input)).toBe(input);
  });

  test('is not trimmed, so pieces of one line keep their spaces', () => {
    expect(displayText(' Reuters\n')).toBe(' Reuters ');
  });
});

describe('withoutInvisible, for the dataset validator', () => {
  test('keeps line breaks and tabs, which a description may hold, and counts what it removes', () => {
    const text = 'First\u200B paragraph.\n\tSecond\u202E one.\u{E0041}';
    expect(withoutInvisible(text)).toBe('First paragraph.\n\tSecond one.');
    expect(countInvisible(text)).toBe(3);
  });
});
