// @vitest-environment jsdom
/**
 * The in-page highlighter over jsdom, with a stand-in for `CSS.highlights` (jsdom has none): which
 * ranges it registers under which names, and that it re-anchors when the page re-renders its markup.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { randomHighlightNames } from '../../src/highlights/highlight-styles';
import { createPageHighlighter } from '../../src/highlights/page-highlighter';
import type { HighlightClaim } from '../../src/messaging/protocol';

/** A HighlightRegistry stand-in: name → ranges. */
class FakeRegistry extends Map<string, Highlight> {}
class FakeHighlight extends Set<Range> {
  priority = 0;
}

const HIGHLIGHT_NAMES = randomHighlightNames();
const SENTENCE = 'The Biden administration has proposed a framework.';
const OTHER = 'Kyiv welcomed the idea.';

function claim(index: number, quote: string, verdict: HighlightClaim['verdict'] = 'conflicts'): HighlightClaim {
  return { index, verdict, anchor: { quote, prefix: '', suffix: '', start: 0, end: quote.length } };
}

function setUp() {
  document.body.innerHTML = `<article><p>Intro text. ${SENTENCE} More.</p><p>${OTHER}</p></article>`; // fixture markup
  return setUpOn();
}

function setUpOn() {
  const registry = new FakeRegistry();
  const highlighter = createPageHighlighter({
    document,
    registry: registry as unknown as HighlightRegistry,
    createHighlight: (ranges) => new FakeHighlight(ranges) as unknown as Highlight,
    prefersReducedMotion: () => true,
    names: HIGHLIGHT_NAMES,
  });
  const texts = (name: string) =>
    [...((registry.get(name) as unknown as FakeHighlight | undefined) ?? [])].map((r) => r.toString());
  return { registry, highlighter, texts };
}

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
  Range.prototype.getBoundingClientRect = () => ({
    top: 0,
    bottom: 10,
    left: 0,
    right: 10,
    height: 10,
    width: 10,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
});

