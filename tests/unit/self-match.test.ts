import { describe, expect, test } from 'vitest';
import type { Source } from '../../src/claims/dataset';
import type { Article } from '../../src/extract/article';
import {
  createSelfDetection,
  findSelfSources,
  normaliseUrl,
  type SelfDetectionSources,
} from '../../src/engine/self-match';

const claims = (texts: string[]) => texts.map((text, i) => ({ id: `c${i}`, text, attribution: null }));
const source = (id: string, texts: string[], url: string | null = null): Source => ({
  id,
  outlet: id,
  author: null,
  publishedTime: null,
  url,
  title: null,
  claims: claims(texts),
});
const article = (text: string, url: string | null = null): Article => ({
  meta: { title: null, byline: null, siteName: null, publishedTime: null, url, lang: 'en' },
  text,
  sentences: [],
});

const report = [
  'The US proposed a pact.',
  'Meloni confirmed the call.',
  'Trump ruled out membership.',
  'Zelensky is due in Washington.',
];

describe('a page never matches itself', () => {
  test('a URL is not evidence: a page whose canonical URL is a source’s keeps that source unless it holds its text', () => {
    // The attack: <link rel="canonical" href="(the fact-check's URL)"> on a page that repeats the claim.
    const factCheck = source('review', ['Drinking lemon water cures cancer.'], 'https://factcheck.example/lemon');
    const spoof = article('Drinking lemon water cures cancer. Share this.', 'https://factcheck.example/lemon');
    expect(findSelfSources(spoof, [factCheck])).toEqual([]);
    expect(
      findSelfSources(article('other text', 'https://www.example.org/a/b/?utm=1#x'), [
        source('s', report, 'http://example.org/a/b'),
      ]),
    ).toEqual([]);
    // The same URL with the source's text is the source, as any page holding that text is.
    expect(
      findSelfSources(article(report.join(' '), 'https://example.org/a/b'), [
        source('s', report, 'http://example.org/a/b'),
      ]),
    ).toEqual(['s']);
    expect(normaliseUrl('https://WWW.Example.org/a/')).toBe('example.org/a');
  });

  test('essentially the same text: most of the source’s claims verbatim, quotes and spacing aside', () => {
    const page = '“The US   proposed a pact.” Meloni confirmed the call! Trump ruled out membership. Something else.';
    expect(findSelfSources(article(page), [source('s', report)])).toEqual(['s']);
  });

  test('quoting one or two sentences of a source does not make the page that source', () => {
    expect(
      findSelfSources(article('As reported, the US proposed a pact. Trump ruled out membership.'), [
        source('s', report),
      ]),
    ).toEqual([]);
  });

  test('half of the source’s claims is enough, wherever they are in it; one fewer is not', () => {
    const texts = Array.from(
      { length: 7 },
      (_, i) => `Claim number ${['one', 'two', 'three', 'four', 'five', 'six', 'seven'][i]} holds.`,
    );
    const pageOf = (kept: number[]) => article(kept.map((i) => texts[i]).join(' '));
    expect(findSelfSources(pageOf([6, 5, 4, 3]), [source('s', texts)])).toEqual(['s']); // 4 of 7, the last four
    expect(findSelfSources(pageOf([0, 3, 6]), [source('s', texts)])).toEqual([]); // 3 of 7
    expect(findSelfSources(pageOf([1, 3, 5]), [source('s', texts.slice(0, 6))])).toEqual(['s']); // 3 of 6
    expect(findSelfSources(pageOf([0, 1]), [source('s', texts.slice(0, 4))])).toEqual([]); // half of 4, but fewer than 3
  });

  test('a claim is found exactly where a plain search of the normalised page finds it', () => {
    let state = 3;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const words = ['the', 'then', 'US', 'U.S.', 'pact', 'impact', 'Kyiv’s', 'kyiv', 'said', '10,000', 'troops'];
    const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!);
    const page = pick(400)
      .map((word, i) => (i % 9 === 8 ? `${word}.` : i % 13 === 5 ? `“${word},”` : word))
      .join(' ');
    const normalised = ` ${page
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
    for (let k = 0; k < 300; k++) {
      // A run of the page's own words (found), or words in a random order (rarely found); three copies,
      // so the source is the page exactly when the claim is held.
      const start = Math.floor(random() * 390);
      const claim =
        k % 2
          ? page
              .split(' ')
              .slice(start, start + 1 + (k % 5))
              .join(' ')
          : pick(1 + (k % 4)).join(' ');
      const held = normalised.includes(
        ` ${claim
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()} `,
      );
      expect(findSelfSources(article(page), [source('s', [claim, claim, claim])])).toEqual(held ? ['s'] : []);
    }
  });

  test('an article repeating a fact-checked claim word for word keeps the fact-check', () => {
    const factCheck = source('review', ['Drinking lemon water cures cancer.']);
    expect(
      findSelfSources(article('A viral post says drinking lemon water cures cancer. Doctors disagree.'), [factCheck]),
    ).toEqual([]);
  });
});

/** `sources` as the analyzer's index numbers them, with `sourceIndexOf` giving each claim's source. */
function numbered(sources: Source[], sourceIndexOf: (doc: number) => number): SelfDetectionSources {
  return { sourceCount: sources.length, source: (i) => sources[i]!, sourceIndexOf };
}

describe('self-detection in a large index checks only likely sources', () => {
  const sources = [
    source('same-url', ['Unrelated text.'], 'https://example.org/story'),
    source('same-text', report),
    source('other', report),
  ];
  // Claims in index order: same-url#0, same-text#0..3, other#0..3.
  const sourceIndexOf = (doc: number) => (doc === 0 ? 0 : doc <= 4 ? 1 : 2);
  const detect = createSelfDetection(numbered(sources, sourceIndexOf));
  const page = report.join(' ');

  test('the source at the page’s URL is checked with no hit at all, and excluded only if the page holds its text', () => {
    expect(detect(article('Nothing alike.', 'http://www.example.org/story/'), [])).toEqual([]);
    const urlSource = [source('same-url', report, 'https://example.org/story')];
    expect(
      createSelfDetection(numbered(urlSource, () => 0))(article(page, 'http://www.example.org/story/'), []),
    ).toEqual(['same-url']);
  });

  test('a source is checked only when its claims are a sentence’s best hits, holding half of it or more', () => {
    const hit = (doc: number, coverage: number) => ({ doc, score: 1, coverage });
    expect(detect(article(page), [[hit(1, 1)], [hit(2, 1)], null])).toEqual(['same-text']);
    // The same page text, but "other" (verbatim too) only among weak or lower hits: not checked, not excluded.
    expect(detect(article(page), [[hit(1, 1), hit(2, 0.9), hit(3, 0.9), hit(5, 1)], [hit(6, 0.4)]])).toEqual([
      'same-text',
    ]);
    // Both found, "other" first: listed in the sources' order all the same.
    expect(detect(article(page), [[hit(5, 1)], [hit(1, 1)]])).toEqual(['same-text', 'other']);
  });
});

describe('self-detection over many sources', () => {
  test('a source with fewer than three claims is never the page, whatever its URL', () => {
    const two = source('two', report.slice(0, 2), 'https://example.org/story');
    expect(
      createSelfDetection(numbered([two], () => 0))(article(report.join(' '), 'https://example.org/story'), [
        [{ doc: 0, score: 1, coverage: 1 }],
      ]),
    ).toEqual([]);
  });

  test('100,000 sources at one URL (a feed whose pages differ only by their query) are all suspects, and only the one holding the page is excluded', () => {
    const shared = (i: number) => `https://factcheck.example/review?id=${i}`;
    // Three claims each: a source with fewer can never be found to be the page, so it is not even listed by URL.
    const sources = Array.from({ length: 100_000 }, (_, i) =>
      source(
        `review-${i}`,
        [1, 2, 3].map((k) => `Claim ${k} of review ${i} was checked.`),
        shared(i),
      ),
    );
    sources.push(source('the-page', report, shared(100_000)));
    expect(createSelfDetection(numbered(sources, () => 0))(article(report.join(' '), shared(5)), [])).toEqual([
      'the-page',
    ]);
    // Copying the list of sources per URL for each source made this quadratic: minutes, not milliseconds.
  });
});
