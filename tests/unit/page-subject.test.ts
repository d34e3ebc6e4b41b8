/**
 * A known claim is judged against a page only if the page names at least half of the specific things the
 * claim names (`PageSubject`, `THRESHOLDS.claimSubjectOnPage`): a claim sharing two words with one
 * sentence of a page on another story is not a report of that story.
 */
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { DATASET_FORMAT, DATASET_VERSION } from '../../src/claims/dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import type { Report } from '../../src/engine/report';
import { articleFromText } from '../../src/extract/from-text';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { judge } from '../../src/stance/judge-passage';
import { PageSubject } from '../../src/stance/specific-content';
import { THRESHOLDS } from '../../src/stance/thresholds';

const vectors = defaultWordVectors();
const speaksOf = (page: readonly string[], claim: string) =>
  new PageSubject(page.map(analyzeSentence), vectors).share(analyzeSentence(claim)) >= THRESHOLDS.claimSubjectOnPage;

/** A page about Facebook and its users' contacts. Its first sentence shares "app", "tracking" and "tracing" with the claim below. */
const FACEBOOK_PAGE = [
  'Facebook’s app keeps tracking the contacts you upload, and the company says tracing them helps.',
  'Facebook records this group of people as my contacts, even though I never agreed to it.',
  'The company says the feature helps people find their friends.',
  'Critics say users were never told how long the lists are kept.',
  'A spokesman said members can delete the uploaded lists at any time.',
];
/** A fact-checked claim on another story: of its eight specific things the page names three. */
const TRACING_CLAIM =
  'COVID-19 contact-tracing apps like Healthy Together and ABTraceTogether are tracking you and also tracking who you are in contact with.';

describe('PageSubject: does the page tell the claim’s story?', () => {
  test('a claim whose names the page never gives is on another story', () => {
    expect(speaksOf(FACEBOOK_PAGE, TRACING_CLAIM)).toBe(false);
  });

  test('the same claim on a page that names what it names is on the page’s story', () => {
    const page = [
      ...FACEBOOK_PAGE,
      'Utah paid millions for Healthy Together, a COVID-19 app, and Alberta built ABTraceTogether.',
    ];
    expect(speaksOf(page, TRACING_CLAIM)).toBe(true);
  });

  test('everyday words are no story: a claim of everyday words alone is never turned away', () => {
    expect(speaksOf(['Nothing here.'], 'We went back and looked at what had changed.')).toBe(true);
  });

  test('half is enough: two of four specific things named', () => {
    expect(speaksOf(['Trump spoke with Zelensky.'], 'Trump and Zelensky spoke with Meloni and Macron.')).toBe(true);
    expect(speaksOf(['Trump spoke at length.'], 'Trump and Zelensky spoke with Meloni and Macron.')).toBe(false);
  });

  test('an attribution is who said it, not the story: "according to AFP" is not counted', () => {
    expect(
      speaksOf(['Trump spoke with Zelensky.'], 'According to AFP, Reuters and Bloomberg, Trump spoke with Zelensky.'),
    ).toBe(true);
  });
});

/** A dataset of one fact-checked claim (`c1`) from source `id`. */
function factChecks(id: string, publishedTime: string, text: string): Dataset {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    id: 'fact-checks',
    name: 'Fact checks',
    description: null,
    sources: [
      {
        id,
        outlet: 'A fact-checker',
        author: null,
        publishedTime,
        url: `https://checks.example/${id}`,
        title: null,
        claims: [{ id: 'c1', text, attribution: null }],
      },
    ],
  };
}

