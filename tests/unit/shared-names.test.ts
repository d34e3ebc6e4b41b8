/**
 * Shared names alone are not a report (src/stance/specific-content.ts, `sharesBeyondNames`, applied by
 * `judgeAnalyzed`): two sentences that have only the people they name in common are not shown as backing
 * each other up, however sure the model is. Invented sentences on other stories.
 */
import { describe, expect, test } from 'vitest';
import '../../src/assets/node-assets';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { rankWeigher } from '../../src/stance/corpus-weights';
import { judgeSentences } from '../../src/stance/judge';
import { judge } from '../../src/stance/judge-passage';
import { sharesBeyondNames } from '../../src/stance/specific-content';

function shares(page: string, source: string): boolean {
  const vectors = defaultWordVectors();
  const [a, b] = [analyzeSentence(page), analyzeSentence(source)];
  const rules = judgeSentences(a, b, { vectors, weigh: rankWeigher([a, b], vectors) });
  return sharesBeyondNames(a, b, rules.alignment, vectors);
}

const PAGE =
  'The plan was discussed during a call Chancellor Olaf Scholz held with President Emmanuel Macron on Saturday, a day after his summit with Prime Minister Giorgia Meloni.';

describe('what two sentences share besides names', () => {
  test.each([
    // Only the people named are shared: each says something else of them.
    [PAGE, 'Emmanuel Macron cancelled a campaign appearance with Olaf Scholz.', false],
    [PAGE, 'President Emmanuel Macron lifted tariffs on cheese as a gift to Giorgia Meloni.', false],
    // Something said alike: the call, the plan, a date, a figure.
    [PAGE, 'Olaf Scholz discussed the plan with Emmanuel Macron in a phone call.', true],
    [
      'The mayor of Leeds resigned on 3 March 2021 after the vote.',
      'Jane Hollis left the office of mayor of Leeds on 3 March 2021.',
      true,
    ],
    // A sentence of names alone has nothing else to share; a title-case headline's capitals mark no names.
    ['Java is in Indonesia.', 'Javanese is the native language of about 60 million people in Indonesia.', true],
    [
      'A man set his college on fire with a marriage proposal.',
      'Man Sets College On Fire With Marriage Proposal',
      true,
    ],
  ] as const)('%s / %s → %s', (page, source, expected) => {
    expect(shares(page, source)).toBe(expected);
  });

  test('the judge never shows a corroboration that shares names alone', () => {
    for (const source of [
      'Emmanuel Macron cancelled a campaign appearance with Olaf Scholz.',
      'President Emmanuel Macron lifted tariffs on cheese as a gift to Giorgia Meloni.',
    ]) {
      expect(judge(PAGE, source, { grain: 'sentence' }).relation, source).not.toBe('corroborates');
    }
    expect(judge(PAGE, 'Olaf Scholz discussed the plan with Emmanuel Macron in a phone call.').relation).toBe(
      'corroborates',
    );
  });
});
