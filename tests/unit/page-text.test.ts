// @vitest-environment jsdom
/** The live page's text and its map back to DOM ranges: what highlights are drawn over. */
import { describe, expect, test } from 'vitest';
import { matchQuote } from '../../src/anchoring/match-quote';
import { rangeFor, readPageText } from '../../src/anchoring/page-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page or dataset strings
  return document.body;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('readPageText', () => {
  test('collapses whitespace, separates blocks, drops invisible characters, skips scripts and hidden text', () => {
    const body = page(`
      <h1>Title</h1><p>First   line
      of text.</p><p>Soft\u00adhyphen and<br>a break.</p>
      <script>var x = "not text";</script><p hidden>Hidden.</p><div style="display:none">Gone.</div>
      <p>Last <em>inline</em> words.</p>`);
    expect(readPageText(body).text.trim()).toBe('Title First line of text. Softhyphen and a break. Last inline words.');
  });

  test('a range over matched text spans inline elements and reads back as the quote', () => {
    const body = page(
      '<article><p>Officials said <a href="#">the Biden administration</a> has <b>proposed</b> a framework.</p></article>',
    );
    const text = readPageText(body);
    const quote = 'the Biden administration has proposed a framework.';
    const match = matchQuote(text.text, { quote })!;
    const range = rangeFor(text, match.start, match.end)!;
    expect(range.toString()).toBe(quote);
    expect(range.startContainer.parentElement?.localName).toBe('a');
  });

  test('a range whose text nodes have left the document is refused', () => {
    const body = page('<p>Some sentence here.</p>');
    const text = readPageText(body);
    body.replaceChildren();
    expect(rangeFor(text, 0, 5)).toBeNull();
  });

  test('rewritten markup with the same text anchors again, to the new nodes', () => {
    const body = page('<div id="story"><p>Kyiv asked for guarantees. <span>NATO</span> said no.</p></div>');
    const quote = 'NATO said no.';
    const story = body.querySelector('#story')!;
    story.replaceChildren(
      ...[...story.querySelectorAll('p')].map((p) => {
        const section = document.createElement('section');
        section.textContent = p.textContent;
        return section;
      }),
    );
    const text = readPageText(body);
    const match = matchQuote(text.text, { quote, prefix: 'Kyiv asked for guarantees. ' })!;
    const range = rangeFor(text, match.start, match.end)!;
    expect(collapse(range.toString())).toBe(quote);
    expect(range.startContainer.parentElement?.localName).toBe('section');
  });
});
