/**
 * The general actor rule: two different named agents of one event on one object conflict, with no
 * office-holder list needed; one person named two ways, an unnamed agent, two kinds of event, a list
 * that adds a name and a speaker do not.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { actorDifferences, findDifferences, officeContext } from '../../src/stance/differences';
import { agentsOfOneKindOfEvent } from '../../src/stance/named-actors';
import { countingReads } from './support/counting-analysis';

const vectors = defaultWordVectors();
const weigh = () => 2;

/** The actor differences' spans, as the difference detector finds them. */
function actors(pageText: string, sourceText: string): Array<[string, string]> {
  const [page, source] = [analyzeSentence(pageText), analyzeSentence(sourceText)];
  return findDifferences(page, source, align(page, source, vectors, weigh), weigh)
    .filter((d) => d.kind === 'actor')
    .map((d) => [d.page, d.source]);
}

describe('two named agents of one event conflict', () => {
  test.each<[string, string, Array<[string, string]>]>([
    [
      'Trudeau announced the new tariffs on steel.',
      'Carney announced the new tariffs on steel.',
      [['Trudeau', 'Carney']],
    ],
    [
      'Lula won the presidential election in Brazil.',
      'Bolsonaro won the presidential election in Brazil.',
      [['Lula', 'Bolsonaro']],
    ],
    [
      'Cook unveiled the first iPhone in January 2007.',
      'Jobs unveiled the first iPhone in January 2007.',
      [['Cook', 'Jobs']],
    ],
    ['Apple bought Beats for $3 billion.', 'Google bought Beats for $3 billion.', [['Apple', 'Google']]],
    // Worded differently: passive against active, "acquired" against "bought", a longer object.
    [
      'The new tariffs on steel were announced by Trudeau.',
      'Carney announced the new tariffs on steel at a press conference.',
      [['Trudeau', 'Carney']],
    ],
    ['Apple acquired Beats.', 'Google bought Beats in a surprise deal.', [['Apple', 'Google']]],
    // Two known people of different offices: the office rule says nothing, this one does.
    ['Putin announced the new tariffs on steel.', 'Trump announced the new tariffs on steel.', [['Putin', 'Trump']]],
    // The objects' first words differ; the phrases end on one noun ("Seagen", "goal").
    [
      'Pfizer bought the cancer drug maker Seagen last year.',
      'Merck bought Seagen, a maker of cancer drugs, for $43 billion.',
      [['Pfizer', 'Merck']],
    ],
    [
      'Kylian Mbappe scored the winning goal in the Champions League final.',
      'Vinicius Junior scored the only goal of the Champions League final in London.',
      [['Kylian Mbappe', 'Vinicius Junior']],
    ],
  ])('%s / %s', (page, source, expected) => {
    expect(actors(page, source)).toEqual(expected);
  });
});

describe('not an actor conflict', () => {
  test.each<[string, string, string]>([
    [
      'one person, two names',
      'President Trump announced the new tariffs on steel.',
      'Donald Trump announced the new tariffs on steel.',
    ],
    ['a name and its company', 'Apple CEO Tim Cook unveiled the new iPhone.', 'Tim Cook unveiled the new iPhone.'],
    [
      'one side names no agent',
      'The new tariffs on steel were announced on Monday.',
      'Carney announced the new tariffs on steel.',
    ],
    [
      'a group is not a name',
      'Officials announced the new tariffs on steel.',
      'Carney announced the new tariffs on steel.',
    ],
    ['two kinds of event', 'Trudeau announced the new tariffs on steel.', 'Carney rejected the new tariffs on steel.'],
    [
      'one name shared, two things bought',
      'Pfizer bought a stake in BioNTech.',
      'Merck bought a vaccine plant from BioNTech.',
    ],
    [
      'two things agreed to, whose phrases end on other nouns',
      'Boeing agreed to plead guilty to fraud charges.',
      'Airbus agreed to pay a fine to settle fraud charges.',
    ],
    [
      'a list that adds a name',
      'Apple and Google announced a joint charging standard.',
      'Apple announced a joint charging standard.',
    ],
    ['a meeting has participants', 'Trump and Putin met in Alaska.', 'Trump met Putin in Alaska.'],
    ['a speaker', 'Trudeau said the tariffs on steel would rise.', 'Carney said the tariffs on steel would rise.'],
    ['an attribution', 'According to Reuters, Apple bought Beats.', 'According to Bloomberg, Apple bought Beats.'],
    [
      'a denied event',
      'Trudeau did not announce the new tariffs on steel.',
      'Carney announced the new tariffs on steel.',
    ],
    ['different objects', 'Apple bought Beats.', 'Google bought Nest.'],
    [
      'objects alike in words, not in what is done',
      'Boeing agreed to plead guilty to criminal fraud charges.',
      'Airbus agreed to pay a fine to settle bribery charges.',
    ],
    [
      'a country stands for its leader',
      'Canada announced the new tariffs on steel.',
      'Carney announced the new tariffs on steel.',
    ],
  ])('%s: %s / %s', (_, page, source) => {
    expect(actors(page, source)).toEqual([]);
  });
});

