import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { collectiveDefenceSpans } from '../../src/nlp/collective-defence';
import { tokenize } from '../../src/nlp/tokenize';

/** The text of each span, and whether it states the rule (said of any member). */
function spans(text: string): Array<[string, boolean]> {
  const tokens = tokenize(text);
  return collectiveDefenceSpans(tokens).map((span) => [
    text.slice(tokens[span.first]!.start, tokens[span.last]!.end),
    span.rule,
  ]);
}

describe('collective defence in its own words', () => {
  test.each([
    [
      'The pact says an attack on one signatory is an attack on them all.',
      'attack on one signatory is an attack on them all',
      true,
    ],
    [
      'Under the treaty, if any member state is attacked, all the others must come to its aid.',
      'if any member state is attacked, all the others must come to its aid',
      true,
    ],
    [
      'An armed attack against one ally shall be considered an attack against all of them.',
      'armed attack against one ally shall be considered an attack against all',
      true,
    ],
    // Said of a named party: a claim about that party, not the rule.
    [
      'Members pledged that an attack on Finland would be treated as an attack on every ally.',
      'attack on Finland would be treated as an attack on every',
      false,
    ],
    // The seed sentences.
    [
      "NATO's collective security is based on its Article 5 principle: if one member is attacked, the entire alliance comes to its defense.",
      'if one member is attacked, the entire alliance comes to its defense',
      true,
    ],
    [
      'It states that an armed attack against one member shall be considered an attack against all, obliging them to take action.',
      'armed attack against one member shall be considered an attack against all',
      true,
    ],
  ])('%s', (text, span, rule) => {
    expect(spans(text)).toEqual([[span, rule]]);
  });

  test.each([
    'The army said an attack on the base was repelled after an attack on the convoy.',
    'One soldier was attacked and all of them were injured.',
    'If one player is attacked by the press, the club will comment.',
  ])('not collective defence: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  test('the restatement names Article 5 on top of its words; said of any member it is a condition', () => {
    const units = analyzeSentence('The charter says an attack on one member is an attack on all.').units;
    expect(units.find((u) => u.key === '@article-5')).toMatchObject({ irrealis: true });
    expect(units.filter((u) => u.key === 'attack')).toHaveLength(2);
    const named = analyzeSentence('An attack on Finland would be treated as an attack on all members.').units;
    expect(named.find((u) => u.key === '@article-5')).toMatchObject({ irrealis: false });
  });
});
