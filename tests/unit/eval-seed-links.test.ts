import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SEED_GOLDEN_PATH } from '../../src/eval/eval-paths';
import { scoreSeedLinks, type PredictedLink } from '../../src/eval/score-seed-links';
import { parseSeedGolden, type SeedGolden } from '../../src/eval/seed-golden';

const golden: SeedGolden = {
  links: [
    {
      page: 'p1',
      pageSentence: 'Biden administration has proposed',
      source: 's1',
      sourceSentence: 'President Donald Trump',
      relation: 'conflicts',
      note: '',
    },
    {
      page: 'p1',
      pageSentence: 'no boots on the ground',
      source: 's1',
      sourceSentence: 'would not send ground troops',
      relation: 'corroborates',
      note: '',
    },
    {
      page: 'p1',
      pageSentence: 'no boots on the ground',
      source: 's2',
      sourceSentence: 'advisors on Ukrainian territory',
      relation: 'conflicts',
      note: '',
    },
  ],
  noLink: [{ page: 'p1', pageSentence: 'artillery fire', note: '' }],
};

const link = (
  pageSentence: string,
  source: string,
  sourceClaim: string,
  relation: PredictedLink['relation'],
): PredictedLink => ({
  page: 'p1',
  pageSentence,
  source,
  sourceClaim,
  relation,
});

describe('scoreSeedLinks', () => {
  const predicted = [
    // Correct, with curly quotes and odd spacing the normaliser must see through.
    link(
      'Officials say the  Biden administration has proposed a pact.',
      's1',
      'US President Donald Trump said…',
      'conflicts',
    ),
    // The opposite relation.
    link('They promise “no boots on the ground”.', 's1', 'The US would not send ground troops.', 'conflicts'),
    // From a sentence no source speaks to.
    link('Russian artillery fire is up 37%.', 's2', 'Anything at all.', 'corroborates'),
    // Not in the golden file.
    link('Something else entirely.', 's2', 'Another claim.', 'corroborates'),
  ];
  const score = scoreSeedLinks(golden, predicted);

  test('judges each link', () => {
    expect(score.judged.map((j) => j.judgement)).toEqual(['correct', 'opposite', 'from-no-link', 'unjudged']);
  });

  test('precision over judged links, a lower bound counting unjudged as wrong, and recall per relation', () => {
    expect(score.conflicts).toMatchObject({
      predicted: 2,
      correct: 1,
      opposite: 1,
      precision: 0.5,
      precisionLowerBound: 0.5,
      golden: 2,
      found: 1,
      recall: 0.5,
    });
    expect(score.corroborates).toMatchObject({
      predicted: 2,
      correct: 0,
      fromNoLink: 1,
      unjudged: 1,
      precision: 0,
      precisionLowerBound: 0,
      golden: 1,
      found: 0,
      recall: 0,
    });
    expect(score.all).toMatchObject({ opposite: 1, fromNoLink: 1 });
    expect(score.missed.map((g) => g.sourceSentence)).toEqual([
      'would not send ground troops',
      'advisors on Ukrainian territory',
    ]);
  });

  test('nothing predicted: precision 1 (nothing wrong), recall 0', () => {
    const empty = scoreSeedLinks(golden, []);
    expect(empty.all.precision).toBe(1);
    expect(empty.all.recall).toBe(0);
  });
});

describe('the committed golden file', () => {
  const parsed = parseSeedGolden(JSON.parse(readFileSync(SEED_GOLDEN_PATH, 'utf8')));

  test('is well formed and as large as the issue asks', () => {
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { links, noLink } = parsed.golden;
    // Four acceptance examples (seven links) and their mirrors, plus at least 30 more.
    expect(links.length).toBeGreaterThanOrEqual(7 + 7 + 30);
    expect(noLink.length).toBeGreaterThanOrEqual(10);
    expect(links.some((l) => l.relation === 'conflicts')).toBe(true);
  });

  test('contains the acceptance examples', () => {
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const has = (page: string, source: string, sourceSentence: string, relation: string) =>
      parsed.golden.links.some(
        (l) =>
          l.page === page &&
          l.source === source &&
          l.sourceSentence.includes(sourceSentence) &&
          l.relation === relation,
      );
    expect(has('seed-000', 'seed-001', 'Donald Trump', 'conflicts')).toBe(true);
    expect(has('seed-000', 'seed-002', 'Donald Trump', 'conflicts')).toBe(true);
    expect(has('seed-004', 'seed-001', 'would not send ground troops', 'corroborates')).toBe(true);
    expect(has('seed-004', 'seed-001', '10,000 to 30,000 troops', 'conflicts')).toBe(true);
    expect(has('seed-004', 'seed-000', 'Western military advisors on Ukrainian territory', 'conflicts')).toBe(true);
    expect(has('seed-002', 'seed-004', 'against NATO membership for Ukraine', 'corroborates')).toBe(true);
    expect(parsed.golden.noLink.some((n) => n.pageSentence.includes('Russian artillery fire'))).toBe(true);
  });

  test('no link is listed with both relations, and no noLink sentence has a link', () => {
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const key = (l: { page: string; pageSentence: string; source: string; sourceSentence: string }) =>
      `${l.page}|${l.pageSentence}|${l.source}|${l.sourceSentence}`;
    const relations = new Map<string, string>();
    for (const l of parsed.golden.links) {
      expect(relations.get(key(l)) ?? l.relation).toBe(l.relation);
      relations.set(key(l), l.relation);
    }
    for (const n of parsed.golden.noLink) {
      expect(parsed.golden.links.filter((l) => l.page === n.page && l.pageSentence.includes(n.pageSentence))).toEqual(
        [],
      );
    }
  });

  test('a malformed entry is reported, not dropped', () => {
    const bad = parseSeedGolden({
      links: [{ page: 'p', pageSentence: 'x', source: 's', sourceSentence: 'y', relation: 'agrees', note: 'n' }],
      noLink: [{ page: 'p' }],
    });
    expect(bad).toEqual({
      ok: false,
      errors: ['links[0]: missing or invalid relation', 'noLink[0]: missing or invalid pageSentence, note'],
    });
  });
});
