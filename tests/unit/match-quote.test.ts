/** Re-anchoring a sentence in a page's text: exact, whitespace-insensitive, fuzzy, and refusals. */
import { describe, expect, test } from 'vitest';
import { matchQuote, type MatchMethod } from '../../src/anchoring/match-quote';

const SENTENCE = 'the Biden administration has proposed a framework that would provide Kyiv with defense commitments.';

describe('matchQuote', () => {
  test.each<[string, string, { quote: string; prefix?: string; suffix?: string }, string | null, MatchMethod | null]>([
    ['exact', `Intro. ${SENTENCE} Outro.`, { quote: SENTENCE }, SENTENCE, 'exact'],
    [
      'whitespace differences (a line break and two spaces in the markup)',
      'Intro. the Biden administration has\nproposed a  framework that would provide Kyiv with defense commitments. Outro.',
      { quote: SENTENCE },
      'the Biden administration has\nproposed a  framework that would provide Kyiv with defense commitments.',
      'whitespace',
    ],
    [
      'words glued by markup ("Kyiv</a>with")',
      'Intro. the Biden administration has proposed a framework that would provide Kyivwith defense commitments.',
      { quote: SENTENCE },
      'the Biden administration has proposed a framework that would provide Kyivwith defense commitments.',
      'whitespace',
    ],
    [
      'a page edited since (one word changed, a footnote marker added)',
      'Intro. the Biden administration has proposed a plan that would provide Kyiv with defense commitments.[3] Outro.',
      { quote: SENTENCE },
      'the Biden administration has proposed a plan that would provide Kyiv with defense commitments.',
      'fuzzy',
    ],
    [
      'a different sentence on the same subject is not a match',
      'Intro. The Biden administration said nothing about Kyiv today. Outro.',
      { quote: SENTENCE },
      null,
      null,
    ],
    ['an empty page', '', { quote: SENTENCE }, null, null],
    ['an empty quote', 'Some text.', { quote: '  ' }, null, null],
  ])('%s', (_name, text, selector, expected, method) => {
    const match = matchQuote(text, selector);
    if (expected === null) {
      expect(match).toBeNull();
      return;
    }
    expect(match).not.toBeNull();
    expect(text.slice(match!.start, match!.end)).toBe(expected);
    expect(match!.method).toBe(method);
    expect(match!.score).toBeGreaterThan(0);
    expect(match!.score).toBeLessThanOrEqual(1);
  });

  test('a sentence that occurs twice anchors to the copy whose prefix and suffix match', () => {
    const quote = 'Moscow warned against it.';
    const text = `Pull quote: ${quote} Then the body. The talks stalled in July. ${quote} Analysts disagreed.`;
    const match = matchQuote(text, { quote, prefix: 'The talks stalled in July. ', suffix: ' Analysts disagreed.' });
    expect(match!.start).toBe(text.lastIndexOf(quote));
    expect(match!.score).toBe(1);
  });

  test('context is compared with whitespace collapsed (the article separates paragraphs by blank lines)', () => {
    const quote = 'Second paragraph starts here.';
    const text = `First paragraph ends. ${quote} More.`;
    const match = matchQuote(text, { quote, prefix: 'First paragraph ends.\n\n', suffix: ' More.' });
    expect(match).toMatchObject({ start: text.indexOf(quote), score: 1, method: 'exact' });
  });

  test('exact beats fuzzy, and fuzzy scores below exact', () => {
    const quote = 'Russian artillery fire has increased by approximately 37% since June.';
    const fuzzy = matchQuote('Russian artillery fire has risen by approximately 37% since June.', { quote });
    expect(fuzzy?.method).toBe('fuzzy');
    expect(fuzzy!.score).toBeLessThan(0.9);
  });

  test('finds the quote on a long page where it is only approximately there', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(2500);
    const text = `${filler}the Biden administration has proposed a plan that would provide Kyiv with defense commitments. ${filler}`;
    const match = matchQuote(text, { quote: SENTENCE });
    expect(text.slice(match!.start, match!.end)).toContain('proposed a plan');
  });
});
