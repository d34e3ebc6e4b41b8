import { describe, expect, test } from 'vitest';
import { normalizeDateTime } from '../../src/extract/date-time';

describe('normalizeDateTime', () => {
  test.each([
    ['ISO date', '2024-06-25', '2024-06-25'],
    ['ISO without zone keeps its precision and no offset', '2018-04-05T06:00', '2018-04-05T06:00'],
    ['space separator becomes T', '2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000000'],
    ['basic offset becomes extended', '2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['hour-only offset gets minutes', '2024-04-20T04:20:00.000+02', '2024-04-20T04:20:00.000+02:00'],
    ['UTC designator kept', '2015-03-27T13:07:55.096Z', '2015-03-27T13:07:55.096Z'],
    ['RFC 2822 with GMT goes to UTC', 'Thu, 05 Apr 2018 06:00:00 GMT', '2018-04-05T06:00:00.000Z'],
    ['named US zone goes to UTC', 'Aug 16, 2025 11:13 AM EDT', '2025-08-16T15:13:00.000Z'],
    ['prose date without a zone stays a date', 'April 5, 2018', '2018-04-05'],
    ['prose date and time without a zone stay floating', 'April 5, 2018 6:00 PM', '2018-04-05T18:00'],
    ['epoch seconds', '1523000000', '2018-04-06T07:33:20.000Z'],
    ['epoch milliseconds', '1523000000000', '2018-04-06T07:33:20.000Z'],
    ['a year alone is valid reduced-precision ISO', '2019', '2019'],
    ['impossible month is kept as written', '2019-13-45', '2019-13-45'],
    ['no four-digit year: not trusted to Date.parse', '10', '10'],
    ['unreadable text is kept as written', 'yesterday afternoon', 'yesterday afternoon'],
    ['surrounding whitespace is trimmed', '  2020-09-21  ', '2020-09-21'],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeDateTime(raw)).toBe(expected);
  });

  test.each([[null], [undefined], [''], ['   ']])('blank %j gives null', (raw) => {
    expect(normalizeDateTime(raw)).toBeNull();
  });
});
