/**
 * Placing a date on the calendar from its words and its document's publication date: weekdays back
 * (or ahead with a future cue), relative days, weeks, months and years, dates with no year, time zones
 * and year boundaries. Unplaceable dates stay unplaced.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { compareDays, resolveDate } from '../../src/nlp/resolve-date';

const mention = (text: string) => {
  const [date] = analyzeSentence(text).dates;
  if (!date) throw new Error(`no date in “${text}”`);
  return date;
};

const placed = (text: string, published: string | undefined) => resolveDate(mention(text), published);
const day = (iso: string) => ({ from: iso, to: iso });

describe('resolveDate', () => {
  // 2025-08-17 is a Sunday.
  test.each<[string, string | undefined, { from: string; to: string } | null]>([
    // A weekday looks back in news, the publication day included; a future cue or "next" looks ahead.
    ['The ministers met on Saturday.', '2025-08-17', day('2025-08-16')],
    ['The ministers met on Sunday.', '2025-08-17', day('2025-08-17')],
    ['The ministers met on Monday.', '2025-08-17', day('2025-08-11')],
    ['The ministers will meet on Monday.', '2025-08-17', day('2025-08-18')],
    ['The ministers will meet on Sunday.', '2025-08-17', day('2025-08-17')],
    ['The council met last Sunday.', '2025-08-17', day('2025-08-10')],
    ['The council meets next Sunday.', '2025-08-17', day('2025-08-24')],
    // Days, weeks (Monday to Sunday), months and years counted from the publication day.
    ['The ministers met yesterday.', '2025-08-17', day('2025-08-16')],
    ['The ministers meet today.', '2025-08-17', day('2025-08-17')],
    ['The vote is tomorrow.', '2024-02-28', day('2024-02-29')],
    ['Talks stalled last week.', '2025-08-17', { from: '2025-08-04', to: '2025-08-10' }],
    ['Talks resume this week.', '2025-08-18', { from: '2025-08-18', to: '2025-08-24' }],
    ['Prices rose this month.', '2025-08-17', { from: '2025-08-01', to: '2025-08-31' }],
    ['Prices rose last year.', '2025-08-17', { from: '2024-01-01', to: '2024-12-31' }],
    // Year boundaries.
    ['The ministers met yesterday.', '2025-01-01', day('2024-12-31')],
    ['Prices rose last month.', '2025-01-15', { from: '2024-12-01', to: '2024-12-31' }],
    ['Prices will rise next month.', '2025-12-03', { from: '2026-01-01', to: '2026-01-31' }],
    ['Talks stalled last week.', '2025-01-02', { from: '2024-12-23', to: '2024-12-29' }],
    // A date with no year is of the publication year, or the year before when that is months ahead;
    // with a future cue, the next one.
    ['The ministers met on 16 August.', '2025-08-17', day('2025-08-16')],
    ['The vote on August 20 was close.', '2025-08-17', day('2025-08-20')],
    ['The summit on 3 December ended in a deal.', '2025-02-10', day('2024-12-03')],
    ['The summit will be held on 15 August.', '2025-02-10', day('2025-08-15')],
    ['The summit will be held on 5 January.', '2025-12-28', day('2026-01-05')],
    ['The ministers met on 5 January.', '2025-12-28', day('2025-01-05')],
    ['The treaty was signed in December.', '2025-08-17', { from: '2024-12-01', to: '2024-12-31' }],
    ['The treaty was signed on February 29.', '2025-03-10', day('2024-02-29')],
    // Explicit dates need no publication date.
    ['The treaty was signed on 16 August 2025.', undefined, day('2025-08-16')],
    ['The treaty was signed in May 2025.', undefined, { from: '2025-05-01', to: '2025-05-31' }],
    ['The treaty was signed in 2024.', undefined, { from: '2024-01-01', to: '2024-12-31' }],
    // The publication day is the date its timestamp writes, in its own zone: not converted to UTC.
    ['The ministers met yesterday.', '2025-08-16T23:30:00-04:00', day('2025-08-15')],
    ['The ministers met yesterday.', '2025-08-17T01:00:00+02:00', day('2025-08-16')],
    ['The ministers met yesterday.', '2025-08-20T08:00:00Z', day('2025-08-19')],
    // Unplaceable: no publication day, one that gives no day, or a date that does not exist.
    ['The ministers met on Saturday.', undefined, null],
    ['The ministers met yesterday.', '', null],
    ['The ministers met yesterday.', '2025-08', null],
    ['The ministers met yesterday.', 'last Sunday', null],
    ['The ministers met yesterday.', '2025-02-30', null],
    ['The ministers met on 16 August.', undefined, null],
    ['The treaty was signed on February 30, 2025.', undefined, null],
  ])('“%s” published %s', (text, published, expected) => {
    expect(placed(text, published)).toEqual(expected);
  });

  describe('day arithmetic is the same in any time zone, across daylight-saving changes', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    test.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'])('%s', (tz) => {
      process.env.TZ = tz;
      // The EU clocks changed on 30 March 2025 and the US ones on 2 November 2025.
      expect(placed('Talks stalled last week.', '2025-03-31')).toEqual({ from: '2025-03-24', to: '2025-03-30' });
      expect(placed('The ministers met yesterday.', '2025-03-31')).toEqual(day('2025-03-30'));
      expect(placed('The vote is tomorrow.', '2025-11-01T22:00:00-04:00')).toEqual(day('2025-11-02'));
      expect(placed('The ministers met on Saturday.', '2025-11-03')).toEqual(day('2025-11-01'));
    });
  });
});

describe('compareDays', () => {
  test.each<[string, string | undefined, string, string | undefined, 'same' | 'different' | 'unknown']>([
    ['met on Saturday', '2025-08-17', 'met on 16 August', '2025-08-20', 'same'],
    ['met on Friday', '2025-08-17', 'met on 16 August', '2025-08-20', 'different'],
    // The same word, two days: each Saturday is counted from its own publication day.
    ['met on Saturday', '2025-08-17', 'met on Saturday', '2025-08-26', 'different'],
    ['met last week', '2025-08-17', 'met on 6 August', '2025-08-20', 'same'],
    // Unplaced weekdays say nothing, however they are spelled.
    ['met on Saturday', undefined, 'met on Monday', undefined, 'unknown'],
    ['met on Saturday', undefined, 'met on 16 August 2025', undefined, 'unknown'],
    // A month and day with no year and no publication date still differ from another month and day.
    ['met on August 16', undefined, 'met on November 21, 2025', undefined, 'different'],
    ['met on August 16', undefined, 'met on 16 August 2025', undefined, 'same'],
  ])('“%s” (%s) vs “%s” (%s): %s', (a, aPublished, b, bPublished, expected) => {
    expect(compareDays(mention(a), aPublished, mention(b), bPublished)).toBe(expected);
  });
});
