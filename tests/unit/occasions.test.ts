/**
 * One occasion, one corroboration (src/stance/occasions.ts): two sentences that report two occasions of
 * one kind of event — days apart, or a call and an in-person meeting — may be related, never a
 * corroboration; one occasion told two ways, or dated in two formats, still is one. Invented sentences
 * on stories other than the seeds'.
 */
import { describe, expect, test } from 'vitest';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset } from '../../src/claims/dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { judge } from '../../src/stance/judge-passage';
import { reportsOtherOccasion } from '../../src/stance/occasions';

/** A claim, a passage, when each was published (for "on Monday", "yesterday"), and whether they are two occasions. */
type Row = [string, string, { page?: string; source?: string }, boolean];

describe('reportsOtherOccasion', () => {
  test.each<Row>([
    // A call and an in-person meeting, whichever words say so.
    [
      'Macron held a phone call with Scholz about the Baltic gas pipeline.',
      'Macron met Scholz in Berlin to discuss the Baltic gas pipeline.',
      {},
      true,
    ],
    [
      'Lula and Milei met virtually to discuss the Mercosur trade accord.',
      'Lula and Milei met in Brasília to discuss the Mercosur trade accord.',
      {},
      true,
    ],
    [
      'Sánchez and Meloni held a video meeting on Mediterranean migration.',
      'Sánchez and Meloni met in Rome to discuss Mediterranean migration.',
      {},
      true,
    ],
    [
      'Ruto met Museveni by video link to settle the border dispute.',
      'At their Kampala summit, Ruto and Museveni settled the border dispute.',
      {},
      true,
    ],
    // One kind of event on days apart, each placed against its own publication date.
    [
      'Albanese met Luxon in Wellington on Monday to sign the fisheries pact.',
      'Albanese met Luxon in Wellington on 10 March to sign the fisheries pact.',
      { page: '2026-03-04', source: '2026-03-12' },
      true,
    ],
    [
      "Friday's talks between Ramaphosa and Ruto in Nairobi focused on the rail corridor.",
      "Saturday's meeting between Ramaphosa and Ruto in Nairobi focused on the rail corridor.",
      { page: '2026-05-10', source: '2026-05-10' },
      true,
    ],
    // One occasion told two ways.
    [
      'Macron met Scholz in Berlin on Tuesday to discuss the Baltic gas pipeline.',
      'At their Berlin summit on Tuesday, Macron and Scholz discussed the Baltic gas pipeline.',
      {},
      false,
    ],
    [
      'Macron spoke with Scholz during a phone call about the Baltic gas pipeline.',
      'In a video call, Macron and Scholz discussed the Baltic gas pipeline.',
      {},
      false,
    ],
    [
      'Ruto and Museveni held talks on the Lake Victoria border dispute.',
      'In a phone call, Ruto and Museveni discussed the Lake Victoria border dispute.',
      {},
      false,
    ],
    // A meeting the sentence counts from is not the occasion it reports.
    [
      'After meeting Scholz in Berlin, Macron held a phone call with Sunak about the Channel crossings.',
      'Macron held a phone call with Sunak about the Channel crossings.',
      {},
      false,
    ],
    // One day in two formats, or placed from two publication dates.
    [
      'Albanese met Luxon in Wellington on Monday to sign the fisheries pact.',
      'Albanese met Luxon in Wellington on 2 March 2026 to sign the fisheries pact.',
      { page: '2026-03-04', source: '2026-03-05' },
      false,
    ],
    [
      'Albanese and Luxon signed the fisheries pact in Wellington yesterday.',
      'Albanese and Luxon signed the fisheries pact in Wellington on Monday.',
      { page: '2026-03-03', source: '2026-03-05' },
      false,
    ],
    // A weekday with no publication date is no day at all; a year is not a day; saying is not the event.
    [
      'Albanese met Luxon in Wellington on Monday to sign the fisheries pact.',
      'Albanese met Luxon in Wellington on 10 March to sign the fisheries pact.',
      {},
      false,
    ],
    ['The two ministers met in Oslo in 2023.', 'The two ministers met in Oslo on 9 June 2024.', {}, false],
    [
      'The minister said on Monday that the Kariba dam will reopen in May.',
      'The minister said on Thursday that the Kariba dam will reopen in May.',
      { page: '2026-03-04', source: '2026-03-06' },
      false,
    ],
    // An undated event is of the year before its report; a date more or less precise still places it.
    [
      'Trudeau held a phone call with Sheinbaum about the steel tariffs.',
      'Trudeau held a phone call with Sheinbaum about the steel tariffs in January 2017.',
      { page: '2025-08-16', source: '2017-02-03' },
      true,
    ],
    [
      'Trudeau held a phone call with Sheinbaum about the steel tariffs.',
      'Trudeau held a phone call with Sheinbaum about the steel tariffs.',
      { page: '2025-08-16', source: '2019-11-06' },
      true,
    ],
    [
      'Trudeau held a phone call with Sheinbaum about the steel tariffs on Saturday.',
      'Trudeau held a phone call with Sheinbaum about the steel tariffs in January 2017.',
      { page: '2025-08-16', source: '2017-02-03' },
      true,
    ],
    [
      'Trudeau held a phone call with Sheinbaum about the steel tariffs.',
      'Trudeau held a phone call with Sheinbaum about the steel tariffs.',
      { page: '2025-08-16', source: '2025-05-01' },
      false,
    ],
    [
      'Trudeau held a phone call with Sheinbaum about the steel tariffs in 2017.',
      'Trudeau held a phone call with Sheinbaum about the steel tariffs in January 2017.',
      { page: '2025-08-16', source: '2017-02-03' },
      false,
    ],
    // One of two meetings a sentence dates is the other's.
    [
      'The ministers met in Lisbon on Monday and again on Thursday.',
      'The ministers met in Lisbon on Thursday.',
      { page: '2026-03-06', source: '2026-03-06' },
      false,
    ],
  ])('%s | %s → %s', (claim, passage, published, other) => {
    expect(reportsOtherOccasion(analyzeSentence(claim), analyzeSentence(passage), published)).toBe(other);
  });
});