test('without an alignment (the judge asks before aligning), objects are compared by key', () => {
  const [page, source] = [
    analyzeSentence('Trudeau announced the new tariffs on steel.'),
    analyzeSentence('Carney announced the new tariffs on steel.'),
  ];
  expect(actorDifferences(page, source, new Map(), new Map()).map((d) => [d.page, d.source])).toEqual([
    ['Trudeau', 'Carney'],
  ]);
});

test('the office-holder rule still names two holders of one office, once', () => {
  expect(actors('Biden announced the new tariffs on steel.', 'Trump announced the new tariffs on steel.')).toEqual([
    ['Biden', 'Trump'],
  ]);
});

test("the source's events are not asked for when the page names no agent", () => {
  const page = analyzeSentence('The new tariffs on steel were announced on Monday.');
  const source = countingReads(analyzeSentence('Carney announced the new tariffs on steel.'), 'events');
  findDifferences(page, source.analysis, align(page, source.analysis, vectors, weigh), weigh);
  expect(source.reads()).toBe(0);
});

describe('an actor difference about who did one kind of thing', () => {
  /** Each actor difference the detector finds, with whether its two sides did one kind of event. */
  function oneKind(pageText: string, sourceText: string, sourceDocument: string[] = []): Array<[string, boolean]> {
    const [page, source] = [analyzeSentence(pageText), analyzeSentence(sourceText)];
    const sourceContext = officeContext([...sourceDocument.map((text) => analyzeSentence(text)), source]);
    return actorDifferences(page, source, officeContext([page]), sourceContext).map((d) => [
      `${d.page} / ${d.source}`,
      agentsOfOneKindOfEvent(page, source, d),
    ]);
  }
  const TRUMP = ['US President Donald Trump spoke to European leaders on Saturday.'];

  test('two subjects of one kind of event, named or standing for a named president', () => {
    expect(
      oneKind('Trudeau announced the new tariffs on steel.', 'Carney announced the new tariffs on steel.'),
    ).toEqual([['Trudeau / Carney', true]]);
    expect(
      oneKind('The Biden administration has proposed a security guarantee.', 'The US has proposed a guarantee.', TRUMP),
    ).toEqual([['The Biden administration / The US', true]]);
  });

  test('not when one side did another kind of thing, or is not who did it', () => {
    // Two holders of one office, one proposing, the other speaking of it.
    expect(
      oneKind('The Biden administration has proposed a security guarantee.', 'Trump spoke about the guarantee.'),
    ).toEqual([['The Biden administration / Trump', false]]);
    // The passive's subject: what was proposed, not who proposed it.
    expect(
      oneKind(
        'The Biden administration has proposed a security guarantee.',
        'A guarantee was proposed in a call with Trump.',
      ),
    ).toEqual([['The Biden administration / Trump', false]]);
  });
});
