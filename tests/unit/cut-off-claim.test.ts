/**
 * Issue 13: which claim texts read as cut off mid-sentence (src/claims/cut-off-claim.ts). Invented texts:
 * the signs of a cut, and complete sentences that end the way a cut one might.
 */
import { describe, expect, test } from 'vitest';
import { cutOffSign, NEEDS_A_WORD_AFTER } from '../../src/claims/cut-off-claim';

describe('a claim cut off mid-sentence', () => {
  test.each([
    ['Video footage shows a', 'open-word'],
    ['The harbour authority is moving its', 'open-word'],
    ['Airlines will stop seating pilots and', 'open-word'],
    ['The mayor was paid more than', 'open-word'],
    ['A bakery in Leeds sold the', 'open-word'],
    ['The', 'open-word'],
    ['An', 'open-word'],
    ['He left early. The', 'open-word'],
    ['The museum will give a free ticket to every', 'open-word'],
    ['A storm hit the coast. It destroyed a.', 'open-word'],
    ['A photograph shows a wolf shot by a farmer in', 'open-preposition'],
    ['The bridge will reopen after', 'open-preposition'],
    ['The prize was announced by the mayor of', 'open-preposition'],
    ['Tickets are valid until', 'open-preposition'],
    ['A new law requires shops to close on', 'open-preposition'],
    ['The singer announced that she “will never again', 'open-quote'],
    ['The senator called the bill "a disgrace and', 'open-word'],
    ['The senator called the bill "a disgrace to the party', 'open-quote'],
    ['The festival (which drew 40,000 people last year', 'open-bracket'],
    ['The city plans to ban cars from the centre...', 'trailing-ellipsis'],
    ['The city plans to ban cars from the old…', 'trailing-ellipsis'],
    ['Scientists found that the lake is shrinking [...]', 'trailing-ellipsis'],
    ['The council voted to close the library,', 'trailing-separator'],
    ['A message from the mayor:', 'trailing-separator'],
    ['The results were clear —', 'trailing-separator'],
  ])('%j: %s', (text, sign) => {
    expect(cutOffSign(text)).toBe(sign);
  });
});

describe('a complete sentence', () => {
  test.each([
    ['What is it for?'],
    ['He gave up.'],
    ['It was a long way off'],
    ['It was a long way off.'],
    ['The burglar was found in the house he had broken into.'],
    ['A shopper got more than he bargained for.'],
    ['Where do the swallows come from?'],
    ['The senator said protesters should “go back where they came from.”'],
    ['A hippo at the zoo tried to bite her'],
    ['The decision was not his'],
    ['Nobody knows how fast the glacier is melting or where it is.'],
    ['Fans were sorry for that'],
    ['The dog was allowed to roam at will.'],
    ['A free meal is offered at every Chick-fil-A'],
    ['The pill contains vitamin A'],
    ['PLANS TO CLOSE THE BRIDGE ARE ON HOLD FOR'],
    ['Prices rose by 5% in 2020'],
    ['The minister said: “We will not give in.'],
    ['“This is the end,” she said. “We tried everything.'],
    ['Voters were told “the count is over…”'],
    ['Everybody knows the island is sinking. ...'],
    ['The recipe calls for 12" pans'],
    ['Children in the park (and their parents) cheered.'],
    ['The bridge was closed after the storm'],
    [''],
  ])('%j', (text) => {
    expect(cutOffSign(text)).toBeNull();
  });
});

test('the English function words read as needing a word after them, whatever follows: no pronoun nor auxiliary', () => {
  // Sorted by exclusion from the language list (src/extract/function-words.ts): a word added there
  // lands here unless cut-off-claim.ts says it may end a sentence, which this list makes a reviewer see.
  expect([...NEEDS_A_WORD_AFTER].sort()).toEqual(
    ['a', 'an', 'and', 'but', 'every', 'its', 'my', 'or', 'our', 'than', 'the', 'their', 'whose', 'your'].sort(),
  );
});
