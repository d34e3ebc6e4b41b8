/**
 * Date mentions as the analysis finds them: the day written before its month, dates counted from the
 * publication date, and which way a date that needs that date points from it.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { mayMentionDate } from '../../src/nlp/mentions';

const datesOf = (text: string) =>
  analyzeSentence(text).dates.map(({ key, text, direction }) => ({ key, text, direction }));

describe('date mentions', () => {
  test.each([
    // The day before its month is a day, not the number 15 and the month of August.
    ['The summit will be held on 15 August.', [{ key: '*-08-15', text: '15 August', direction: 'future' }]],
    ['Talks resumed on 21 november 2025.', [{ key: '2025-11-21', text: '21 november 2025', direction: 'past' }]],
    // Counted from the publication date.
    ['The ministers met yesterday.', [{ key: 'day-1', text: 'yesterday', direction: 'past' }]],
    ["Last week's vote was close.", [{ key: 'week-1', text: "Last week's", direction: 'past' }]],
    [
      'Prices rose this month and will rise next year.',
      [
        { key: 'month+0', text: 'this month', direction: 'past' },
        { key: 'year+1', text: 'next year', direction: 'past' },
      ],
    ],
    // A weekday points back from publication unless its clause looks ahead, or "last"/"next" says so.
    ['The ministers met on Saturday.', [{ key: 'saturday', text: 'Saturday', direction: 'past' }]],
    ['Zelensky is due in Washington on Monday.', [{ key: 'monday', text: 'Monday', direction: 'future' }]],
    ['On Monday, ministers will meet in Brussels.', [{ key: 'monday', text: 'Monday', direction: 'future' }]],
    ['They met on Friday, and they will meet again in Geneva.', [{ key: 'friday', text: 'Friday', direction: 'past' }]],
    [
      'The council met last Monday and meets again next Monday.',
      [
        { key: 'monday', text: 'last Monday', direction: 'before' },
        { key: 'monday', text: 'next Monday', direction: 'after' },
      ],
    ],
    // Not one day: every Friday, and "the last week" (the seven days to now, not last calendar week).
    ['The council meets every Friday.', []],
    ['Prices rose over the last week.', []],
    ['It may rain.', []],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test('a date takes its words out of the content units, and the clause of its first word', () => {
    const analysis = analyzeSentence('Trump met Putin on Friday, and Zelensky met him yesterday.');
    expect(analysis.units.map((unit) => unit.text)).not.toContain('yesterday');
    expect(analysis.dates.map((date) => date.clause)).toEqual([0, 1]);
  });

  test('every relative date is seen by the cheap look before an analysis', () => {
    for (const text of [
      'Ministers met yesterday.',
      'Ministers meet today.',
      'The vote is tomorrow.',
      'It rose last week.',
      'It fell this month.',
      'It grows next year.',
    ]) {
      expect(analyzeSentence(text).dates).not.toEqual([]);
      expect(mayMentionDate(text)).toBe(true);
    }
  });
});