describe('the analyzer judges only claims on the page’s story', () => {
  const analyzer = createAnalyzer([factChecks('tracing', '2020-06-01', TRACING_CLAIM)]);
  const judged = (report: Report) =>
    report.claims.flatMap((claim) => [...claim.corroborating, ...claim.conflicting, ...claim.related]);

  test('off the story, the claim is not judged (not even listed as related)', () => {
    const report = analyzer.analyze(
      articleFromText(FACEBOOK_PAGE.join('\n'), { url: 'https://news.example/a', lang: 'en' }),
    );
    expect(judged(report)).toEqual([]);
  });

  test('a page of a few sentences (a post, a tweet) is judged by the gate alone', () => {
    const post = FACEBOOK_PAGE.slice(0, THRESHOLDS.storyMinSentences - 1);
    const report = analyzer.analyze(articleFromText(post.join('\n'), { url: 'https://news.example/c', lang: 'en' }));
    expect(judged(report).map((match) => match.claimId)).toContain('c1');
  });

  test('on a page that tells its story, the same claim is judged', () => {
    const page = [
      ...FACEBOOK_PAGE,
      'Utah paid millions for Healthy Together, a COVID-19 app, and Alberta built ABTraceTogether.',
    ];
    const report = analyzer.analyze(articleFromText(page.join('\n'), { url: 'https://news.example/b', lang: 'en' }));
    expect(judged(report).map((match) => match.claimId)).toContain('c1');
  });
});

describe('a link resting on the model alone is shown only on a page that tells most of its claim’s story', () => {
  /** An invented fact-check claim; the model calls it contradicted by a sentence sharing only "New Zealand". */
  const CLAIM = 'A video shows people in New Zealand celebrating the end of COVID-19 restrictions.';
  /** A page on New Zealand's history: it names "New Zealand", "video" and "restrictions", half of the claim's specific things. */
  const HISTORY = [
    'Wellington became the capital of New Zealand in 1865.',
    'The Dutch sailor Abel Tasman was the first European to reach the islands, in 1642.',
    'British navigator James Cook mapped almost the entire coastline in 1769 and 1770.',
    'Early settlers faced strict restrictions on buying land from Māori owners.',
    'The national archive keeps video of the royal visit of 1953.',
  ];
  const analyzer = createAnalyzer([factChecks('video', '2021-06-01', CLAIM)]);
  const analyze = (page: readonly string[]) =>
    analyzer.analyze(articleFromText(page.join('\n'), { url: 'https://news.example/nz', lang: 'en' }), {
      related: true,
    });
  const conflicting = (report: Report) =>
    report.claims.filter((claim) => claim.conflicting.length > 0).map((claim) => claim.text);

  test('on a page sharing half of the claim’s story, the model’s conflict is related, not shown', () => {
    const report = analyze(HISTORY);
    expect(new PageSubject(HISTORY.map(analyzeSentence), vectors).share(analyzeSentence(CLAIM))).toBe(0.5);
    // Judged (the claim passes the page's-story rule) and listed as related, but not shown as a conflict.
    expect(report.claims[0]!.related.map((match) => match.claimId)).toEqual(['c1']);
    expect(conflicting(report)).toEqual([]);
  });

  test('a corroboration sharing only an everyday word beside the names rests on the model alone too', () => {
    // "people" and "New Zealand" are all the two share: the verdict is thin, and the same page rule applies.
    expect(judge('Many Pacific people migrate to New Zealand for work.', CLAIM)).toMatchObject({
      relation: 'corroborates',
      thin: true,
    });
    // A shared event or specific word is more than a place and an everyday word: not thin.
    const told = judge('A video shows people across New Zealand celebrating as COVID-19 restrictions ended.', CLAIM);
    expect(told.relation).toBe('corroborates');
    expect(told.thin).toBeUndefined();
  });

  test('on a page that tells the claim’s story, it is shown, beside the conflicts the detector names', () => {
    // The same sentence's conflict is the model's mistake; what the rule asks is only whether the page is on the claim's story.
    const denial =
      'No one in New Zealand was celebrating: the COVID-19 restrictions stayed in force all year, and a video of a party was filmed in Sydney.';
    const report = analyze([...HISTORY, denial]);
    expect(conflicting(report)).toEqual([HISTORY[0], denial]);
    const negation = report.claims.find((claim) => claim.text === denial)!.conflicting[0]!;
    expect(negation.differences.map((difference) => difference.kind)).toEqual(['negation']);
  });
});
