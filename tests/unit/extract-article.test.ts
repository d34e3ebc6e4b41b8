import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleFromPage } from '../../src/extract/article-from-page';
import { extractArticle } from '../../src/extract/extract-article';
import { readPage } from '../../src/extract/read-page';
import { parseHtmlDocument } from '../../src/node/html-document';

const FIXTURE = new URL('../fixtures/extract/news-article.html', import.meta.url);
const PAGE_URL = 'https://example.org/world/2025/08/guarantees?ref=home#top';
const newsPage = (): Document => parseHtmlDocument(readFileSync(FIXTURE, 'utf8'), PAGE_URL);

describe('extractArticle on a news page', () => {
  const result = extractArticle(newsPage());
  if (!result.ok) throw new Error(`fixture did not extract: ${result.message}`);
  const { meta, text, sentences } = result.article;

  test('metadata', () => {
    expect(meta).toEqual({
      title: 'Allies weigh security guarantees for Ukraine',
      byline: 'Jane Reporter',
      siteName: 'Example News',
      publishedTime: '2025-08-16T13:28:40+00:00',
      url: 'https://example.org/world/2025/08/guarantees',
      lang: 'en-GB',
    });
  });

  test('body text: one paragraph per block, no site chrome, no script text', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain('What comes next');
    expect(paragraphs).toContain('Italy backs the plan');
    expect(paragraphs).toContain('Map of the front line in August.');
    expect(paragraphs).toContain('“No one knows how this could work,” a second source said.');
    expect(text).not.toMatch(/Home|Politics|All rights reserved|scripts must not run/);
    expect(text).not.toMatch(/[ \t]{2}|\n{3}/);
  });

  test('sentences, in order, with anchors into the text', () => {
    const texts = sentences.map((sentence) => sentence.text);
    expect(texts).toContain(
      'According to a high-level diplomatic source speaking to AFP on condition of anonymity, U.S. President Donald Trump proposed a framework that would provide Kyiv with defense commitments similar to NATO’s Article 5.',
    );
    expect(texts).toContain('Mr. Putin has not commented.');
    expect(texts).toContain(
      'Russian artillery fire has increased by approximately 37% since June, according to the monitoring group.',
    );
    for (const [index, sentence] of sentences.entries()) {
      expect(sentence.index).toBe(index);
      expect(text.slice(sentence.anchor.start, sentence.anchor.end)).toBe(sentence.text);
      expect(sentence.anchor.quote).toBe(sentence.text);
    }
  });
});

describe('extractArticle', () => {
  test('never changes the page it reads', () => {
    const doc = newsPage();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('maxChars caps the text and the sentences with it', () => {
    const result = extractArticle(newsPage(), { maxChars: 600 });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text.length).toBeLessThanOrEqual(600);
    expect(result.article.sentences.at(-1)!.anchor.end).toBeLessThanOrEqual(600);
    expect(result.article.text).not.toContain('Map of the front line');
  });

  test.each([
    ['an empty page', '<html><body></body></html>'],
    ['navigation only', '<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>'],
    [
      'a two-sentence notice',
      '<main><p>This page has moved. Please follow the link to the new address of this article on our site.</p></main>',
    ],
  ])('%s is not an article', (_name, html) => {
    expect(extractArticle(parseHtmlDocument(html))).toEqual({
      ok: false,
      reason: 'not-an-article',
      message: 'No article found on this page.',
    });
  });

  test('a short but real story is an article', () => {
    const html = `<article><h1>Talks resume</h1>
      <p>Officials from both sides met in Geneva on Monday to resume talks on a ceasefire.</p>
      <p>The meeting lasted four hours and ended without a joint statement from the delegations.</p>
      <p>A second round is planned for next week, according to a spokesperson for the host country.</p></article>`;
    const result = extractArticle(parseHtmlDocument(html));
    expect(result.ok).toBe(true);
  });

  test('an exception becomes an error value, not a throw', () => {
    // cloneNode on the prototype, like a real Document's: extraction calls the prototype's method.
    const broken = Object.create({
      getElementsByTagName: () => [],
      cloneNode: () => {
        throw new Error('detached frame');
      },
    }) as Document;
    expect(extractArticle(broken)).toEqual({
      ok: false,
      reason: 'error',
      message: 'Provenance couldn’t read this page: detached frame',
    });
  });
});

describe('across the page and the worker', () => {
  test('readPage gives the text and the declared language; articleFromPage, after the copy between them, gives what extractArticle does', () => {
    const read = readPage(newsPage());
    if (!read.ok) throw new Error(read.message);
    expect(read.page.meta.lang).toBe('en-GB');
    expect(read.page.paragraphs[0]).toEqual({ start: 0, role: expect.any(String) });
    // executeScript hands the worker a structured clone of the content script's answer.
    expect(articleFromPage(structuredClone(read.page))).toEqual(extractArticle(newsPage()));
  });

  test('the language is weighed in the worker: a French text its template declares English is French', () => {
    const text = [
      'Le président a proposé mardi un cadre de garanties de sécurité pour le pays, selon une source diplomatique.',
      'Les dirigeants européens ont salué la proposition, mais les détails restent à négocier avec les alliés.',
      'La Russie a rejeté toute présence de troupes étrangères sur le territoire, a déclaré le porte-parole.',
    ].join('\n\n');
    const paragraphs = [0, 1, 2].map((i) => ({
      start: text.split('\n\n').slice(0, i).join('\n\n').length + (i ? 2 : 0),
      role: 'text' as const,
    }));
    const meta = { title: null, byline: null, siteName: null, publishedTime: null, url: null, lang: 'en' };
    const result = articleFromPage({ meta, text, paragraphs, partial: false });
    expect(result).toMatchObject({ ok: true, article: { meta: { lang: 'fr' } } });
    if (result.ok) expect(result.article.sentences).toHaveLength(3);
  });
});
