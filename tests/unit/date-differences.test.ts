/**
 * Date differences: two dates differ only when they date one event and name no common day, relative
 * dates counted from each document's publication date. Invented sentences from stories other than the
 * seeds'. 2025-08-17 is a Sunday.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { findDifferences, type PublishedDates } from '../../src/stance/differences';

const vectors = defaultWordVectors();
const weigh = () => 2;

function dateDifferences(page: string, source: string, published?: PublishedDates): Array<[string, string]> {
  const [a, b] = [analyzeSentence(page), analyzeSentence(source)];
  const contexts = { page: new Map(), source: new Map(), published };
  return findDifferences(a, b, align(a, b, vectors, weigh), weigh, contexts)
    .filter((d) => d.kind === 'date')
    .map((d) => [d.page, d.source]);
}

const sunday = { page: '2025-08-17', source: '2025-08-17' };

describe('date differences: one event, one comparison', () => {
  test.each<[string, string, string, PublishedDates | undefined, Array<[string, string]>]>([
    // Two occasions, two days: a summit and a call, a hearing and a sentencing.
    [
      'possessive dates of two occasions',
      "Friday's summit in Brussels ended without a trade deal.",
      "Saturday's call with the Chinese premier ended without a trade deal.",
      sunday,
      [],
    ],
    [
      'dates after two occasions',
      'The hearing on Friday was adjourned by the judge.',
      'The sentencing on Saturday was adjourned by the judge.',
      sunday,
      [],
    ],
    // The same occasion on two days.
    [
      'one occasion on two days',
      'The hearing on Friday was adjourned by the judge.',
      'The hearing on Saturday was adjourned by the judge.',
      sunday,
      [['Friday', 'Saturday']],
    ],
    // An occasion named on one side is what the other side's clause says was held.
    [
      'an occasion and the clause holding it',
      'The hearing on Friday ended with a plea deal.',
      'The hearing was held on Saturday and ended with a plea deal.',
      sunday,
      [['Friday', 'Saturday']],
    ],
    [
      'one event on two dates',
      'The climate summit will be held on 15 August in Nairobi.',
      'The climate summit will be held on 16 August in Nairobi.',
      { page: '2025-06-02', source: '2025-06-03' },
      [['15 August', '16 August']],
    ],
    [
      'an occasion the other clause does not speak of',
      'The governor will sign it on Friday.',
      'The governor signed an order to close the border on 9 November.',
      { page: '2025-08-17', source: '2025-11-10' },
      [],
    ],
    [
      'the same, the occasion on the page',
      'The governor signed an order to close the border on 9 November.',
      'The governor will sign it on Friday.',
      { page: '2025-11-10', source: '2025-08-17' },
      [],
    ],
    // ...and the event that clause asserts: the lawyers' meeting is not the hearing.
    [
      'an occasion the other clause speaks of, not as its event',
      "Friday's hearing was adjourned.",
      'Lawyers met over the adjourned hearing, on Saturday.',
      sunday,
      [],
    ],
    // Two events of one thing: it opened one day and closed another.
    [
      'two predicates of one subject',
      'The murder trial opened on 3 March in Lyon.',
      'The murder trial closed on 9 March in Lyon.',
      sunday,
      [],
    ],
    // Two kinds of event in one clause's place: a proposal and a meeting.
    [
      'two asserted events',
      'The ministers proposed a budget in Ottawa on Friday.',
      'The ministers met in Ottawa on Saturday over the budget.',
      sunday,
      [],
    ],
    // Similar words are not the same: paving in Kenya and in Sudan are two events.
    [
      'similar clauses of two places',
      'Kenya paved new roads on Friday.',
      'Sudan paved new highways on Saturday.',
      sunday,
      [],
    ],
    // The date of the saying is not the date of what was said.
    [
      'a date in another clause',
      'The company reported record profits on Tuesday, its chief executive said.',
      'The company reported record profits, its chief executive said on Thursday.',
      sunday,
      [],
    ],
    // A date fronted in a clause of its own dates the clause after it.
    [
      'a fronted date',
      'On Tuesday, the airline cancelled 300 flights because of the storm.',
      'The airline cancelled 300 flights on Wednesday because of the storm.',
      sunday,
      [['Tuesday', 'Wednesday']],
    ],
    // ...all of what follows, not only an aside: a cut to fuel subsidies and a tax rise are two events.
    [
      'a fronted date before an aside',
      'In 2019, as finance minister, she cut fuel subsidies for farmers.',
      'In 2021, finance minister Ana Pereira raised the sales tax.',
      undefined,
      [],
    ],
    // Relative dates are days: Saturday before Sunday 17 August is 16 August; Friday is not.
    [
      'a weekday that is the same day',
      'The finance ministers met on Saturday in Ottawa.',
      'The finance ministers met on 16 August in Ottawa.',
      { page: '2025-08-17', source: '2025-08-20' },
      [],
    ],
    [
      'a weekday that is another day',
      'The finance ministers met on Friday in Ottawa.',
      'The finance ministers met on 16 August in Ottawa.',
      { page: '2025-08-17', source: '2025-08-20' },
      [['Friday', '16 August']],
    ],
    [
      'one weekday, two weeks',
      'The central bank raised interest rates on Thursday.',
      'The central bank raised interest rates on Thursday.',
      { page: '2025-08-17', source: '2025-08-26' },
      [['Thursday', 'Thursday']],
    ],
    [
      'yesterday and a weekday',
      'Union members voted yesterday to end the strike.',
      'Union members voted on Saturday to end the strike.',
      sunday,
      [],
    ],
    [
      'yesterday and another day',
      'Union members voted yesterday to end the strike.',
      'Union members voted on Friday to end the strike.',
      sunday,
      [['yesterday', 'Friday']],
    ],
    [
      'last week and a day in it',
      'Union members voted last week to end the strike.',
      'Union members voted on 6 August to end the strike.',
      sunday,
      [],
    ],
    // Unplaced, a weekday says nothing: "Thursday" and "Tuesday" with no publication date.
    [
      'unplaced weekdays',
      'The central bank raised interest rates on Thursday.',
      'The central bank raised interest rates on Tuesday.',
      undefined,
      [],
    ],
    // A month and day with no year still differ from another, whatever the year.
    [
      'months and days with no year',
      'The bridge reopened on August 16 after repairs.',
      'The bridge reopened on November 21 after repairs.',
      undefined,
      [['August 16', 'November 21']],
    ],
    [
      'a month and a day in it',
      'The bridge reopened in August after repairs.',
      'The bridge reopened on 16 August after repairs.',
      sunday,
      [],
    ],
    // Only dates as precise as each other differ: a year, or last week, against a day outside it does not.
    [
      'a year and a day outside it',
      'The bridge reopened in 2024 after repairs.',
      'The bridge reopened on 16 August 2025 after repairs.',
      undefined,
      [],
    ],
    [
      'two years',
      'The bridge reopened in 2024 after repairs.',
      'The bridge reopened in 2025 after repairs.',
      undefined,
      [['2024', '2025']],
    ],
    [
      'last week and a day outside it',
      'Union members voted last week to end the strike.',
      'Union members voted on 14 August to end the strike.',
      sunday,
      [],
    ],
    // A date either side gives the event too is not disputed.
    [
      'a date the page also gives',
      'The vote was held on 3 March and again on 9 March.',
      'The vote was held on 9 March.',
      undefined,
      [],
    ],
    [
      'a date the source also gives',
      'The vote was held on 9 March.',
      'The vote was held on 3 March and again on 9 March.',
      undefined,
      [],
    ],
    // A general statement: every Friday is no day.
    [
      'a habit against a day',
      'Each Friday, the city council approves spending.',
      'On Saturday, the city council approved spending.',
      sunday,
      [],
    ],
    [
      'a definition with no date',
      'A quorum is half of the council members plus one.',
      'The council reached a quorum on 16 August.',
      sunday,
      [],
    ],
  ])('%s', (_rule, page, source, published, expected) => {
    expect(dateDifferences(page, source, published)).toEqual(expected);
  });

  test('without publication dates, weekdays are not compared as words', () => {
    expect(
      dateDifferences('The ministers met on Saturday in Ottawa.', 'The ministers met on Monday in Ottawa.'),
    ).toEqual([]);
    expect(
      dateDifferences('The ministers met on Saturday in Ottawa.', 'The ministers met on Monday in Ottawa.', sunday),
    ).toEqual([['Saturday', 'Monday']]);
  });
});

describe('date differences on a hostile page', () => {
  // Every page date meets every claim date, and a date's event is read once per sentence: one sentence
  // of 40,000 characters holds 1,379 dates.
  test('a sentence of thousands of dates is compared with a claim without a blow-up', () => {
    const page = analyzeSentence('The ministers met on Monday, '.repeat(1380).slice(0, 40_000));
    const claim = analyzeSentence('The ministers met on Tuesday and on 16 August, on Friday.');
    const found = findDifferences(page, claim, align(page, claim, vectors, weigh), weigh, {
      page: new Map(),
      source: new Map(),
      published: sunday,
    });
    expect(found.filter((d) => d.kind === 'date').length).toBe(page.dates.length);
  });
});
