/** Which sentences point back past themselves, and the context each is searched by meaning with. */
import { describe, expect, test } from 'vitest';
import { pointsBack, searchContexts } from '../../src/nlp/anaphor';

describe('pointsBack', () => {
  test.each([
    ['The United States will not be one of those countries.', true],
    ['Residents strongly opposed the idea.', true],
    ['The plan was approved on Monday.', true],
    ['This proposal goes further than any before it.', true],
    ['Critics asked how such a force would be paid for.', true],
    ['Those who voted early were turned away.', false],
    ['She said that the bridge would reopen.', false],
    ['The idea that taxes would fall was dismissed.', false],
    ['The plan to close the school was dropped.', false],
    ['This week the council met twice.', false],
    ['This is the largest fire in a decade.', false],
    ['The mayor opened a new library.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(pointsBack(sentence)).toBe(expected);
  });
});

describe('searchContexts', () => {
  test('a pointing sentence gets the sentence before it; a resolved "It" keeps its antecedent; others none', () => {
    const sentences = [
      'Several nations offered to send peacekeepers.',
      'The United States will not be one of those countries.',
      'It has said so before.',
      'The mayor opened a new library.',
    ];
    expect(searchContexts(sentences, [null, null, 'The United States', null])).toEqual([
      null,
      sentences[0],
      'The United States',
      null,
    ]);
  });

  test('the first sentence has nothing before it to point to', () => {
    expect(searchContexts(['Residents strongly opposed the idea.'], [null])).toEqual([null]);
  });
});
