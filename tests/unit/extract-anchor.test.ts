import { describe, expect, test } from 'vitest';
import { ANCHOR_CONTEXT_CHARS, anchorAt } from '../../src/extract/anchor';
import { pageSentences } from '../../src/extract/page-sentences';

describe('anchorAt', () => {
  const text =
    'First paragraph ends here.\n\nU.S. President Donald Trump spoke on Saturday. Mr. Putin listened for a very long while.';

  test.each([
    ['the first sentence has no prefix', 'First paragraph ends here.', '', '\n\nU.S. President Donald Trump sp'],
    [
      'context crosses the paragraph break',
      'U.S. President Donald Trump spoke on Saturday.',
      'First paragraph ends here.\n\n',
      ' Mr. Putin listened for a very l',
    ],
    [
      'the last sentence has no suffix; the prefix stops at 32 characters',
      'Mr. Putin listened for a very long while.',
      'Donald Trump spoke on Saturday. ',
      '',
    ],
  ])('%s', (_name, quote, prefix, suffix) => {
    const start = text.indexOf(quote);
    const anchor = anchorAt(text, start, start + quote.length);
    expect(anchor).toEqual({ quote, prefix, suffix, start, end: start + quote.length });
    expect(anchor.prefix.length).toBeLessThanOrEqual(ANCHOR_CONTEXT_CHARS);
    expect(anchor.suffix.length).toBeLessThanOrEqual(ANCHOR_CONTEXT_CHARS);
  });

  test('context never starts or ends inside an emoji', () => {
    const emoji = '🔥';
    // 31 ASCII characters + the emoji's two code units put the 32-character cut between its halves.
    const text = `${emoji}${'a'.repeat(31)}Quote.${'b'.repeat(31)}${emoji}`;
    const start = text.indexOf('Quote.');
    const anchor = anchorAt(text, start, start + 'Quote.'.length);
    expect(anchor.prefix).toBe('a'.repeat(31));
    expect(anchor.suffix).toBe('b'.repeat(31));
  });
});

describe('pageSentences', () => {
  test('every anchor quotes its sentence and carries the text either side', () => {
    const text =
      'Ukraine is offered a pact. “Very good,” Trump said.\n\nNo. Rutte explicitly stated it. No. 10 agreed.';
    const sentences = pageSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Ukraine is offered a pact.',
      '“Very good,” Trump said.',
      'No.',
      'Rutte explicitly stated it.',
      'No. 10 agreed.',
    ]);
    sentences.forEach((sentence, index) => {
      const { quote, prefix, suffix, start, end } = sentence.anchor;
      expect(sentence.index).toBe(index);
      expect(quote).toBe(sentence.text);
      expect(text.slice(start, end)).toBe(quote);
      expect(prefix).toBe(text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start));
      expect(suffix).toBe(text.slice(end, end + ANCHOR_CONTEXT_CHARS));
    });
  });
});