describe('page highlighter', () => {
  test('registers conflicts and corroborations under their own names, and counts what it found', () => {
    const { highlighter, texts } = setUp();
    const result = highlighter.set([
      claim(1, SENTENCE),
      claim(2, OTHER, 'corroborates'),
      claim(3, 'Not in this page at all, anywhere.'),
    ]);
    expect(result).toEqual({ ok: true, anchored: 2, total: 3 });
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual([SENTENCE]);
    expect(texts(HIGHLIGHT_NAMES.corroborates)).toEqual([OTHER]);
  });

  test('clear removes every name it registered, and nothing else', () => {
    const { highlighter, registry } = setUp();
    registry.set('the-page-s-own', new FakeHighlight() as unknown as Highlight);
    highlighter.set([claim(1, SENTENCE)]);
    highlighter.emphasise(1);
    highlighter.clear();
    expect([...registry.keys()]).toEqual(['the-page-s-own']);
  });

  test('reveal scrolls to the sentence and flashes it, even for a claim not highlighted', () => {
    const { highlighter, texts } = setUp();
    expect(highlighter.reveal(claim(2, OTHER))).toBe(true);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    expect(texts(HIGHLIGHT_NAMES.flash)).toEqual([OTHER]);
    expect(highlighter.reveal(claim(3, 'Nowhere on this page, not even close to it.'))).toBe(false);
  });

  test('emphasis follows the hovered card and is dropped with null', () => {
    const { highlighter, texts } = setUp();
    highlighter.set([claim(1, SENTENCE), claim(2, OTHER)]);
    expect(highlighter.emphasise(2)).toBe(true);
    expect(texts(HIGHLIGHT_NAMES.emphasis)).toEqual([OTHER]);
    expect(highlighter.emphasise(null)).toBe(false);
    expect(texts(HIGHLIGHT_NAMES.emphasis)).toEqual([]);
  });

  test('after the page rewrites its markup with the same text, reanchor finds the sentences in the new nodes', () => {
    const { highlighter, registry, texts } = setUp();
    highlighter.set([claim(1, SENTENCE)]);
    const article = document.querySelector('article')!;
    article.replaceChildren(
      ...[...article.querySelectorAll('p')].map((p) =>
        Object.assign(document.createElement('section'), { textContent: p.textContent }),
      ),
    );
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual(['']); // the old range collapsed with its nodes
    highlighter.reanchor();
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual([SENTENCE]);
    const [range] = registry.get(HIGHLIGHT_NAMES.conflicts) as unknown as FakeHighlight;
    expect(range!.startContainer.parentElement?.localName).toBe('section');
  });

  test('names are random per document, valid CSS identifiers, and do not say "provenance"', () => {
    const a = randomHighlightNames();
    const b = randomHighlightNames();
    expect(a.conflicts).not.toBe(b.conflicts);
    for (const name of Object.values(a)) expect(name).toMatch(/^h[0-9a-f]{12}$/);
    expect(new Set(Object.values(a)).size).toBe(4);
  });

  test('a sentence the page rewords is not re-anchored onto its new words: its mark goes and reanchor names it', () => {
    const { highlighter, texts } = setUp();
    highlighter.set([claim(1, SENTENCE), claim(2, OTHER, 'corroborates')]);
    const first = document.querySelector('p')!;
    first.textContent = first.textContent!.replace('has proposed', 'has not proposed');
    expect(highlighter.reanchor()).toEqual([1]);
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual([]);
    expect(texts(HIGHLIGHT_NAMES.corroborates)).toEqual([OTHER]);
  });

  test('a sentence already reworded when the marks are set is not found, and is not marked', () => {
    const { highlighter } = setUp();
    expect(highlighter.set([claim(1, SENTENCE.replace('has proposed', 'has firmly proposed'))])).toEqual({
      ok: true,
      anchored: 0,
      total: 1,
    });
  });

  test('a footnote marker the page shows inside the sentence does not stop the anchor', () => {
    document.body.innerHTML = `<p>Intro text. The Biden administration has proposed<sup>3</sup> a framework. More.</p>`;
    const { highlighter } = setUpOn();
    expect(highlighter.set([claim(1, SENTENCE)])).toEqual({ ok: true, anchored: 1, total: 1 });
  });

  test.each([
    ['deleted', (registry: FakeRegistry) => registry.clear()],
    [
      'replaced under our name',
      (registry: FakeRegistry) => registry.set(HIGHLIGHT_NAMES.conflicts, new FakeHighlight() as unknown as Highlight),
    ],
    [
      'emptied',
      (registry: FakeRegistry) => (registry.get(HIGHLIGHT_NAMES.conflicts) as unknown as FakeHighlight).clear(),
    ],
    [
      'given a range of the page’s own',
      (registry: FakeRegistry) =>
        (registry.get(HIGHLIGHT_NAMES.conflicts) as unknown as FakeHighlight).add(document.createRange()),
    ],
    [
      'forged under a name of ours left unused',
      (registry: FakeRegistry) =>
        registry.set(HIGHLIGHT_NAMES.corroborates, new FakeHighlight() as unknown as Highlight),
    ],
  ])('marks the page %s are found by verify and drawn again', (_, tamper) => {
    const { highlighter, registry, texts } = setUp();
    highlighter.set([claim(1, SENTENCE)]);
    expect(highlighter.verify()).toEqual({ restored: false, lost: [] });
    tamper(registry);
    expect(highlighter.verify()).toEqual({ restored: true, lost: [] });
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual([SENTENCE]);
    expect(registry.has(HIGHLIGHT_NAMES.corroborates)).toBe(false);
    expect(highlighter.verify()).toEqual({ restored: false, lost: [] });
  });

  test('a sentence reworded before the page’s mutations are re-anchored loses its mark at the next verify, which names it', () => {
    const { highlighter, texts } = setUp();
    highlighter.set([claim(1, SENTENCE)]);
    const first = document.querySelector('p')!;
    first.textContent = first.textContent!.replace('has proposed', 'has not proposed');
    expect(highlighter.verify()).toEqual({ restored: false, lost: [1] });
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual([]);
    expect(highlighter.reanchor()).toEqual([]);
  });

  test('a range the page moves off its sentence is put back by verify', () => {
    const { highlighter, registry, texts } = setUp();
    highlighter.set([claim(1, SENTENCE)]);
    const [range] = registry.get(HIGHLIGHT_NAMES.conflicts) as unknown as FakeHighlight;
    range!.selectNodeContents(document.querySelectorAll('p')[1]!);
    highlighter.verify();
    expect(texts(HIGHLIGHT_NAMES.conflicts)).toEqual([SENTENCE]);
  });

  test('without the Highlight API it says so instead of failing', () => {
    const highlighter = createPageHighlighter({
      document,
      registry: undefined,
      createHighlight: () => {
        throw new Error('no Highlight');
      },
      prefersReducedMotion: () => false,
      names: HIGHLIGHT_NAMES,
    });
    expect(highlighter.set([claim(1, SENTENCE)])).toMatchObject({ ok: false, reason: 'unsupported' });
  });
});
