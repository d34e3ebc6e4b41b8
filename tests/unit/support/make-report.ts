/** Hand-built reports for UI and handler tests, shaped like the engine's output for seed 000. */
import type { Article } from '../../../src/extract/article';
import type { PageText } from '../../../src/extract/read-page';
import type { ClaimReport, Report, SourceMatch } from '../../../src/engine/report';
import { attributionChain } from '../../../src/provenance/attribution-chain';
import { countSources, independentGroup } from '../../../src/provenance/independent-sources';

/**
 * A source match with sensible defaults; override what the test is about. The chain and independent
 * group follow from the attribution and outlet as the engine derives them, unless overridden too.
 */
export function sourceMatch(overrides: Partial<SourceMatch> = {}): SourceMatch {
  const judged = {
    claimId: 'seed-001#2',
    text: 'President Donald Trump stated that Washington is ready to provide Ukraine with long-term security assurances.',
    sourceId: 'seed-001',
    outlet: 'The World Brief',
    author: 'Raja Awais Ali',
    publishedTime: '2025-08-16',
    url: 'https://example.org/us-proposes-guarantees',
    attribution: null,
    score: 0.7,
    differences: [],
    ...overrides,
  };
  const chain = overrides.chain ?? attributionChain(judged, { outlet: judged.outlet });
  return {
    ...judged,
    chain,
    independentGroup: independentGroup({ ...judged, chain }),
    earliestKnown: false,
    ...overrides,
  };
}

/** Page sentence `index` with the given matches (none by default), its source counts made from them. */
export function claimReport(index: number, text: string, matches: Partial<ClaimReport> = {}): ClaimReport {
  const corroborating = matches.corroborating ?? [];
  const conflicting = matches.conflicting ?? [];
  return {
    index,
    text,
    anchor: { quote: text, prefix: '', suffix: '', start: 0, end: text.length },
    corroborating,
    conflicting,
    related: [],
    sourceCounts: { corroborating: countSources(corroborating), conflicting: countSources(conflicting) },
    ...matches,
  };
}

export const BIDEN_SENTENCE =
  'According to a high-level diplomatic source speaking to AFP on condition of anonymity, the Biden administration has proposed a framework that would provide Kyiv with defense commitments strikingly similar to NATO’s Article 5 collective defense principle.';

export const TRUMP_SENTENCE =
  'The suggestion was raised during a call US President Donald Trump held with Ukrainian President Volodymyr Zelensky and European leaders on Saturday.';

/** The seed-000 conflict: the page names the Biden administration, the source names Donald Trump. */
export function bidenConflict(): SourceMatch {
  const page = 'the Biden administration';
  const source = 'US President Donald Trump';
  return sourceMatch({
    claimId: 'seed-002#1',
    sourceId: 'seed-002',
    outlet: 'The Defense Post',
    author: null,
    publishedTime: '2025-08-16T13:28:40-04:00',
    text: TRUMP_SENTENCE,
    attribution: 'a diplomatic source speaking to AFP',
    score: 0.82,
    differences: [
      {
        kind: 'actor',
        page,
        source,
        pageStart: BIDEN_SENTENCE.indexOf(page),
        pageEnd: BIDEN_SENTENCE.indexOf(page) + page.length,
        sourceStart: TRUMP_SENTENCE.indexOf(source),
        sourceEnd: TRUMP_SENTENCE.indexOf(source) + source.length,
      },
    ],
  });
}

/** A report over `claims` for an article titled `title`. */
export function makeReport(
  claims: ClaimReport[],
  title: string | null = 'U.S. Proposes NATO-Style Defense Pact Ukraine',
): Report {
  return {
    article: {
      title,
      byline: 'Malik Thompson',
      siteName: 'Media Wall News',
      publishedTime: '2025-08-16T11:13:00-04:00',
      url: 'http://127.0.0.1:5173/seed-000.html',
      lang: 'en',
    },
    supported: true,
    claims,
    excludedSourceIds: ['seed-000'],
    elapsedMs: 12,
  };
}

/** An article to hand to a fake extractor. */
export function makeArticle(url = 'http://127.0.0.1:5173/seed-000.html'): Article {
  return {
    meta: {
      title: 'U.S. Proposes NATO-Style Defense Pact Ukraine',
      byline: null,
      siteName: null,
      publishedTime: null,
      url,
      lang: 'en',
    },
    text: BIDEN_SENTENCE,
    sentences: [
      {
        index: 0,
        text: BIDEN_SENTENCE,
        anchor: { quote: BIDEN_SENTENCE, prefix: '', suffix: '', start: 0, end: BIDEN_SENTENCE.length },
      },
    ],
  };
}

/**
 * What the extraction content script hands the worker for seed 000: its text in two paragraphs (the
 * first headed by the title, which is not a claim), three statements in all.
 */
export function makePageText(url = 'http://127.0.0.1:5173/seed-000.html'): PageText {
  const heading = 'What the proposal says';
  const first = `${BIDEN_SENTENCE} ${TRUMP_SENTENCE}`;
  const second = 'Kyiv has long sought guarantees that would deter another Russian attack once a ceasefire holds.';
  return {
    meta: { ...makeArticle(url).meta, lang: 'en-US' },
    text: `${heading}\n\n${first}\n\n${second}`,
    paragraphs: [
      { start: 0, role: 'heading' },
      { start: heading.length + 2, role: 'text' },
      { start: heading.length + first.length + 4, role: 'text' },
    ],
    partial: false,
  };
}

/** Every source of a claim row or side-panel card, shown or behind "Show all", in the order listed. */
export function everySource<T>(groups: Array<{ shown: T[]; more: T[] }>): T[] {
  return groups.flatMap((group) => [...group.shown, ...group.more]);
}
