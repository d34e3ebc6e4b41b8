/** Word alignment for the side-by-side view: golden tables over simple edits and the seed pairs. */
import { describe, expect, test } from 'vitest';
import { alignWords, MAX_ALIGNED_WORDS, tokenizeWords, wordKey, type AlignSegment } from '../../src/ui/align-words';

/** Segments as [op, page text, source text], the way a reader would read them. */
function readable(page: string, source: string): Array<[string, string | null, string | null]> {
  return alignWords(page, source).map((segment: AlignSegment) => [
    segment.op,
    segment.page ? page.slice(segment.page.start, segment.page.end) : null,
    segment.source ? source.slice(segment.source.start, segment.source.end) : null,
  ]);
}

describe('wordKey and tokenizeWords', () => {
  test.each([
    ['U.S.', 'us'],
    ['Trump’s', 'trump'],
    ["Italy's", 'italy'],
    ['Zelenskyy', 'zelenskyy'],
    ['Élysée', 'elysee'],
    ['10,000', '10,000'],
  ])('%s compares as %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });

  test('keeps abbreviations whole and leaves sentence-final dots and dashes out of words', () => {
    const text = 'The U.S. sent 10,000 troops -- high-level aid.';
    expect(tokenizeWords(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'U.S.',
      'sent',
      '10,000',
      'troops',
      'high-level',
      'aid',
    ]);
  });
});

describe('alignWords', () => {
  test.each<[string, string, string, Array<[string, string | null, string | null]>]>([
    [
      'identical wording',
      'The pact was signed.',
      'The pact was signed.',
      [['equal', 'The pact was signed', 'The pact was signed']],
    ],
    [
      'case and punctuation do not count',
      'the U.S. agreed',
      'The US agreed',
      [['equal', 'the U.S. agreed', 'The US agreed']],
    ],
    [
      'a replaced actor is one changed run',
      'The Biden administration proposed a pact.',
      'Donald Trump proposed a pact.',
      [
        ['changed', 'The Biden administration', 'Donald Trump'],
        ['equal', 'proposed a pact', 'proposed a pact'],
      ],
    ],
    [
      'a negation only the source has is an insertion',
      'The troops will be deployed.',
      'The troops will not be deployed.',
      [
        ['equal', 'The troops will', 'The troops will'],
        ['inserted', null, 'not'],
        ['equal', 'be deployed', 'be deployed'],
      ],
    ],
    [
      'words only the page has are deletions',
      'Officials said on Monday that 3,000 troops left.',
      'Officials said 3,000 troops left.',
      [
        ['equal', 'Officials said', 'Officials said'],
        ['deleted', 'on Monday that', null],
        ['equal', '3,000 troops left', '3,000 troops left'],
      ],
    ],
    [
      'a changed number',
      'About 10,000 to 30,000 troops would deploy.',
      'About 5,000 troops would deploy.',
      [
        ['equal', 'About', 'About'],
        ['changed', '10,000 to 30,000', '5,000'],
        ['equal', 'troops would deploy', 'troops would deploy'],
      ],
    ],
    ['empty source', 'Something happened.', '', [['deleted', 'Something happened', null]]],
    ['nothing to align', '', '', []],
  ])('%s', (_name, page, source, expected) => {
    expect(readable(page, source)).toEqual(expected);
  });

  test('seed 000 against The Defense Post: the actors are a changed run between shared words', () => {
    const page =
      'According to a high-level diplomatic source speaking to AFP on condition of anonymity, the Biden administration has proposed a framework that would provide Kyiv with defense commitments strikingly similar to NATO’s Article 5 collective defense principle.';
    const source =
      "The US has proposed security guarantees for Ukraine similar to -- but separate from -- the collective defense agreement between NATO member countries, Italy's premier and a diplomatic source said on Saturday.";
    const segments = readable(page, source);
    expect(segments).toContainEqual(['changed', 'Biden administration', 'US']);
    expect(segments).toContainEqual(['equal', 'has proposed', 'has proposed']);
    expect(segments).toContainEqual(['equal', 'collective defense', 'collective defense']);
  });

  test('seed 004 against seed 001: "would not involve" and "would not send" share their negation', () => {
    const page = 'These security guarantees would not involve Western “boots on the ground” in Ukraine.';
    const source = 'While the United States would not send ground troops, it would play a critical role.';
    const segments = readable(page, source);
    expect(segments).toContainEqual(['equal', 'would not', 'would not']);
    expect(segments.find(([, p]) => p?.includes('boots'))?.[0]).toBe('changed');
  });

  test('every word of both sentences is in exactly one segment, in order', () => {
    const page = 'Trump has repeatedly ruled out Ukraine joining the Western military alliance.';
    const source = 'The U.S. and some other countries have said that they are against NATO membership for Ukraine.';
    const segments = alignWords(page, source);
    const covered = (side: 'page' | 'source', text: string) =>
      segments.flatMap((s) => (s[side] ? [text.slice(s[side]!.start, s[side]!.end)] : [])).join(' ');
    expect(tokenizeWords(covered('page', page)).map((t) => t.key)).toEqual(tokenizeWords(page).map((t) => t.key));
    expect(tokenizeWords(covered('source', source)).map((t) => t.key)).toEqual(tokenizeWords(source).map((t) => t.key));
  });

  test('very long sentences align their head and report the tail as one run, without a huge table', () => {
    const words = Array.from({ length: MAX_ALIGNED_WORDS + 50 }, (_, i) => `w${i}`);
    const page = words.join(' ');
    const source = [...words.slice(0, MAX_ALIGNED_WORDS), 'different', 'tail'].join(' ');
    const segments = alignWords(page, source);
    expect(segments[0]!.op).toBe('equal');
    expect(segments.at(-1)!.op).toBe('changed');
    expect(segments).toHaveLength(2);
  });
});
