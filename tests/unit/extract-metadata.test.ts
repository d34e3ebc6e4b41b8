import { describe, expect, test } from 'vitest';
import { readMetadata } from '../../src/extract/metadata';
import { parseHtmlDocument } from '../../src/node/html-document';

const PAGE_URL = 'https://news.example.org/world/story.html?utm_source=x#comments';

/** A page whose <head> holds `head` and whose <html> carries `htmlAttributes`. */
const page = (head: string, options: { url?: string; htmlAttributes?: string; body?: string } = {}): Document =>
  parseHtmlDocument(
    `<!doctype html><html ${options.htmlAttributes ?? ''}><head>${head}</head><body>${options.body ?? ''}</body></html>`,
    options.url,
  );

describe('readMetadata: canonical URL', () => {
  test.each([
    [
      'relative canonical link resolves against the document URL',
      '<link rel="canonical" href="/world/canonical.html">',
      PAGE_URL,
      undefined,
      'https://news.example.org/world/canonical.html',
    ],
    [
      'canonical link wins over og:url',
      '<meta property="og:url" content="https://og.example.org/a"><link rel="canonical" href="https://news.example.org/c">',
      PAGE_URL,
      undefined,
      'https://news.example.org/c',
    ],
    [
      '<base href> is honoured',
      '<base href="https://mirror.example.net/x/"><link rel="canonical" href="story">',
      PAGE_URL,
      undefined,
      'https://mirror.example.net/x/story',
    ],
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="https://og.example.org/a">',
      PAGE_URL,
      undefined,
      'https://og.example.org/a',
    ],
    [
      'a javascript: canonical is ignored',
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://og.example.org/a">',
      PAGE_URL,
      undefined,
      'https://og.example.org/a',
    ],
    [
      'document URL without its fragment when the page says nothing',
      '',
      PAGE_URL,
      undefined,
      'https://news.example.org/world/story.html?utm_source=x',
    ],
    [
      'options.url stands in when the document has no URL',
      '<link rel="canonical" href="/c">',
      undefined,
      'https://given.example.org/p#top',
      'https://given.example.org/c',
    ],
    [
      'options.url without fragment as the last resort',
      '',
      undefined,
      'https://given.example.org/p#top',
      'https://given.example.org/p',
    ],
    [
      'a relative canonical with no base at all gives null',
      '<link rel="canonical" href="/c">',
      undefined,
      undefined,
      null,
    ],
  ])('%s', (_name, head, documentUrl, optionUrl, expected) => {
    expect(readMetadata(page(head, { url: documentUrl }), {}, optionUrl).url).toBe(expected);
  });
});

describe('readMetadata: published time', () => {
  const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  test.each([
    [
      'Readability’s finding comes first',
      '<meta property="article:published_time" content="2020-01-01">',
      '2021-02-03T04:05:06Z',
      '2021-02-03T04:05:06Z',
    ],
    [
      'article:published_time meta tag',
      '<meta property="article:published_time" content="2025-08-16T13:28:40+0000">',
      null,
      '2025-08-16T13:28:40+00:00',
    ],
    [
      'JSON-LD datePublished inside @graph',
      jsonLd({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2025-08-16' }] }),
      null,
      '2025-08-16',
    ],
    [
      'JSON-LD in an array',
      jsonLd([{ '@type': 'NewsArticle', datePublished: 'Sat, 16 Aug 2025 17:28:40 GMT' }]),
      null,
      '2025-08-16T17:28:40.000Z',
    ],
    [
      'malformed JSON-LD is skipped for the next marker',
      '<script type="application/ld+json">{ "datePublished": "2020-01-01", }</script><meta name="pubdate" content="2019-05-06">',
      null,
      '2019-05-06',
    ],
    ['no date anywhere', '<meta name="description" content="x">', null, null],
  ])('%s', (_name, head, fromReadability, expected) => {
    expect(readMetadata(page(head), { publishedTime: fromReadability }).publishedTime).toBe(expected);
  });

  test('a <time datetime> marked pubdate, then one inside <article>', () => {
    const marked = page('', {
      body: '<time datetime="2001-01-01">old</time><time pubdate datetime="2025-08-16T10:00">x</time>',
    });
    expect(readMetadata(marked, {}).publishedTime).toBe('2025-08-16T10:00');
    const inArticle = page('', {
      body: '<aside><time datetime="2001-01-01">x</time></aside><article><time datetime="2025-08-17">y</time></article>',
    });
    expect(readMetadata(inArticle, {}).publishedTime).toBe('2025-08-17');
  });
});

describe('readMetadata: title, byline, site, lang', () => {
  test('Readability’s findings are used, whitespace collapsed', () => {
    const meta = readMetadata(page('<title>Page title</title>', { htmlAttributes: 'lang="fr"' }), {
      title: '  Un  titre\n',
      byline: 'Par  Marie',
      siteName: 'Le Site',
      lang: 'de',
    });
    expect(meta).toMatchObject({ title: 'Un titre', byline: 'Par Marie', siteName: 'Le Site', lang: 'fr' });
  });

  test('the page’s own tags fill what Readability left out', () => {
    const head =
      '<title>Doc title</title><meta property="og:title" content="OG title"><meta name="author" content="Jane Reporter"><meta property="og:site_name" content="Example News">';
    expect(readMetadata(page(head), { lang: 'en' })).toMatchObject({
      title: 'OG title',
      byline: 'Jane Reporter',
      siteName: 'Example News',
      lang: 'en',
    });
    expect(readMetadata(page('<title>Doc title</title>'), {}).title).toBe('Doc title');
  });

  test('null wherever nothing says', () => {
    expect(readMetadata(page(''), {})).toEqual({
      title: null,
      byline: null,
      siteName: null,
      publishedTime: null,
      url: null,
      lang: null,
    });
  });
});
