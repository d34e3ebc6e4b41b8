import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { judge } from '../../src/stance/judge-passage';
import { wholePhrase, withWholePhrases } from '../../src/stance/whole-phrase';

const phrase = (text: string, cut: string) => {
  const at = text.indexOf(cut);
  const [start, end] = wholePhrase(analyzeSentence(text), [at, at + cut.length]);
  return text.slice(start, end);
};

describe('spans a reader can read (invented sentences; real ones in extract-readability-pages.test.ts)', () => {
  test.each([
    ['The Trump-Putin Alaska Summit ended without a deal on Friday.', 'The Trump', 'The Trump-Putin Alaska Summit'],
    ['Officials said the Trump-Putin talks would resume.', 'Putin', 'Trump-Putin'],
    ['President Trump Monday signed the order.', 'Trump', 'Trump'],
    ['US President Donald Trump said he would attend.', 'Donald', 'Donald Trump'],
    ['The ministry denied the report.', 'minis', 'ministry'],
    ['The plan would send 10,000 troops.', '10,0', '10,000'],
    ['The pact is NATO-style, officials said.', 'NATO', 'NATO-style'],
    ['It was not proposed by Kyiv.', 'not', 'not'],
  ])('%s: “%s” → “%s”', (text, cut, expected) => {
    expect(phrase(text, cut)).toBe(expected);
  });

  test('a difference keeps its kind, and both sides’ text and offsets follow the widened spans', () => {
    const page = analyzeSentence('The Trump-Putin Alaska Summit ended without a deal.');
    const source = analyzeSentence('The Biden administration ended the talks without a deal.');
    const [widened] = withWholePhrases(
      [{ kind: 'actor', page: 'The Trump', source: 'Biden', pageStart: 0, pageEnd: 9, sourceStart: 4, sourceEnd: 9 }],
      page,
      source,
    );
    expect(widened).toEqual({
      kind: 'actor',
      page: 'The Trump-Putin Alaska Summit',
      source: 'Biden',
      pageStart: 0,
      pageEnd: 29,
      sourceStart: 4,
      sourceEnd: 9,
    });
  });

  test('every span of a judged conflict is a whole phrase of its sentence', () => {
    const claim =
      'The Biden administration has proposed security guarantees for Ukraine modeled on NATO-style collective defence.';
    const passage =
      'The Trump administration has proposed security guarantees for Ukraine modeled on NATO-style collective defence.';
    const verdict = judge(claim, passage, { grain: 'sentence' });
    for (const d of verdict.differences) {
      expect(wholePhrase(analyzeSentence(claim), [d.pageStart, d.pageEnd])).toEqual([d.pageStart, d.pageEnd]);
      expect(wholePhrase(analyzeSentence(passage), [d.sourceStart, d.sourceEnd])).toEqual([d.sourceStart, d.sourceEnd]);
    }
  });
});
