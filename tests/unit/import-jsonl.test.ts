/** JSON Lines of fact-checked claims (the CheckThat! shape) → dataset: golden file, line-numbered problems, the real file. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importJsonLines } from '../../src/claims/import-jsonl';
import { expectGoldenJson } from './support/golden-file';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const SAMPLE = readFileSync(join(DIR, 'claims-sample.jsonl'), 'utf8');
const CHECKTHAT = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'checkthat-2022-2a',
  'vclaims.jsonl',
);

describe('JSON Lines import', () => {
  test('golden file', () => {
    expectGoldenJson(
      importJsonLines(SAMPLE, { fileName: 'claims-sample.jsonl' }),
      join(DIR, 'claims-sample.expected.json'),
    );
  });

  test('every problem names its line and field; bad lines are skipped, the rest imported', () => {
    const result = importJsonLines(SAMPLE, { fileName: 'claims-sample.jsonl' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.skipped).toBe(3);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^line 5: not valid JSON \(/),
      'line 6: vclaim: expected a non-empty string, found nothing (the field is missing)',
      'line 7: vclaim_id: duplicate id "vclaim-sample-honey" (first used on line 4)',
      expect.stringMatching(/^line 8: date: "sometime in spring" is not a date Provenance can read/),
    ]);
  });

  test('one source per author, claims keep their vclaim_id, dates become ISO, each claim is marked as fact-checked', () => {
    const result = importJsonLines(SAMPLE, { fileName: 'claims-sample.jsonl', outlet: 'Hoax Watch' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { sources } = result.dataset;
    expect(sources.map((s) => [s.id, s.author, s.outlet, s.claims.length])).toEqual([
      ['author-rosa-lind', 'Rosa Lind', 'Hoax Watch', 2],
      ['author-omar-haddad', 'Omar Haddad', 'Hoax Watch', 1],
      ['claims-sample', null, 'Hoax Watch', 1],
    ]);
    const eiffel = sources[0]!.claims[0]!;
    expect(eiffel).toEqual({
      id: 'vclaim-sample-eiffel',
      text: 'The Eiffel Tower will be taken apart and rebuilt in Las Vegas in 2026.',
      attribution: null,
      review: {
        rating: null,
        reviewer: 'Rosa Lind',
        url: 'https://hoaxwatch.example.org/eiffel-las-vegas',
        date: '2023-04-03',
      },
    });
    // Rosa Lind's two lines have different dates, so her source has none; Omar Haddad's one line has its own.
    expect(sources.map((s) => s.publishedTime)).toEqual([null, '2021-09-30', null]);
  });

  test.each([
    ['an empty file', '', /holds no claims/],
    ['only bad lines', '{"title": "x"}\n[1, 2]\n', /^line 1: vclaim: expected a non-empty string/],
  ])('%s is refused, with the reasons', (_, text, reason) => {
    const result = importJsonLines(text, { fileName: 'x.jsonl' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(reason);
  });

  test('a claim over the length limit is skipped with its line', () => {
    const result = importJsonLines(
      `${JSON.stringify({ vclaim: 'x'.repeat(5001) })}\n{"vclaim": "A short and valid claim about something."}`,
      { fileName: 'x.jsonl' },
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.warnings[0]).toMatch(/^line 1: vclaim: too long \(5,001 characters/);
  });
});

describe.skipIf(!existsSync(CHECKTHAT))(
  existsSync(CHECKTHAT) ? 'the CheckThat! 2022 2A verified claims' : 'skipped: ../shared/data not present',
  () => {
    test('all 14,231 claims import, one source per author, none skipped', () => {
      const result = importJsonLines(readFileSync(CHECKTHAT, 'utf8'), { fileName: 'vclaims.jsonl', outlet: 'Snopes' });
      if (!result.ok) throw new Error(result.errors.join('\n'));
      const claims = result.dataset.sources.flatMap((source) => source.claims);
      expect(claims).toHaveLength(14_231);
      expect(result.skipped).toBe(0);
      expect(result.dataset.sources.length).toBeLessThan(100);
      expect(claims.every((claim) => claim.id.startsWith('vclaim-sno-') && claim.review?.reviewer)).toBe(true);
      // "26 May 2015" becomes 2015-05-26; a few lines have an empty date, and two hold stray text instead.
      const dated = claims.filter((claim) => /^\d{4}-\d{2}-\d{2}$/.test(claim.review?.date ?? ''));
      expect(dated.length).toBeGreaterThan(13_900);
    });
  },
);
