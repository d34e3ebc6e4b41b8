// @vitest-environment jsdom
/**
 * Issue 14, point 1: what counts as a claim on the page. Sentences invented here (none from the labelled
 * sample of tests/golden/check-worthiness-sample.tsv, which measures the step on real pages).
 */
import { describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { parseClaimCues } from '../../src/extract/claim-cues';
import { extractArticle } from '../../src/extract/extract-article';
import { articleFromText } from '../../src/extract/from-text';
import { sentenceKind } from '../../src/extract/sentence-kind';
import { parseHtmlDocument } from '../../src/node/html-document';
import { countReport } from '../../src/ui/report-counts';

describe('a sentence’s kind from its words and shape', () => {
  test.each([
    ['The harbour authority will run an extra evening ferry to the islands from June.', 'claim'],
    ['“We will not pay for it,” the mayor said on Tuesday.', 'claim'],
    ['The council voted 7-2 to close the bridge (the third vote this year).', 'claim'],
    ['By Jane Doe and Sam Okafor', 'byline'],
    ['By Xinhua', 'byline'],
    ['Reporting by Anna Ek; Editing by Tom Brady', 'byline'],
    ['By then the ferry had already left the harbour without its passengers.', 'claim'],
    ['Updated 16 August 2025, 14:32 GMT', 'dateline'],
    ['March 3, 2024', 'dateline'],
    ['Published 3 hours ago', 'dateline'],
    ['Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe.', 'dateline'],
    ['Harbour News (Portsmouth) First published February 1, 2016: 1:28 AM ET', 'dateline'],
    ['Published in 1963, the timetable has since been copied by every ferry line.', 'claim'],
    // The chrome of plain-text news pages (the forms seen on stored wire and broadcaster pages, names invented).
    ['(Reporting by Ana Lima Writing by Tom Berg; editing by Sam Cole)', 'byline'],
    ['By JANE DOE & SAM COLE, AP July 31, 2018', 'byline'],
    ['Firefighters fight a blaze near the harbour on Saturday. REUTERS/Jane Doe', 'credit'],
    ['Image source, Getty Images', 'credit'],
    ['(Note: the ferry company is a client of the author.', 'aside'],
    ['Last modified on Tue 16 Aug 2025 14.32 BST', 'dateline'],
    ['LISBON, May 22 (Reuters) - The harbour authority raised its fees on Tuesday, the minutes showed.', 'claim'],
    ['The timetable was updated on Tuesday 15 October 2019 at 09:11.', 'claim'],
    ['Photo: Harbour Authority', 'credit'],
    ['(Jane Doe / AFP / Getty Images)', 'credit'],
    ['Photographs of the flooded quay were shared thousands of times on Sunday.', 'claim'],
    ['Subscribe to our newsletter for the latest ferry news.', 'call-to-action'],
    ['Sign up now', 'call-to-action'],
    ['Read more: Island fares rise again', 'call-to-action'],
    ['Watch: the mayor on the new timetable', 'call-to-action'],
    ['Watchdogs said the fares were fair.', 'claim'],
    ["Editor's note: This story has been corrected to show the ferry leaves at 8.30.", 'aside'],
    ['Correction: An earlier version misspelt the captain’s name.', 'aside'],
    ['Lena Berg and Omar Haddad contributed to this report.', 'aside'],
    ['Will the ferry run in winter?', 'question'],
    ['KEY QUOTES', 'heading'],
    ['Details', 'heading'],
    ['What happens next', 'heading'],
    ['42%', 'fragment'],
    ['[12]', 'fragment'],
    ['This phase of matter is called quark-gluon plasma.[', 'claim'],
  ] as const)('%s → %s', (text, kind) => {
    expect(sentenceKind(text)).toBe(kind);
  });

  test('the cue lists are data, checked on load', () => {
    expect(() => parseClaimCues({ format: 'provenance-claim-cues', version: '1', bylineStarts: ['By'] })).toThrow(
      /bylineStarts must be a list of lower-case/,
    );
    expect(() => parseClaimCues({ format: 'other' })).toThrow(/not a provenance-claim-cues file/);
  });
});

const PAGE = `<!doctype html><html lang="en"><head><title>Ferry timetable changes</title></head><body><article>
  <h1>Ferry timetable changes</h1>
  <p class="byline">By Jane Doe</p>
  <p>Updated 16 August 2025, 14:32 GMT</p>
  <p>The harbour authority will run an extra evening ferry to the islands from the first week of June, after residents complained.</p>
  <figure><img src="quay.jpg" alt=""><figcaption>Residents queue for the last ferry to the islands on the main pier in June.</figcaption></figure>
  <h2>Residents say the last ferry leaves far too early for workers</h2>
  <p>The new service leaves the main pier at half past eight and returns an hour later, every day until the end of September.</p>
  <blockquote class="twitter-tweet"><p>The last ferry to the islands leaves at six, which is far too early for anyone who works.</p>— Island Voice (@islandvoice)</blockquote>
  <p>Ticket prices stay the same for the summer, though the authority said it would review fares in the autumn.</p>
  <p>Island shopkeepers welcomed the change, saying visitors had often cut their trips short to catch the last crossing.</p>
  <p>Subscribe to our newsletter for the latest ferry news.</p>
  <h2>References</h2>
  <ol class="references"><li><a href="#r1">^</a> <cite>"Island ferry fares to stay the same".</cite> Harbour News. Retrieved 2 May 2016.</li></ol>
  <p>The harbour master said <cite>The Island Gazette</cite> had first reported the change in May.</p>
</article></body></html>`;

describe('a page’s sentences: checked only when they are claims', () => {
  const extracted = extractArticle(parseHtmlDocument(PAGE, 'https://example.org/ferry'));
  if (!extracted.ok) throw new Error(extracted.message);
  const kinds = Object.fromEntries(extracted.article.sentences.map((s) => [s.text.slice(0, 30), s.kind]));

  test('the markup says which are headings, captions and embedded posts; the words say the rest', () => {
    // (Readability takes the "byline" paragraph out as the article's byline.)
    expect(kinds).not.toHaveProperty('By Jane Doe');
    expect(kinds).toMatchObject({
      'Updated 16 August 2025, 14:32 ': 'dateline',
      'The harbour authority will run': 'claim',
      'Residents queue for the last f': 'caption',
      'Residents say the last ferry l': 'heading',
      'The new service leaves the mai': 'claim',
      'The last ferry to the islands ': 'embed',
      'Ticket prices stay the same fo': 'claim',
      'Subscribe to our newsletter fo': 'call-to-action',
      // A reference list's entries cite where a claim came from; a cited title inside prose leaves it prose.
      '^ "Island ferry fares to stay ': 'reference',
      'Retrieved 2 May 2016.': 'reference',
      'The harbour master said The Is': 'claim',
    });
  });

  test('the report checks claims only, and "N claims checked" counts them', () => {
    const report = createAnalyzer([defaultDataset]).analyze(extracted.article);
    const claims = extracted.article.sentences.filter((s) => s.kind === 'claim').length;
    expect(claims).toBe(5);
    expect(countReport(report).checked).toBe(claims);
    for (const claim of report.claims.filter((c) => c.kind !== 'claim')) {
      expect(claim.corroborating.length + claim.conflicting.length + claim.related.length, claim.text).toBe(0);
    }
  });

  test('a known claim in a caption or a heading draws no source; the same words in a paragraph do', () => {
    const known = defaultDataset.sources[0]!.claims.find(
      (claim) => claim.text.length > 80 && !claim.text.includes('?'),
    )!.text;
    const analyzer = createAnalyzer([defaultDataset]);
    const linked = (html: string) => {
      const page = PAGE.replace('<h2>', `${html}<h2>`);
      const result = extractArticle(parseHtmlDocument(page, 'https://example.org/ferry'));
      if (!result.ok) throw new Error(result.message);
      const claim = analyzer.analyze(result.article).claims.find((c) => c.text === known)!;
      return {
        kind: claim.kind,
        sources: claim.corroborating.length + claim.conflicting.length + claim.related.length,
      };
    };
    expect(linked(`<p>${known}</p>`)).toMatchObject({ kind: 'claim', sources: expect.any(Number) });
    expect(linked(`<p>${known}</p>`).sources).toBeGreaterThan(0);
    expect(linked(`<figure><figcaption>${known}</figcaption></figure>`)).toEqual({ kind: 'caption', sources: 0 });
    expect(linked(`<h3>${known}</h3>`)).toEqual({ kind: 'heading', sources: 0 });
  });

  test('plain text pages get their kinds from the words alone', () => {
    const article = articleFromText(
      'Ferry news\nBy Jane Doe\nThe harbour authority will run an extra evening ferry to the islands from June.\nWill it run in winter?',
    );
    expect(article.sentences.map((s) => s.kind)).toEqual(['byline', 'claim', 'question']);
  });
});
