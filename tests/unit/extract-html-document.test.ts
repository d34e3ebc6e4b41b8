import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../src/node/html-document';

describe('parseHtmlDocument', () => {
  test('gives a Document with the URL it was told', () => {
    const doc = parseHtmlDocument('<title>T</title><p>x</p>', 'https://example.org/a/b.html');
    expect(doc.title).toBe('T');
    expect(doc.URL).toBe('https://example.org/a/b.html');
    expect(doc.querySelector('p')?.textContent).toBe('x');
  });

  test('without a URL the document is about:blank', () => {
    expect(parseHtmlDocument('<p>x</p>').URL).toBe('about:blank');
  });

  test('never runs the page’s scripts', () => {
    const doc = parseHtmlDocument(
      '<title>Original</title><script>document.title = "changed"</script><img src="x" onerror="document.title = \'changed\'">',
    );
    expect(doc.title).toBe('Original');
  });
});
