import { expect, test } from 'vitest';
import { goldenPairGrains, type GrainJudge } from '../../src/eval/golden-pair-grains';
import type { SeedGolden } from '../../src/eval/seed-golden';

const golden: SeedGolden = {
  links: [
    {
      page: 'p',
      pageSentence: 'Trump ruled out',
      source: 's',
      sourceSentence: 'against NATO membership',
      relation: 'corroborates',
      note: '',
    },
    {
      page: 'p',
      pageSentence: 'Biden proposed',
      source: 's',
      sourceSentence: 'Trump proposed',
      relation: 'conflicts',
      note: '',
    },
    // Its source sentence is in no claim: not counted at either grain.
    {
      page: 'p',
      pageSentence: 'Trump ruled out',
      source: 's',
      sourceSentence: 'no such claim',
      relation: 'corroborates',
      note: '',
    },
  ],
  noLink: [],
};
const pages = new Map([['p', ['Trump ruled out Ukraine joining NATO.', 'Biden proposed a guarantee.']]]);
const claims = new Map([['s', ['He is against NATO membership for Ukraine.', 'Trump proposed a guarantee.']]]);

test('counts, per grain, the golden relations the judge gives back for the texts the golden links name', () => {
  // A judge that corroborates everything as a sentence and calls everything related as a body.
  const judge: GrainJudge = (_claim, _passage, { grain }) => ({
    relation: grain === 'sentence' ? 'corroborates' : 'related',
  });
  expect(goldenPairGrains(golden, pages, claims, judge)).toEqual({
    sentence: { corroborates: { found: 1, golden: 1 }, conflicts: { found: 0, golden: 1 } },
    body: { corroborates: { found: 0, golden: 1 }, conflicts: { found: 0, golden: 1 } },
  });
});

test('hands the judge the page sentence as the claim and the source sentence as the passage', () => {
  const seen: Array<[string, string]> = [];
  goldenPairGrains(golden, pages, claims, (claim, passage) => {
    seen.push([claim, passage]);
    return { relation: 'unrelated' };
  });
  expect(seen).toContainEqual(['Biden proposed a guarantee.', 'Trump proposed a guarantee.']);
});
