/** The earliest known source of a claim: dates compared only as precisely as both are known, ties marking none. */
import { describe, expect, test } from 'vitest';
import { addSourceProvenance } from '../../src/engine/source-provenance';
import { compareDates, earliestKnownSource } from '../../src/provenance/earliest-source';
import { claimReport, sourceMatch } from './support/make-report';

describe('compareDates', () => {
  test.each([
    ['2025-08-15', '2025-08-16', -1],
    ['2025-08-17', '2025-08-16', 1],
    ['2025-08-16', '2025-08-16', 0],
    // A date is the whole of a day: it is neither before nor after a time on that day.
    ['2025-08-16', '2025-08-16T13:28:40-04:00', 0],
    ['2025-08-15', '2025-08-16T13:28:40-04:00', -1],
    ['2025-08-16T09:00:00Z', '2025-08-16T13:28:40-04:00', -1],
    // Instants, not calendar dates: 23:30 on the 16th in New York (03:30Z on the 17th) is after 01:00 on the 17th in Kyiv (22:00Z on the 16th).
    ['2025-08-16T23:30:00-04:00', '2025-08-17T01:00:00+03:00', 1],
    ['2025-08-16T13:28:40-04:00', '2025-08-16T17:28:40Z', 0],
    // Times without a zone cannot be set against each other within a day.
    ['2025-08-16T09:00', '2025-08-16T13:00', 0],
    ['2025-08-16T09:00', '2025-08-17T13:00', -1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
    expect(compareDates(b, a)).toBe(expected === 0 ? 0 : -expected);
  });
});

const dated = (sourceId: string, publishedTime: string | null) => ({ sourceId, publishedTime });

describe('earliestKnownSource', () => {
  test.each([
    ['the one certainly earliest', [dated('a', '2025-08-18'), dated('b', '2025-08-16'), dated('c', '2025-08-17')], 'b'],
    [
      'a date-time earlier than another source’s next day',
      [dated('a', '2025-08-16T13:28:40-04:00'), dated('b', '2025-08-17')],
      'a',
    ],
    [
      'undated sources are left out of the comparison',
      [dated('a', null), dated('b', '2025-08-16'), dated('c', null)],
      'b',
    ],
    [
      'several claims of one source are that source',
      [dated('a', '2025-08-16'), dated('a', '2025-08-16'), dated('b', '2025-08-20')],
      'a',
    ],
  ])('%s', (_, matches, expected) => {
    expect(earliestKnownSource(matches)).toBe(expected);
  });

  test.each([
    ['a single source has nothing to be earlier than', [dated('a', '2025-08-16'), dated('a', '2025-08-16')]],
    ['no dates', [dated('a', null), dated('b', null)]],
    ['two sources of the same day', [dated('a', '2025-08-16'), dated('b', '2025-08-16'), dated('c', '2025-08-20')]],
    ['a date against a time on that day', [dated('a', '2025-08-16'), dated('b', '2025-08-16T13:28:40-04:00')]],
    ['an unreadable date is no date', [dated('a', 'last Tuesday'), dated('b', 'yesterday')]],
    ['nothing', []],
  ])('none: %s', (_, matches) => {
    expect(earliestKnownSource(matches)).toBeNull();
  });

  test('in a report, every match of the earliest source is marked, across both relations, and related ones never', () => {
    const { sourceCounts: _, ...judged } = claimReport(0, 'A claim.', {
      corroborating: [
        sourceMatch({ sourceId: 'late', publishedTime: '2025-08-20' }),
        sourceMatch({ sourceId: 'early', publishedTime: '2025-08-16' }),
      ],
      conflicting: [sourceMatch({ sourceId: 'early', publishedTime: '2025-08-16' })],
      related: [sourceMatch({ sourceId: 'older', publishedTime: '2025-01-01' })],
    });
    const claim = addSourceProvenance(judged);
    expect(claim.corroborating.map((m) => m.earliestKnown)).toEqual([false, true]);
    expect(claim.conflicting.map((m) => m.earliestKnown)).toEqual([true]);
    expect(claim.related.map((m) => m.earliestKnown)).toEqual([false]);
  });
});
