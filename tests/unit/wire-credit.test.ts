/** The source-level wire credit (`basedOn`) the dataset builder reads from a whole article. */
import { describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { parseDataset } from '../../src/claims/validate-dataset';
import { findAttribution } from '../../src/provenance/attribution';
import { findWireCredit, type CreditedArticle } from '../../src/provenance/wire-credit';

/** An article from one-sentence paragraphs, each a claim with the attribution the builder finds (in reading order). */
function article(paragraphs: string[], author: string | null = null, outlet = 'The Example Post'): CreditedArticle {
  const claims: CreditedArticle['claims'][number][] = [];
  let previous: string | null = null;
  let previousAttribution: string | null = null;
  for (const text of paragraphs) {
    const attribution = findAttribution(text, { previous, previousAttribution });
    claims.push({ text, attribution });
    [previous, previousAttribution] = [text, attribution];
  }
  return { outlet, author, paragraphs, claims };
}

const BODY = [
  'The council voted to build a new bridge over the river on Tuesday.',
  'Construction is due to start next spring.',
];

describe('findWireCredit', () => {
  test.each([
    ['a wire byline', article(BODY, 'AFP'), 'AFP'],
    ['a wire byline after a name', article(BODY, 'Jane Doe, Reuters'), 'Reuters'],
    ['a staff byline', article(BODY, 'AFP staff'), 'AFP'],
    ['a byline "By The Associated Press"', article(BODY, 'By The Associated Press'), 'AP'],
    [
      'a dateline',
      article(['PARIS (AFP) — The council voted to build a new bridge on Tuesday.', ...BODY.slice(1)]),
      'AFP',
    ],
    ['a sign-off line', article([...BODY, '— Reuters']), 'Reuters'],
    ['a credit in brackets', article([...BODY, '(AFP)']), 'AFP'],
    ['"with" a wire', article([...BODY, 'With AFP']), 'AFP'],
    ['"… contributed to this report"', article([...BODY, 'The Associated Press contributed to this report.']), 'AP'],
    ['additional reporting by a wire', article([...BODY, 'Additional reporting by Reuters.']), 'Reuters'],
    [
      'quotes told to one wire, twice, with no reporting of its own',
      article([
        'The US has proposed security guarantees for Ukraine, a diplomatic source said.',
        '"The American side proposed a guarantee," the diplomatic source told AFP on condition of anonymity.',
        'The second source told AFP that Zelensky would discuss a summit.',
      ]),
      'AFP',
    ],
  ])('%s', (_, input, expected) => {
    expect(findWireCredit(input)).toBe(expected);
  });

  test.each([
    ['a person’s byline and nothing else', article(BODY, 'Malik Thompson')],
    ['a wire told once', article(['According to a diplomatic source speaking to AFP, the plan is ready.', ...BODY])],
    [
      'a wire told twice, beside the reporter’s own interviews',
      article([
        'The diplomatic source told AFP that the plan was ready.',
        'A second source told AFP that talks would follow.',
        '“We are holding,” a colonel told me in Kramatorsk.',
      ]),
    ],
    [
      'one quotation over three sentences, credited once',
      article([
        'Rutte, in an interview with Fox News’ “The Ingraham Angle”, said: “The U.S. is against NATO membership for Ukraine.',
        'The official NATO position is that there is an irreversible path.',
        'But what we are discussing here is Article 5 type guarantees.”',
      ]),
    ],
    [
      'one quotation to a wire over three sentences is one mention, however many claims carry it',
      article([
        'A diplomat, speaking to AFP, said: “The plan is ready to be signed.',
        'Nobody in Brussels objects to it any more.',
        'The signing could come within weeks.”',
      ]),
    ],
    ['two wires credited', article([...BODY, 'AFP and Reuters contributed to this report.'])],
    [
      'two wires, one each way',
      article(['PARIS (AFP) — The council voted to build a bridge.', 'Reuters contributed to this report.']),
    ],
    ['a contributing person, not a wire', article([...BODY, 'Jane Doe contributed to this report.'])],
    ['an outlet credited, not a wire', article([...BODY, 'Politico contributed to this report.'])],
    ['the wire’s own story', article(BODY, 'AFP', 'AFP')],
    ['a wire named in passing', article(['Reuters and AFP both reported the vote.', ...BODY])],
  ])('none: %s', (_, input) => {
    expect(findWireCredit(input)).toBeNull();
  });
});

describe('basedOn in the dataset', () => {
  test('the embedded seeds: the AFP dispatch The Defense Post ran is based on AFP, the others on nothing', () => {
    expect(defaultDataset.sources.map((source) => [source.id, source.basedOn ?? null])).toEqual([
      ['seed-000', null],
      ['seed-001', null],
      ['seed-002', 'AFP'],
      ['seed-003', null],
      ['seed-004', null],
    ]);
  });

  const dataset = (basedOn: unknown) => ({
    format: 'provenance-dataset',
    version: 1,
    id: 'd',
    name: 'D',
    description: null,
    sources: [
      {
        id: 's',
        outlet: 'The Example Post',
        author: null,
        basedOn,
        publishedTime: null,
        url: null,
        title: null,
        claims: [{ id: 's#1', text: 'A claim.', attribution: null }],
      },
    ],
  });

  test('is optional: absent, null or empty leave no key, so files without it keep their shape', () => {
    for (const value of [undefined, null, '  ']) {
      const result = parseDataset(dataset(value));
      expect(result.ok && Object.keys(result.dataset.sources[0]!)).toEqual([
        'id',
        'outlet',
        'author',
        'publishedTime',
        'url',
        'title',
        'claims',
      ]);
    }
  });

  test('is kept when given, and a wrong type is an error that names it', () => {
    const kept = parseDataset(dataset(' AFP '));
    expect(kept.ok && kept.dataset.sources[0]!.basedOn).toBe('AFP');
    const wrong = parseDataset(dataset(42));
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.errors).toEqual(['sources[0].basedOn: expected a string or null, found a number (42)']);
  });
});
