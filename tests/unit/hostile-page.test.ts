/**
 * Pages written to break the extractor: DOM clobbering, sheer size, endless sentences. Each still ends
 * in an article or a clear "no article", never an exception, never a change to the page. jsdom does not
 * implement named-property shadowing, so clobbering is emulated here the way browsers do it (an own
 * property on the document or form that hides the prototype's); the real browser is covered by
 * tests/e2e/security-hostile-pages.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_SENTENCES } from '../../src/extract/article-from-page';
import { extractArticle } from '../../src/extract/extract-article';
import { copyForReading } from '../../src/extract/page-copy';
import { splitSentences } from '../../src/extract/sentences';
import { parseHtmlDocument } from '../../src/node/html-document';

const PARAGRAPHS = [
  'The harbour authority will run an extra evening ferry to the islands from the first week of June, after residents complained that the last boat left too early.',
  'The new service leaves the main pier at half past eight and returns an hour later, and it will run every day until the end of September.',
  'Ticket prices stay the same for the summer, though the authority said it would review fares in the autumn once fuel costs are known.',
  'Island shopkeepers welcomed the change, saying visitors had often cut their trips short to be sure of catching the last crossing.',
];

function articlePage(extraBody = '', paragraphs = PARAGRAPHS): string {
  return `<!doctype html><html lang="en"><head><title>Ferry timetable changes</title></head><body>${extraBody}
    <article><h1>Ferry timetable changes</h1><form class="poll"><input name="q"></form>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** Shadows `names` on `target` with `value`, as a browser does for `<img name=…>` or `<input name=…>`. */
function clobber(target: object, names: string[], value: unknown): void {
  for (const name of names) Object.defineProperty(target, name, { value, configurable: true, enumerable: true });
}

describe('DOM clobbering', () => {
  test('a document whose cloneNode, body, querySelector… are shadowed by named elements still yields its article', () => {
    const doc = parseHtmlDocument(articlePage(), 'https://example.org/ferry');
    const img = doc.createElement('img');
    const form = doc.querySelector('form')!;
    clobber(
      doc,
      [
        'cloneNode',
        'body',
        'documentElement',
        'head',
        'title',
        'URL',
        'baseURI',
        'querySelector',
        'querySelectorAll',
        'getElementsByTagName',
        'getElementById',
        'createElement',
      ],
      img,
    );
    clobber(
      form,
      [
        'parentNode',
        'attributes',
        'tagName',
        'children',
        'nextSibling',
        'removeChild',
        'getAttribute',
        'removeAttribute',
        'remove',
      ],
      form.querySelector('input'),
    );
    // documentElement is shadowed too: the <html> element is the node after the doctype.
    const page = (): string => (doc.childNodes[1] as Element).outerHTML;
    const before = page();

    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.meta.title).toBe('Ferry timetable changes');
    expect(result.article.sentences.map((s) => s.text)).toEqual(PARAGRAPHS);
    expect(page()).toBe(before);
  });

  test('the copy extraction reads has no name (but meta) and no form-control id left to clobber with', () => {
    const doc = parseHtmlDocument(
      articlePage(
        '<iframe name="body"></iframe><img name="documentElement" id="cloneNode"><input id="x" name="y"><meta name="author" content="A">',
      ),
    );
    const { copy } = copyForReading(doc);
    expect(copy.querySelectorAll('[name]:not(meta), img[id], input[id], iframe[name]')).toHaveLength(0);
    expect(copy.querySelector('meta[name="author"]')).not.toBeNull();
    expect(doc.querySelectorAll('[name]:not(meta)')).toHaveLength(4); // the page keeps its own
  });
});

describe('size caps make a result partial, and say so', () => {
  test('a page within every cap is not partial', () => {
    const result = extractArticle(parseHtmlDocument(articlePage()));
    expect(result.ok && result.article.meta.partial).toBeFalsy();
  });

  test('past the element cap only the first elements are read', () => {
    const doc = parseHtmlDocument(articlePage(), 'https://example.org/ferry');
    const elements = doc.body.getElementsByTagName('*').length;
    const result = extractArticle(doc, { maxElements: elements - 1 });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.meta.partial).toBe(true);
    expect(result.article.sentences.map((s) => s.text)).toEqual(PARAGRAPHS.slice(0, -1));
  });

  test('past the sentence cap the first sentences are checked and the text ends with the last of them', () => {
    const paragraphs = Array.from(
      { length: DEFAULT_MAX_SENTENCES + 50 },
      (_, i) => `Paragraph ${i + 1} reports that the ferry ran on time today.`,
    );
    const result = extractArticle(parseHtmlDocument(articlePage('', paragraphs)));
    if (!result.ok) throw new Error(result.message);
    expect(result.article.meta.partial).toBe(true);
    expect(result.article.sentences).toHaveLength(DEFAULT_MAX_SENTENCES);
    expect(
      result.article.text.endsWith(`Paragraph ${DEFAULT_MAX_SENTENCES} reports that the ferry ran on time today.`),
    ).toBe(true);
  });

  test('past the character cap the result is partial', () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) => `Sentence ${i} about the ferry timetable and the island shops.`,
    );
    const result = extractArticle(parseHtmlDocument(articlePage('', paragraphs)), { maxChars: 1_000 });
    expect(result.ok && result.article.meta.partial).toBe(true);
  });
});

describe('text built to make segmentation slow', () => {
  // Each of these took 5–30 seconds at 200,000 characters before segmentation was made linear
  // (bench/linearity.ts): Intl.Segmenter over one endless line, and look-backs through the whole
  // sentence so far. A second is generous; they now take a fraction of that.
  test.each([
    ['abbreviations', 'U.S. Mr. No. Dr. e.g. '],
    ['quoted questions', 'Why? he asked. '],
    ['run-on sentences', 'ab.Cd '],
    ['run-ons without spaces', 'ab.Cd'],
    ['prose on one line', 'The ferry runs daily. It is late again. '],
  ])('200,000 characters of %s on one line split without a blow-up', (_name, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
    const spans = splitSentences(text, 'en');
    expect(spans.length).toBeGreaterThan(0);
  });
});
