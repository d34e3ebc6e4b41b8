/**
 * Property-based tests over extraction: whatever HTML a page is made of (random strings, random trees
 * with clobbering names, scripts, frames, tables and odd Unicode), `extractArticle` returns an article
 * or "no article", never throws and never reports an internal error, and every sentence it returns is
 * anchored exactly in the text. Modest run counts keep `npm test` quick; failures print a seed to replay.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ExtractResult } from '../../src/extract/article';
import { DEFAULT_MAX_SENTENCES } from '../../src/extract/article-from-page';
import { extractArticle } from '../../src/extract/extract-article';
import { parseHtmlDocument } from '../../src/node/html-document';

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'article',
  'section',
  'main',
  'h1',
  'h2',
  'em',
  'b',
  'br',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'form',
  'input',
  'img',
  'iframe',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'time',
  'meta',
  'link',
  'title',
  'header',
  'footer',
  'nav',
  'aside',
  'button',
  'select',
  'textarea',
  'object',
  'embed',
];

/** Property names a page can shadow with a named element. */
const CLOBBER_NAMES = [
  'body',
  'documentElement',
  'parentNode',
  'parentElement',
  'attributes',
  'tagName',
  'nodeName',
  'nodeType',
  'children',
  'childNodes',
  'firstChild',
  'nextSibling',
  'cloneNode',
  'querySelector',
  'querySelectorAll',
  'getAttribute',
  'removeChild',
  'textContent',
  'title',
  'URL',
  'baseURI',
  'lang',
  'id',
  'className',
  'style',
  'hidden',
];

/** Words, numbers, punctuation and characters that stress segmentation and cleaning. */
const WORDS = [
  'The',
  'council',
  'said',
  'U.S.',
  'Mr.',
  'No.',
  '10',
  '3.5%',
  '“quoted”',
  '«guillemets»',
  'İstanbul',
  'ıi',
  '港町の図書館。',
  'المكتبة',
  '.',
  '?',
  '!',
  '…',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\ufeff',
  '\u0000',
  '&amp;',
  '&lt;script&gt;',
  'e\u0301',
  '👩‍👩‍👧',
  '\ud800',
];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' '));

const attributes = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CLOBBER_NAMES).map((name) => ` name="${name}"`),
      fc.constantFrom(...CLOBBER_NAMES).map((name) => ` id="${name}"`),
      fc.constantFrom(
        ' class="article-body"',
        ' class="comment sidebar"',
        ' hidden',
        ' style="display:none"',
        ' lang="ja"',
        ' dir="rtl"',
        ' onerror="alert(1)"',
        ' href="javascript:alert(1)"',
        ' src="x"',
        ' property="og:title" content="T"',
        ' itemprop="articleBody"',
      ),
    ),
    { maxLength: 3 },
  )
  .map((list) => list.join(''));

const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('tree'), { maxLength: 5 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  ),
}));

/** What every result must satisfy, whatever the page. */
function checkResult(result: ExtractResult): void {
  if (!result.ok) {
    // "error" means something threw inside extraction: a bug to fix, not a page to blame.
    expect(result, result.message).toMatchObject({ reason: 'not-an-article' });
    return;
  }
  const { meta, text: body, sentences } = result.article;
  for (const value of [meta.title, meta.byline, meta.siteName, meta.publishedTime, meta.url, meta.lang]) {
    expect(value === null || typeof value === 'string').toBe(true);
  }
  expect(sentences.length).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCES);
  let previousEnd = 0;
  sentences.forEach((sentence, index) => {
    expect(sentence.index).toBe(index);
    expect(sentence.text.trim()).toBe(sentence.text);
    expect(sentence.text).not.toBe('');
    expect(body.slice(sentence.anchor.start, sentence.anchor.end)).toBe(sentence.text);
    expect(sentence.anchor.quote).toBe(sentence.text);
    expect(sentence.anchor.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = sentence.anchor.end;
  });
}

describe('extractArticle never throws and anchors every sentence', () => {
  test('on random strings as HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (html) => {
        checkResult(extractArticle(parseHtmlDocument(html)));
      }),
      { numRuns: 60 },
    );
  });

  test('on random element trees with clobbering names, scripts and odd Unicode', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('en', 'ja', 'ar', 'tr', 'x-invalid-!!', ''),
        (parts, lang) => {
          const html = `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${parts.join('')}</body></html>`;
          checkResult(extractArticle(parseHtmlDocument(html, 'https://example.org/a')));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('on real article paragraphs mixed with random trees (so the article path is exercised too)', () => {
    const paragraph = fc
      .array(fc.constantFrom(...WORDS, 'ferry', 'harbour', 'residents', 'complained'), { minLength: 12, maxLength: 40 })
      .map((words) => `<p>${words.join(' ')} and the service will run every day until the end of September.</p>`);
    let articles = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(paragraph, tree), { minLength: 4, maxLength: 12 }), (parts) => {
        const html = `<!doctype html><html lang="en"><head><title>Ferry</title></head><body><article><h1>Ferry</h1>${parts.join('')}</article></body></html>`;
        const result = extractArticle(parseHtmlDocument(html));
        checkResult(result);
        if (result.ok) articles++;
      }),
      { numRuns: 50 },
    );
    expect(articles, 'some runs must reach a whole article').toBeGreaterThan(10);
  });
});
