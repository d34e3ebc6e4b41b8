// @vitest-environment jsdom
/**
 * Issue 17, point 2: only text the reader can see is checked. jsdom has no layout, so these cover the
 * markup's signs and the copy's bookkeeping; the layout's (stylesheets, off-screen, clipping) are checked
 * in the real browser by tests/e2e/security-hostile-pages.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article';
import { copyForReading } from '../../src/extract/page-copy';
import { callNative, hiddenElementPositions, isHiddenFromReader } from '../../src/extract/visibility';
import { parseHtmlDocument } from '../../src/node/html-document';

const VISIBLE = [
  'The harbour authority will run an extra evening ferry to the islands from the first week of June, after residents complained.',
  'The new service leaves the main pier at half past eight and returns an hour later, every day until the end of September.',
  'Ticket prices stay the same for the summer, though the authority said it would review fares in the autumn.',
  'Island shopkeepers welcomed the change, saying visitors had often cut their trips short to catch the last crossing.',
];
const HIDDEN = 'The harbour authority has cancelled every ferry to the islands for the whole of the summer season.';

describe('text hidden by markup is not read', () => {
  test.each([
    ['the hidden attribute', `<p hidden>${HIDDEN}</p>`],
    ['aria-hidden', `<div aria-hidden="true"><p>${HIDDEN}</p></div>`],
    ['an inline display: none', `<p style="display:none">${HIDDEN}</p>`],
    ['an inline visibility: hidden', `<p style="visibility: hidden">${HIDDEN}</p>`],
  ])('%s', (_, hidden) => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry</title></head><body><article><h1>Ferry</h1>
      <p>${VISIBLE[0]}</p>${hidden}<p>${VISIBLE[1]}</p><p>${VISIBLE[2]}</p><p>${VISIBLE[3]}</p></article></body></html>`;
    const doc = parseHtmlDocument(html, 'https://example.org/ferry');
    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.sentences.map((s) => s.text)).toEqual(VISIBLE);
    // The page itself keeps the hidden element.
    expect(doc.body.textContent).toContain(HIDDEN);
  });

  test('the copy loses exactly the elements the live page hides, outermost only, within the element cap', () => {
    const doc = parseHtmlDocument(
      '<body><p id="a">a</p><div id="b"><p id="c">c</p></div><p id="d">d</p><p id="e">e</p></body>',
    );
    const hiddenIds = new Set(['b', 'c', 'e']);
    const isHidden = (element: Element) => hiddenIds.has(element.id);
    expect(hiddenElementPositions(doc.body, 10, isHidden)).toEqual([1, 4]); // b (and c inside it), e
    expect(hiddenElementPositions(doc.body, 3, isHidden)).toEqual([1]); // e is past the cap
    const { copy } = copyForReading(doc, 10, isHidden);
    expect([...copy.body.querySelectorAll('[id]')].map((element) => element.id)).toEqual(['a', 'd']);
    const capped = copyForReading(doc, 4, isHidden);
    expect([...capped.copy.body.querySelectorAll('[id]')].map((element) => element.id)).toEqual(['a', 'd']);
    expect(capped.partial).toBe(true);
  });

  test('without a layout, only the markup decides', () => {
    const doc = parseHtmlDocument(
      '<body><p class="x">styled away by a sheet jsdom does not lay out</p><p aria-hidden="false">shown</p></body>',
    );
    expect([...doc.body.children].map(isHiddenFromReader)).toEqual([false, false]);
  });
});

describe('native DOM calls, whatever the page shadowed', () => {
  test('an element’s own property and a form’s clobbering control are passed over; each kind of element gets its own method', () => {
    const document = parseHtmlDocument(
      '<body><form id="f"><input name="hasAttribute"><input name="getAttribute"></form><div id="d" hidden>x</div></body>',
    );
    const form = document.getElementById('f')!;
    const div = document.getElementById('d')!;
    Object.defineProperty(div, 'hasAttribute', { value: () => false });
    // Asked twice each, so the second answer comes from what the first found.
    for (let round = 0; round < 2; round++) {
      expect(callNative<boolean>(div, 'hasAttribute', 'hidden')).toBe(true);
      expect(callNative<boolean>(form, 'hasAttribute', 'hidden')).toBe(false);
      expect(callNative<string | null>(form, 'getAttribute', 'id')).toBe('f');
      expect(isHiddenFromReader(div)).toBe(true);
      expect(isHiddenFromReader(form)).toBe(false);
      expect(() => callNative(div, 'noSuchMethod')).toThrow(/not a DOM method/);
    }
  });
});