describe('the judge', () => {
  test.each<[string, string, { page?: string; source?: string }]>([
    [
      'Lula and Milei met virtually to discuss the Mercosur trade accord.',
      'Lula and Milei met in Brasília to discuss the Mercosur trade accord.',
      {},
    ],
    [
      "Friday's talks between Ramaphosa and Ruto in Nairobi focused on the rail corridor.",
      "Saturday's meeting between Ramaphosa and Ruto in Nairobi focused on the rail corridor.",
      { page: '2026-05-10', source: '2026-05-10' },
    ],
  ])('calls two occasions related, however alike their words: %s | %s', (claim, passage, published) => {
    const verdict = judge(claim, passage, { context: { published } });
    // The model alone would have corroborated: the rule, not the model, makes them related.
    expect(verdict.probabilities!.corroborates).toBeGreaterThan(0.5);
    expect(verdict.relation).toBe('related');
  });

  test.each<[string, string, { page?: string; source?: string }]>([
    [
      'Macron met Scholz in Berlin on Tuesday to discuss the Baltic gas pipeline.',
      'At their Berlin summit on Tuesday, Macron and Scholz discussed the Baltic gas pipeline.',
      {},
    ],
    [
      'Albanese met Luxon in Wellington on 2 March to sign the fisheries pact.',
      'Albanese met Luxon in Wellington on March 2, 2026 to sign the fisheries pact.',
      { page: '2026-03-04', source: '2026-03-05' },
    ],
    [
      'Albanese and Luxon signed the fisheries pact in Wellington yesterday.',
      'Albanese and Luxon signed the fisheries pact in Wellington on Monday.',
      { page: '2026-03-03', source: '2026-03-05' },
    ],
  ])('still corroborates one occasion told two ways: %s | %s', (claim, passage, published) => {
    expect(judge(claim, passage, { context: { published } }).relation).toBe('corroborates');
  });
});

describe('the analyzer', () => {
  /** A fact-checker's checks: the source (the fact-checker) has no date, each check has its own. */
  const checks = (reviewDate: string | null): Dataset => ({
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    id: 'checks',
    name: 'Checks',
    description: null,
    sources: [
      {
        id: 'checker',
        outlet: 'A fact-checker',
        author: null,
        publishedTime: null,
        url: null,
        title: null,
        claims: [
          {
            id: 'c1',
            text: 'Trudeau held a phone call with Sheinbaum about the steel tariffs in January 2017.',
            attribution: null,
            ...(reviewDate
              ? { review: { rating: 'True', reviewer: 'A fact-checker', url: null, date: reviewDate } }
              : {}),
          },
        ],
      },
    ],
  });
  const page = articleFromText('Trudeau held a phone call with Sheinbaum about the steel tariffs.', {
    title: 'Tariffs',
    publishedTime: '2025-08-16',
    lang: 'en',
  });
  const corroborated = (dataset: Dataset) =>
    createAnalyzer([dataset])
      .analyze(page)
      .claims.flatMap((claim) => claim.corroborating.map((match) => match.claimId));

  test('dates a fact-checked claim by its check when its source has no date', () => {
    // Undated, the page's call is of the year before August 2025: not the call of January 2017.
    expect(corroborated(checks('2017-02-03'))).toEqual([]);
    // With no date for the check either, nothing places the claim: the model's corroboration stands.
    expect(corroborated(checks(null))).toEqual(['c1']);
  });
});
