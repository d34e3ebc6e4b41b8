import { describe, expect, test } from 'vitest';
import { bodyText } from '../../src/extract/body-text';
import { parseHtmlDocument } from '../../src/node/html-document';

const textOf = (html: string, maxChars = 200_000): string => bodyText(parseHtmlDocument(html).body, maxChars);

describe('bodyText', () => {
  test.each([
    ['paragraphs are separated by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline elements flow into their paragraph', '<p>A <em>quiet</em> <a href="#">deal</a>.</p>', 'A quiet deal.'],
    [
      'whitespace, newlines and no-break spaces collapse',
      '<p>  Mr.&nbsp;Putin\n   has\tspoken. </p>',
      'Mr. Putin has spoken.',
    ],
    ['soft hyphens and zero-width spaces vanish', '<p>secu&shy;rity guaran&#8203;tees</p>', 'security guarantees'],
    [
      'headings, list items, quotes and captions are paragraphs',
      '<h2>Next</h2><ul><li>Italy</li><li>France</li></ul><blockquote>Quote.</blockquote><figure><img alt="x"><figcaption>Map.</figcaption></figure>',
      'Next\n\nItaly\n\nFrance\n\nQuote.\n\nMap.',
    ],
    ['table cells are paragraphs', '<table><tr><td>Troops</td><td>10,000</td></tr></table>', 'Troops\n\n10,000'],
    [
      'loose text in a div is its own paragraph',
      '<div>Lead text<p>Body.</p>Tail text</div>',
      'Lead text\n\nBody.\n\nTail text',
    ],
    ['a line break ends a paragraph', '<p>KYIV, Aug 16<br>Talks began.</p>', 'KYIV, Aug 16\n\nTalks began.'],
    [
      'scripts, styles and templates are not text',
      '<p>Kept.</p><script>var x = 1;</script><style>p{}</style><template>Hidden</template>',
      'Kept.',
    ],
    [
      'empty blocks leave no empty paragraphs',
      '<p>One.</p><p> </p><div><span></span></div><p>Two.</p>',
      'One.\n\nTwo.',
    ],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  test('maxChars cuts at the last paragraph break in the second half', () => {
    const html = `<p>${'a'.repeat(60)}</p><p>${'b'.repeat(60)}</p>`;
    expect(textOf(html, 100)).toBe('a'.repeat(60));
  });

  test('maxChars cuts a single long paragraph at a space', () => {
    const text = textOf(`<p>${'word '.repeat(100)}</p>`, 52);
    expect(text.length).toBeLessThanOrEqual(52);
    expect(text).toMatch(/^(word )*word$/);
  });

  test('maxChars stops the walk early on a huge page', () => {
    const body = parseHtmlDocument('<p>Sentence number one is here.</p>'.repeat(20_000)).body;
    const timed = (maxChars: number): { text: string; ms: number } => {
      const started = performance.now();
      const text = bodyText(body, maxChars);
      return { text, ms: performance.now() - started };
    };
    const whole = timed(10_000_000);
    const capped = timed(1_000);
    expect(capped.text.length).toBeLessThanOrEqual(1_000);
    expect(capped.text.length).toBeGreaterThan(900);
    // The few dozen paragraphs that fill 1,000 characters cost a sliver of walking all 20,000.
    expect(capped.ms).toBeLessThan(whole.ms / 5);
  });
});
