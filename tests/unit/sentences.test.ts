import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/extract/sentences';

const texts = (text: string, lang?: string): string[] => splitSentences(text, lang).map((span) => span.text);

describe('splitSentences', () => {
  test.each([
    [
      'titles and initialisms stay inside the sentence',
      'U.S. President Donald Trump met Mr. Putin in Alaska. Talks followed.',
      ['U.S. President Donald Trump met Mr. Putin in Alaska.', 'Talks followed.'],
    ],
    [
      'military ranks',
      'Gen. Milley and Sen. Graham spoke. Then they left.',
      ['Gen. Milley and Sen. Graham spoke.', 'Then they left.'],
    ],
    [
      'middle initials and dotted first names',
      'John F. Kennedy said so. J.D. Vance agreed.',
      ['John F. Kennedy said so.', 'J.D. Vance agreed.'],
    ],
    [
      'decimals and percentages',
      'Artillery fire rose 3.5% since June. Prices fell 2.25 per cent.',
      ['Artillery fire rose 3.5% since June.', 'Prices fell 2.25 per cent.'],
    ],
    [
      'an ellipsis inside a sentence',
      'The official NATO position… is that there is an irreversible path. It holds.',
      ['The official NATO position… is that there is an irreversible path.', 'It holds.'],
    ],
    [
      'a quote that ends a sentence (straight quotes)',
      'He said "we stand for Ukraine." The official said more.',
      ['He said "we stand for Ukraine."', 'The official said more.'],
    ],
    [
      'a quote that ends a sentence (curly quotes)',
      'Trump called the talks “very good.” A key takeaway was clear.',
      ['Trump called the talks “very good.”', 'A key takeaway was clear.'],
    ],
    [
      'a quoted question and its attribution',
      '“Is it over?” he asked. Nobody answered.',
      ['“Is it over?” he asked.', 'Nobody answered.'],
    ],
    [
      '"No." as an answer is a sentence',
      'Did they discuss troops? No. Rutte explicitly stated it.',
      ['Did they discuss troops?', 'No.', 'Rutte explicitly stated it.'],
    ],
    [
      '"No." before a number is an abbreviation',
      'He lives at No. 10 Downing Street. It is no. 5 on the list.',
      ['He lives at No. 10 Downing Street.', 'It is no. 5 on the list.'],
    ],
    [
      '"U.S." ending a sentence before a common opener',
      'He lives in the U.S. The next day he left.',
      ['He lives in the U.S.', 'The next day he left.'],
    ],
    ['"U.S." before a proper noun', 'The U.S. Army said so.', ['The U.S. Army said so.']],
    [
      'times of day',
      'It began at 3 p.m. Tuesday. It ended at noon.',
      ['It began at 3 p.m. Tuesday.', 'It ended at noon.'],
    ],
    [
      '"St." as a saint and as a street',
      'He flew to St. Petersburg. The shop is on Main St. The owner left.',
      ['He flew to St. Petersburg.', 'The shop is on Main St.', 'The owner left.'],
    ],
    [
      'company suffix ending a sentence',
      'Shares rose at Apple Inc. The company said nothing.',
      ['Shares rose at Apple Inc.', 'The company said nothing.'],
    ],
    [
      'a newline always ends a sentence',
      'A headline without a period\nThe body starts here. It goes on',
      ['A headline without a period', 'The body starts here.', 'It goes on'],
    ],
    [
      'blank lines between paragraphs',
      'First paragraph.\n\nSecond paragraph.',
      ['First paragraph.', 'Second paragraph.'],
    ],
    ['text without final punctuation', 'Ukraine seeks guarantees', ['Ukraine seeks guarantees']],
    [
      'a sentence end that lost its space',
      'It deters future aggression.Understanding the nuances matters.',
      ['It deters future aggression.', 'Understanding the nuances matters.'],
    ],
    [
      'domains and product names are not sentence ends',
      'Visit example.com.Now or use ASP.NET today.',
      ['Visit example.com.Now or use ASP.NET today.'],
    ],
    ['exclamation', 'Stop! The guards are coming.', ['Stop!', 'The guards are coming.']],
    ['empty and blank text', '  \n\n  ', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([
    ['Chinese', 'zh', '这是第一句。这是第二句！第三句？', ['这是第一句。', '这是第二句！', '第三句？']],
    ['Japanese', 'ja', '今日は晴れです。明日は雨でしょう。', ['今日は晴れです。', '明日は雨でしょう。']],
    [
      'a malformed language tag falls back to English',
      'en_US',
      'One sentence. Another one.',
      ['One sentence.', 'Another one.'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  test('offsets point at the sentence in the original text', () => {
    const text = '  U.S. President Donald Trump spoke.\n\n  Mr. Putin listened.  “Fine?” he asked.';
    const spans = splitSentences(text);
    expect(spans.map((span) => span.text)).toEqual([
      'U.S. President Donald Trump spoke.',
      'Mr. Putin listened.',
      '“Fine?” he asked.',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
