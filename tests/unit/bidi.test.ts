import { describe, expect, test } from 'vitest';
import { resolveBidiControls } from '../../src/extract/bidi';
import { cleanText } from '../../src/extract/clean-text';
import { articleFromText } from '../../src/extract/from-text';

const RLO = '\u202e';
const LRO = '\u202d';
const PDF = '\u202c';
const RLI = '\u2067';
const PDI = '\u2069';

describe('text as the reader sees it: bidirectional controls', () => {
  test.each([
    [
      'an override run is displayed reversed',
      `Russia has ${RLO}desoporp ton${PDF} a deal.`,
      'Russia has not proposed a deal.',
    ],
    ['an unclosed override ends with the text', `Russia has ${RLO}desoporp ton`, 'Russia has not proposed'],
    ['brackets in a reversed run are mirrored', `${RLO}(10 eulav)${PDF}`, '(value 01)'],
    ['a left-to-right override nested in it keeps its own order', `${RLO}b a ${LRO}x y${PDF} c${PDF}`, 'c x y a b'],
    [
      'an isolate and the marks are dropped, English order kept',
      `The \u200eminister ${RLI}said${PDI} no\u200f.`,
      'The minister said no.',
    ],
    ['a PDI closes what its isolate opened', `${RLI}${RLO}ab${PDI}cd`, 'bacd'],
    ['a stray PDF or PDI is dropped', `a${PDF}b${PDI}c`, 'abc'],
    ['right-to-left script under an override keeps its stored order', `${RLO}שלום עולם${PDF}`, 'שלום עולם'],
    [
      'text without controls is unchanged',
      'Trump proposed a pact (reportedly).',
      'Trump proposed a pact (reportedly).',
    ],
  ])('%s', (_, input, expected) => {
    expect(resolveBidiControls(input)).toBe(expected);
  });

  test('extraction reads the displayed sentence, so the engine compares what the panel shows', () => {
    const article = articleFromText(
      `The United States has ${RLO}desoporp ton${PDF} a security guarantee for Ukraine modeled on NATO's Article 5.`,
    );
    expect(article.sentences.map((s) => s.text)).toEqual([
      "The United States has not proposed a security guarantee for Ukraine modeled on NATO's Article 5.",
    ]);
    expect(cleanText(`\u202b ${RLO}x${PDF} \u202c`)).toBe('x');
  });
});
