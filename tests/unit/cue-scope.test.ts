import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { cueCount, cuesNearAligned, phraseCues, wordCues } from '../../src/stance/cue-scope';
import { DOUBTING, REFUTING_PHRASES } from '../../src/stance/cues';
import { judgeSentences } from '../../src/stance/judge';

const context = { vectors: defaultWordVectors(), weigh: () => 2 };
const claim = analyzeSentence('A meteorite left a crater near Managua.');

describe('stance cues and where they sit', () => {
  test('multi-word refutations are counted once each', () => {
    const sentence = analyzeSentence('There is no evidence for it, and the story has nothing to do with space.');
    expect(cueCount(sentence, phraseCues(REFUTING_PHRASES))).toBe(2);
  });

  test.each([
    // Doubt in the clause that carries the claim's content.
    [1, 'Astronomers have questioned whether the crater near Managua was made by a meteorite.'],
    // Doubt elsewhere in the sentence, about something else.
    [0, 'A meteorite left a crater near Managua, while economists questioned the budget.'],
  ])('%i doubt cue(s) near the aligned content of “%s”', (expected, text) => {
    const sentence = analyzeSentence(text);
    const verdict = judgeSentences(claim, sentence, context);
    expect(cuesNearAligned(sentence, verdict, wordCues(DOUBTING))).toBe(expected);
  });
});
