// @vitest-environment jsdom
/**
 * A hostile dataset end to end, short of the import screen: its file goes through `parseDataset`, the
 * engine matches it against an article, and the popup renders the result. Markup in outlet, author,
 * claim text and attribution must come out as the characters it is, and a `javascript:` link as no link.
 */
import { describe, expect, test } from 'vitest';
import { parseDataset } from '../../src/claims/validate-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';
import { stateFromResult } from '../../src/ui/popup-state';
import { renderPopup } from '../../src/ui/render-popup';

const PAGE = [
  'US President Donald Trump proposed security guarantees for Ukraine modelled on NATO’s Article 5, a diplomatic source told AFP.',
  'The proposal would commit allies to defend Ukraine if it were attacked again after a ceasefire.',
  'European leaders are expected to discuss the plan at a summit in Brussels next week.',
].join('\n\n');

const PAYLOAD = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';

function hostileDataset(url: string): string {
  return JSON.stringify({
    format: 'provenance-dataset',
    version: 1,
    id: 'hostile',
    name: `Hostile ${PAYLOAD}`,
    sources: [
      {
        id: 'h1',
        outlet: `Evil Times ${PAYLOAD}`,
        author: `<a href="javascript:globalThis.pwned=3">Mallory</a>`,
        publishedTime: '2025-08-16',
        url,
        title: PAYLOAD,
        claims: [
          {
            id: 'h1#1',
            // The page's second sentence word for word, so the claim is shown whatever else the judge makes of it.
            text: `The proposal would commit allies to defend Ukraine if it were attacked again after a ceasefire. ${PAYLOAD}`,
            attribution: `a source ${PAYLOAD}`,
          },
        ],
      },
    ],
  });
}

function renderWith(url: string): HTMLElement {
  const parsed = parseDataset(hostileDataset(url));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const report = createAnalyzer([parsed.dataset]).analyze(articleFromText(PAGE, { title: 'Guarantees' }));
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  renderPopup(root, stateFromResult({ ok: true, report }), { onRetry: () => {} });
  for (const details of root.querySelectorAll('details')) details.open = true;
  return root;
}

describe('a hostile dataset in the popup', () => {
  test('its markup is shown as text: no element, no handler, nothing run', () => {
    const root = renderWith('https://evil.example/story');
    expect(root.querySelectorAll('li.source').length, 'the dataset must match, or this test checks nothing').toBeGreaterThan(0);
    expect(root.querySelectorAll('img, script, svg, iframe, object, embed')).toHaveLength(0);
    expect([...root.querySelectorAll('*')].some((element) => [...element.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(root.textContent).toContain(`Evil Times ${PAYLOAD}`);
    expect(root.textContent).toContain('<a href="javascript:globalThis.pwned=3">Mallory</a>');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test('a javascript: link is dropped by the validator, so the source has no link at all', () => {
    const root = renderWith('javascript:globalThis.pwned=4');
    expect(root.querySelectorAll('li.source').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
    expect(root.querySelectorAll('a.source-link')).toHaveLength(0);
  });
});
