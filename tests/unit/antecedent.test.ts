import { describe, expect, test } from 'vitest';
import { analyzeInContext } from '../../src/nlp/analyze-in-context';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { openingItAntecedent, openingItAntecedents } from '../../src/nlp/antecedent';

describe('openingItAntecedent', () => {
  test.each([
    // The previous sentence's subject, ended by an auxiliary or copula.
    [
      'Article 5 is the collective defense clause in the treaty.',
      'It states that an attack on one member is an attack on all.',
      'Article 5',
    ],
    [
      'The proposed deal for Ukraine is a security agreement.',
      'It would be a standalone pact.',
      'The proposed deal for Ukraine',
    ],
    ['The ceasefire will start on Monday.', 'It has been welcomed by both sides.', 'The ceasefire'],
    // "It" as a placeholder for a clause, not a thing.
    ['The ceasefire will start on Monday.', 'It is clear that both sides want it.', null],
    ['The ceasefire will start on Monday.', 'It’s become increasingly clear that both sides want it.', null],
    ['The ceasefire will start on Monday.', 'It remains to be seen whether it holds.', null],
    // No plain subject: a fronted clause or phrase, a pronoun, a main verb that is no auxiliary.
    [
      'While critics question how such a plan would be enforced, analysts view it as a bold step.',
      'It sends a clear signal to Moscow.',
      null,
    ],
    ['For the US and its allies, the agreement is a major escalation.', 'It commits them to intervene.', null],
    ['This framework appears designed to navigate an impasse.', 'It offers Ukraine a security umbrella.', null],
    ['They are against NATO membership for Ukraine.', 'It would provoke Moscow.', null],
    // Only a sentence opening with "It" is resolved.
    [
      'Article 5 is the collective defense clause in the treaty.',
      'The clause states that an attack on one is an attack on all.',
      null,
    ],
  ])('after “%s”, “%s” → %s', (previous, sentence, expected) => {
    expect(openingItAntecedent(sentence, previous)).toBe(expected);
  });

  test('a chain of "It" sentences keeps the first one\'s subject', () => {
    expect(
      openingItAntecedents([
        'What is Article 5?',
        'Article 5 is the collective defense clause in the treaty.',
        'It states that an armed attack against one member is an attack against all.',
        'It has been invoked only once.',
      ]),
    ).toEqual([null, null, 'Article 5', 'Article 5']);
  });

  test('the first sentence of an article has nothing to refer back to', () => {
    expect(openingItAntecedents(['It was a long night in Kyiv.'])).toEqual([null]);
  });
});

describe('analyzeInContext', () => {
  const sentence = 'It states that an armed attack against one member shall be considered an attack against all.';

  test("the antecedent's content sits on the pronoun", () => {
    const analysis = analyzeInContext(sentence, 'Article 5');
    // The sentence restates Article 5 in its own words too ("an armed attack against one member…"):
    // that unit is its own; the lent one sits on "It".
    const lent = analysis.units.filter((unit) => unit.key === '@article-5' && unit.start === 0);
    expect(lent).toHaveLength(1);
    expect(analysis.text.slice(lent[0]!.start, lent[0]!.end)).toBe('It');
    expect(analysis.units.length).toBe(analyzeSentence(sentence).units.length + 1);
  });

  test('people and numbers are not lent: "it" is no person and no quantity', () => {
    const analysis = analyzeInContext('It was signed on Monday.', 'The 20-point plan Donald Trump proposed');
    const keys = analysis.units.map((unit) => unit.key);
    expect(keys).toContain('plan');
    expect(keys.some((key) => key.startsWith('#') || key.startsWith('@actor:'))).toBe(false);
  });

  test("without an antecedent the analysis is the sentence's own", () => {
    expect(analyzeInContext(sentence, null).units).toEqual(analyzeSentence(sentence).units);
  });
});
